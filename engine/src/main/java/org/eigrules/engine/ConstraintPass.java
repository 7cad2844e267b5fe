package org.eigrules.engine;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A first pass over a model record's Bean Validation constraints, made without Hibernate
 * Validator for the common case: a record every constraint of which holds (which fields a clause
 * needs is the field table's business, not a constraint's). It reads the same annotations, once
 * per class, and checks them directly; when it finds any other failure, or a value it cannot vouch for, or a constraint
 * it does not know, it gives no answer, and Hibernate Validator validates the record, as the only
 * judge of malformed input and the author of its messages.
 *
 * <p>Why: Hibernate Validator's walk was a quarter of a decision's time, and its start a few
 * hundred milliseconds of a one-file command (measured, see docs/performance.md).
 * A test compares the two on every bundled file and on generated and broken ones, and checks that
 * this pass knows every constraint Hibernate Validator finds on the model.
 */
final class ConstraintPass {

    private static final Map<Class<?>, Optional<Plan>> PLANS = new ConcurrentHashMap<>();

    // A strict subset of what @Email accepts (Hibernate Validator's local-part atoms and domain
    // labels): anything else goes to Hibernate Validator itself.
    private static final Pattern PLAIN_EMAIL = Pattern.compile(
            "[A-Za-z0-9_%+\u0080-\uFFFF-]+(?:\\.[A-Za-z0-9_%+\u0080-\uFFFF-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private ConstraintPass() {
    }

    /**
     * Whether every constraint of a record holds; false when one fails or this pass cannot tell
     * (it does not know one), and then Hibernate Validator must judge.
     */
    static boolean holds(Object bean) {
        return walk(bean);
    }

    /** What this pass checks on a class and the records it cascades to, one line per constraint, for tests. */
    static List<String> described(Class<?> type) {
        TreeSet<String> lines = new TreeSet<>();
        describe(type, lines, new java.util.HashSet<>());
        return List.copyOf(lines);
    }

    private static void describe(Class<?> type, TreeSet<String> lines, java.util.Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        Plan plan = plan(type).orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " is not supported"));
        plan.classChecks.forEach(c -> lines.add(type.getSimpleName() + ": " + c.annotation.annotationType().getSimpleName()));
        for (Property p : plan.properties) {
            String name = type.getSimpleName() + "." + p.name;
            p.checks.forEach(c -> lines.add(name + ": " + c.annotation.annotationType().getSimpleName()));
            p.elementChecks.forEach(c -> lines.add(name + "[]: " + c.annotation.annotationType().getSimpleName()));
            if (p.cascade != null) {
                lines.add(name + ": cascaded");
                describe(p.cascade, lines, seen);
            }
            if (p.elementCascade != null) {
                lines.add(name + "[]: cascaded");
                describe(p.elementCascade, lines, seen);
            }
        }
    }

    private static boolean walk(Object bean) {
        Optional<Plan> found = plan(bean.getClass());
        if (found.isEmpty()) {
            return false;
        }
        Plan plan = found.get();
        for (Check check : plan.classChecks) {
            if (!check.holds(bean)) {
                return false;
            }
        }
        for (Property property : plan.properties) {
            Object value;
            try {
                value = property.accessor.invoke(bean);
            } catch (ReflectiveOperationException e) {
                return false;
            }
            for (Check check : property.checks) {
                if (!check.holds(value)) {
                    return false;
                }
            }
            if (value == null) {
                continue;
            }
            if (property.cascade != null && !walk(value)) {
                return false;
            }
            if (property.elementChecks.isEmpty() && property.elementCascade == null) {
                continue;
            }
            List<?> elements = (List<?>) value;
            for (int i = 0; i < elements.size(); i++) {
                Object element = elements.get(i);
                for (Check check : property.elementChecks) {
                    if (!check.holds(element)) {
                        return false;
                    }
                }
                if (element != null && property.elementCascade != null && !walk(element)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Optional<Plan> plan(Class<?> type) {
        Optional<Plan> plan = PLANS.get(type);
        if (plan == null) {
            plan = PLANS.computeIfAbsent(type, ConstraintPass::planOf);
        }
        return plan;
    }

    /** The constraints of a record class, or empty when one of them is beyond this pass. */
    private static Optional<Plan> planOf(Class<?> type) {
        if (!type.isRecord() || type.isAnnotationPresent(jakarta.validation.GroupSequence.class)) {
            return Optional.empty();
        }
        try {
            List<Check> classChecks = new ArrayList<>();
            for (Annotation annotation : type.getAnnotations()) {
                if (isConstraint(annotation)) {
                    classChecks.add(check(annotation));
                }
            }
            List<Property> properties = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                java.lang.reflect.Field field = type.getDeclaredField(component.getName());
                List<Check> checks = new ArrayList<>();
                Class<?> cascade = null;
                for (Annotation annotation : field.getAnnotations()) {
                    if (annotation instanceof Valid) {
                        cascade = component.getType();
                    } else if (isConstraint(annotation)) {
                        checks.add(check(annotation));
                    }
                }
                List<Check> elementChecks = new ArrayList<>();
                Class<?> elementCascade = null;
                AnnotatedType annotated = field.getAnnotatedType();
                if (component.getType().isArray() || typeOnlyConstraint(annotated, field.getAnnotations())) {
                    return Optional.empty(); // arrays, constraints placed on the type alone
                }
                if (annotated instanceof AnnotatedParameterizedType parameterized) {
                    if (component.getType() != List.class || cascade != null) {
                        return Optional.empty(); // maps, sets, cascaded lists: Hibernate Validator's
                    }
                    AnnotatedType element = parameterized.getAnnotatedActualTypeArguments()[0];
                    if (!(element.getType() instanceof Class<?>)) {
                        return Optional.empty(); // a list of lists, of optionals: Hibernate Validator's
                    }
                    for (Annotation annotation : element.getAnnotations()) {
                        if (annotation instanceof Valid) {
                            elementCascade = (Class<?>) ((java.lang.reflect.ParameterizedType) parameterized.getType())
                                    .getActualTypeArguments()[0];
                        } else if (isConstraint(annotation)) {
                            elementChecks.add(check(annotation));
                        }
                    }
                } else if (cascade != null && !cascade.isRecord()) {
                    return Optional.empty();
                }
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                properties.add(new Property(component.getName(), accessor, List.copyOf(checks), cascade,
                        List.copyOf(elementChecks), elementCascade));
            }
            return Optional.of(new Plan(List.copyOf(classChecks), List.copyOf(properties)));
        } catch (ReflectiveOperationException | RuntimeException e) { // Unsupported among them
            return Optional.empty();
        }
    }

    private static boolean isConstraint(Annotation annotation) {
        return annotation.annotationType().isAnnotationPresent(Constraint.class);
    }

    /** A constraint on a field's type that is not also on the field (a constraint for TYPE_USE only). */
    private static boolean typeOnlyConstraint(AnnotatedType type, Annotation[] onField) {
        List<Annotation> declared = List.of(onField);
        for (Annotation annotation : type.getAnnotations()) {
            if ((isConstraint(annotation) || annotation instanceof Valid) && !declared.contains(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** A constraint this pass can check, or {@link Unsupported}. */
    private static Check check(Annotation annotation) throws ReflectiveOperationException {
        Class<?>[] groups = (Class<?>[]) annotation.annotationType().getMethod("groups").invoke(annotation);
        if (groups.length > 0) {
            throw new Unsupported(); // only the default group is validated
        }
        for (Annotation meta : annotation.annotationType().getAnnotations()) {
            if (isConstraint(meta)) {
                throw new Unsupported(); // a composed constraint: its parts are Hibernate Validator's to run
            }
        }
        java.util.function.Predicate<Object> holds;
        if (annotation instanceof NotNull) {
            holds = value -> value != null;
        } else if (annotation instanceof NotBlank) {
            holds = value -> value instanceof CharSequence text && hasVisibleCharacter(text);
        } else if (annotation instanceof Positive) {
            holds = value -> value == null || sign(value) > 0;
        } else if (annotation instanceof PositiveOrZero) {
            holds = value -> value == null || sign(value) >= 0;
        } else if (annotation instanceof Min min) {
            holds = value -> value == null || compare(value, min.value()) >= 0;
        } else if (annotation instanceof Max max) {
            holds = value -> value == null || compare(value, max.value()) <= 0;
        } else if (annotation instanceof Digits digits) {
            BoundedDigitsValidator validator = new BoundedDigitsValidator(); // the one the engine maps
            validator.initialize(digits);
            holds = value -> value == null || value instanceof Number n && validator.isValid(n, null);
        } else if (annotation instanceof Email email) {
            if (!".*".equals(email.regexp()) || email.flags().length > 0) {
                throw new Unsupported();
            }
            holds = value -> value == null || value instanceof CharSequence text && plainEmail(text);
        } else if (annotation.annotationType().getName().startsWith("jakarta.")
                || annotation.annotationType().getName().startsWith("org.hibernate.")) {
            throw new Unsupported(); // a standard constraint not listed above
        } else {
            holds = custom(annotation);
        }
        return new Check(annotation, holds);
    }

    /** A constraint of our own, checked by its own validator as Hibernate Validator would call it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static java.util.function.Predicate<Object> custom(Annotation annotation) throws ReflectiveOperationException {
        Class<? extends ConstraintValidator<?, ?>>[] validators =
                annotation.annotationType().getAnnotation(Constraint.class).validatedBy();
        if (validators.length != 1) {
            throw new Unsupported();
        }
        java.lang.reflect.Constructor<? extends ConstraintValidator<?, ?>> constructor =
                validators[0].getDeclaredConstructor();
        constructor.setAccessible(true);
        ConstraintValidator validator = constructor.newInstance();
        validator.initialize(annotation);
        return value -> {
            try {
                return validator.isValid(value, null);
            } catch (RuntimeException e) {
                return false; // a validator that wants its context: Hibernate Validator's to judge
            }
        };
    }

    private static boolean hasVisibleCharacter(CharSequence text) {
        // Visible both to String.trim and to Character.isWhitespace: blank for neither reading.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainEmail(CharSequence text) {
        int at = text.toString().lastIndexOf('@');
        return at > 0 && at <= 64 && text.length() - at - 1 <= 255 && PLAIN_EMAIL.matcher(text).matches();
    }

    private static int sign(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Long.signum(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum();
        }
        if (value instanceof BigInteger integer) {
            return integer.signum();
        }
        throw new Unsupported();
    }

    private static int compare(Object value, long bound) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Long.compare(((Number) value).longValue(), bound);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.compareTo(BigDecimal.valueOf(bound));
        }
        if (value instanceof BigInteger integer) {
            return integer.compareTo(BigInteger.valueOf(bound));
        }
        throw new Unsupported();
    }

    /** A constraint, a value or a type this pass leaves to Hibernate Validator. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private record Check(Annotation annotation, java.util.function.Predicate<Object> predicate) {
        boolean holds(Object value) {
            try {
                return predicate.test(value);
            } catch (Unsupported e) {
                return false;
            }
        }
    }

    private record Property(String name, Method accessor, List<Check> checks, Class<?> cascade,
                            List<Check> elementChecks, Class<?> elementCascade) {
    }

    private record Plan(List<Check> classChecks, List<Property> properties) {
    }
}
