package org.eigrules.testkit;

import org.eigrules.model.Application;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Changes one field of an immutable application by its contract path, such as
 * {@code challenge.durationMonths} or {@code eigs[1].profile}, giving a new application. Lets a
 * property say "the same application, but…" in one line.
 */
public final class Applications {

    private Applications() {
    }

    /** A copy of {@code application} with the field at {@code path} set to {@code value}. */
    public static Application with(Application application, String path, Object value) {
        return (Application) set(application, steps(path), 0, value, path);
    }

    /** A copy of {@code application} without the field at {@code path}: it is then missing. */
    public static Application without(Application application, String path) {
        return with(application, path, null);
    }

    /** The value at {@code path}, or null when it or a step on the way is absent. */
    public static Object get(Application application, String path) {
        Object current = application;
        for (String step : steps(path)) {
            if (current == null) {
                return null;
            }
            current = step.startsWith("[") ? element(current, step, path) : component(current, step, path);
        }
        return current;
    }

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
            } else {
                steps.add(part.substring(0, bracket));
                for (String index : part.substring(bracket).split("(?=\\[)")) {
                    steps.add(index);
                }
            }
        }
        return steps;
    }

    private static Object set(Object target, List<String> steps, int at, Object value, String path) {
        String step = steps.get(at);
        boolean last = at == steps.size() - 1;
        if (step.startsWith("[")) {
            List<Object> list = new ArrayList<>((List<?>) target);
            int index = index(step);
            if (index >= list.size()) {
                throw new IllegalArgumentException(path + ": no element " + step + " in a list of " + list.size());
            }
            list.set(index, last ? value : set(list.get(index), steps, at + 1, value, path));
            return list;
        }
        Object child = component(target, step, path);
        if (!last && child == null) {
            throw new IllegalArgumentException(path + ": " + step + " is absent");
        }
        return copy(target, step, last ? value : set(child, steps, at + 1, value, path), path);
    }

    private static Object component(Object record, String name, String path) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(path + ": " + record.getClass().getSimpleName() + " has no field " + name
                + " (it has " + Arrays.stream(record.getClass().getRecordComponents()).map(RecordComponent::getName).toList() + ")");
    }

    private static Object element(Object list, String step, String path) {
        List<?> items = (List<?>) list;
        int index = index(step);
        return index < items.size() ? items.get(index) : null;
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }

    private static Object copy(Object record, String name, Object value, String path) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                boolean target = components[i].getName().equals(name);
                found |= target;
                args[i] = target ? value : components[i].getAccessor().invoke(record);
            }
            if (!found) {
                component(record, name, path);
            }
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(path + ": cannot set " + name + " to " + value, e);
        }
    }
}
