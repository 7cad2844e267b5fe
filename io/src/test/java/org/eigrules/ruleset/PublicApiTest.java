package org.eigrules.ruleset;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API keeps the internals out: no public member of a public type of the API's packages
 * names a type of {@code org.eigrules.engine} (internal) or of Drools ({@code org.drools},
 * {@code org.kie}), so an application imports neither.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PublicApiTest {

    static final List<String> API_PACKAGES = List.of("org.eigrules", "org.eigrules.evaluation", "org.eigrules.ruleset", "org.eigrules.io");
    static final List<String> INTERNAL = List.of("org.eigrules.engine.", "org.drools.", "org.kie.");
    /**
     * The rule set's Drools side, which the engine and eig-authoring reach from other packages. They
     * sit beside {@link RuleSet} so that the rule set and the engine do not depend on each other in
     * a cycle (Java has no visibility between "package" and "public"); no method of the API returns
     * or takes them.
     */
    static final List<Class<?>> ENGINE_FACING = List.of(RuleSetAccess.class, RuleSetAccess.Bridge.class,
            CompiledRules.class, CompiledRuleBase.class);

    @Test
    void no_public_member_of_the_api_names_an_internal_or_drools_type() throws Exception {
        List<Class<?>> types = apiTypes();
        assertThat(types).as("the check's own control: the API's types are found")
                .contains(org.eigrules.EigRules.class, RuleSet.class, org.eigrules.evaluation.Explanation.class);
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : types) {
            if (ENGINE_FACING.contains(type)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    check(type, method, method.getGenericReturnType(), leaks);
                    checkSignature(type, method, leaks);
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers())) {
                    checkSignature(type, constructor, leaks);
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers())) {
                    check(type, field, field.getGenericType(), leaks);
                }
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    check(type, component, component.getGenericType(), leaks);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void the_check_finds_a_drools_type_in_a_signature() {
        List<String> leaks = new ArrayList<>();
        check(Object.class, "example", org.kie.api.KieBase.class, leaks);
        assertThat(leaks).hasSize(1);
    }

    private static void checkSignature(Class<?> type, Executable executable, List<String> leaks) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            check(type, executable, parameter, leaks);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
            check(type, executable, thrown, leaks);
        }
    }

    private static void check(Class<?> owner, Object member, Type type, List<String> leaks) {
        if (type instanceof Class<?> c) {
            Class<?> element = c;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            String name = element.getName();
            if (INTERNAL.stream().anyMatch(name::startsWith)
                    || ENGINE_FACING.stream().anyMatch(t -> t.getName().equals(name))) {
                leaks.add(owner.getName() + ": " + member + " names " + name);
            }
        } else if (type instanceof ParameterizedType p) {
            check(owner, member, p.getRawType(), leaks);
            for (Type argument : p.getActualTypeArguments()) {
                check(owner, member, argument, leaks);
            }
        } else if (type instanceof GenericArrayType a) {
            check(owner, member, a.getGenericComponentType(), leaks);
        } else if (type instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                    .forEach(bound -> check(owner, member, bound, leaks));
        } else if (type instanceof TypeVariable<?> v) {
            Stream.of(v.getBounds()).forEach(bound -> check(owner, member, bound, leaks));
        }
    }

    /** One class of each API package, to find the jar or folder the package is in. */
    static final Map<String, Class<?>> API_PACKAGES_BY_CLASS = Map.of(
            "org.eigrules", org.eigrules.EigRules.class,
            "org.eigrules.evaluation", org.eigrules.evaluation.Explanation.class,
            "org.eigrules.ruleset", RuleSet.class,
            "org.eigrules.io", org.eigrules.io.ApplicationFiles.class);

    /** The simple names of a package's top-level and nested classes, from its jar or folder. */
    private static List<String> classNames(String pkg) throws IOException, URISyntaxException {
        Path location = Path.of(API_PACKAGES_BY_CLASS.get(pkg).getProtectionDomain().getCodeSource().getLocation().toURI());
        String prefix = pkg.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(prefix))) {
                files.map(f -> f.getFileName().toString()).forEach(names::add);
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                        .map(n -> n.substring(prefix.length())).forEach(names::add);
            }
        }
        return names.stream().filter(n -> n.endsWith(".class")).map(n -> n.replace(".class", ""))
                .filter(n -> !n.equals("package-info")).sorted().toList();
    }

    /** The public classes of the API's packages, nested public ones included. */
    private static List<Class<?>> apiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : API_PACKAGES) {
            {
                for (String simple : classNames(pkg)) {
                    Class<?> type = Class.forName(pkg + "." + simple, false, PublicApiTest.class.getClassLoader());
                    if (Modifier.isPublic(type.getModifiers()) && isPubliclyReachable(type)) {
                        types.add(type);
                    }
                }
            }
        }
        return types;
    }

    private static boolean isPubliclyReachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass()) {
                return false;
            }
        }
        return true;
    }
}
