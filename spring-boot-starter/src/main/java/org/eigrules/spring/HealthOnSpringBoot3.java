package org.eigrules.spring;

import org.springframework.beans.factory.FactoryBean;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * The health indicator on Spring Boot 3, made by name: its health API
 * ({@code org.springframework.boot.actuate.health}) is not on the class path the starter is
 * compiled with (Spring Boot 4's), and one jar serves both lines. A factory bean, so that Spring
 * knows the indicator's type before making it and the actuator finds it.
 */
final class HealthOnSpringBoot3 implements FactoryBean<Object> {

    static final String INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";
    private static final String HEALTH = "org.springframework.boot.actuate.health.Health";

    private final Map<String, Object> details;
    private final ClassLoader loader;

    HealthOnSpringBoot3(Map<String, Object> details, ClassLoader loader) {
        this.details = details;
        this.loader = loader;
    }

    @Override
    public Class<?> getObjectType() {
        try {
            return Class.forName(INDICATOR, false, loader);
        } catch (ClassNotFoundException absent) {
            return null;
        }
    }

    @Override
    public Object getObject() throws ReflectiveOperationException {
        Class<?> indicator = Class.forName(INDICATOR, false, loader);
        Class<?> health = Class.forName(HEALTH, false, loader);
        Object builder = health.getMethod("up").invoke(null);
        builder = builder.getClass().getMethod("withDetails", Map.class).invoke(builder, details);
        Object up = builder.getClass().getMethod("build").invoke(builder);
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "health" -> method.getParameterCount() == 0 ? up : InvocationHandler.invokeDefault(proxy, method, args);
            case "toString" -> "eig-rules health indicator";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> {
                if (!method.isDefault()) {
                    throw new UnsupportedOperationException(method.getName());
                }
                yield InvocationHandler.invokeDefault(proxy, method, args); // getHealth(boolean) calls health()
            }
        };
        return Proxy.newProxyInstance(loader, new Class<?>[] {indicator}, handler);
    }
}
