package org.eigrules.engine;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.eigrules.Violation;
import org.eigrules.decision.MissingField;
import org.eigrules.model.Application;
import org.eigrules.validation.NeededBy;
import jakarta.validation.constraints.Digits;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bean Validation of applications. One pass finds both kinds of problem: a {@link NeededBy}
 * constraint that fails is missing information (INCOMPLETE), any other is malformed input
 * (rejected). Thread-safe; build once.
 */
public final class InputValidation {

    private static final Comparator<Violation> BY_PATH =
            Comparator.comparing(Violation::path).thenComparing(Violation::message);

    // Built on first need: a well-formed record never needs it (ConstraintPass), and building it
    // costs a few hundred milliseconds of a one-file command's start.
    private volatile Validator validator;
    // The application this thread validated last, and what was found (see validate).
    private final ThreadLocal<Last> lastValidated = new ThreadLocal<>();

    private record Last(java.lang.ref.WeakReference<Application> application, Result result) {
    }

    /** The one instance every reader and rule set shares: building a validator costs a few hundred ms. */
    public static InputValidation shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final InputValidation INSTANCE = new InputValidation();
    }

    private InputValidation() {
    }

    private Validator validator() {
        Validator built = validator;
        if (built == null) {
            synchronized (this) {
                built = validator;
                if (built == null) {
                    built = hibernateValidator();
                    validator = built;
                }
            }
        }
        return built;
    }

    private static Validator hibernateValidator() {
        QuietStart.hibernateValidatorVersionLine();
        // The parameter interpolator needs no Expression Language implementation on the classpath.
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, l -> Locale.ENGLISH, false));
        // @Digits counted in int arithmetic lets 1e2147483647 through; count in long instead.
        ConstraintMapping digits = configuration.createConstraintMapping();
        digits.constraintDefinition(Digits.class).includeExistingValidators(false)
                .validatedBy(BoundedDigitsValidator.class);
        ValidatorFactory factory = configuration.addMapping(digits).buildValidatorFactory();
        return factory.getValidator();
    }

    /** The outcome of validating one application. */
    public record Result(List<Violation> invalid, List<MissingField> missing) {
    }

    /**
     * Validates an application once: malformed fields in path order, missing ones once per clause.
     * A field needed only in some promotions is missing only in those, and a field of another
     * promotion than the file's is malformed ({@link PromotionFields}).
     */
    public Result validate(Application application) {
        // A file read by ApplicationFiles is validated there, then again by EigRules.evaluate on
        // the same thread: the second call finds the first one's result. The model is immutable
        // (records, lists copied), so the same object always validates the same way.
        Last last = lastValidated.get();
        if (last != null && last.application().get() == application) {
            // Served: dropped, so that no thread keeps the library's objects once it is done.
            lastValidated.remove();
            return last.result();
        }
        Result result = validateAnew(application);
        lastValidated.set(new Last(new java.lang.ref.WeakReference<>(application), result));
        return result;
    }

    private Result validateAnew(Application application) {
        Integer promotion = application.promotion();
        java.util.Optional<List<ConstraintPass.Absent>> quick = ConstraintPass.check(application);
        if (quick.isPresent() && promotion != null && PromotionFields.check(application, promotion).isEmpty()) {
            return new Result(List.of(), missing(quick.get(), promotion));
        }
        return withHibernateValidator(application);
    }

    /** Validates as {@link #validate(Application)} does, every record walked by Hibernate Validator. */
    Result withHibernateValidator(Application application) {
        Integer promotion = application.promotion();
        Result result = validate(application, promotion);
        if (promotion == null) {
            return result;
        }
        List<Violation> foreign = PromotionFields.check(application, promotion);
        if (foreign.isEmpty()) {
            return result;
        }
        List<Violation> invalid = new ArrayList<>(result.invalid());
        invalid.addAll(foreign);
        invalid.sort(BY_PATH);
        return new Result(List.copyOf(invalid), result.missing());
    }

    /** Validates any model record as {@link #validate(Application)} does (a candidacy, for one). */
    public <T> Result validateBean(T application) {
        java.util.Optional<List<ConstraintPass.Absent>> quick = ConstraintPass.check(application);
        return quick.isPresent() ? new Result(List.of(), missing(quick.get(), null)) : validate(application, null);
    }

    /** Validates as {@link #validateBean} does, every record walked by Hibernate Validator. */
    <T> Result beanWithHibernateValidator(T application) {
        return validate(application, null);
    }

    /** The missing fields of a record whose every other constraint holds, as {@link #validate(Object, Integer)} lists them. */
    private static List<MissingField> missing(List<ConstraintPass.Absent> absent, Integer promotion) {
        List<MissingField> missing = new ArrayList<>();
        for (ConstraintPass.Absent a : absent) {
            if (neededIn(a.neededBy(), promotion)) {
                for (String clause : a.neededBy().value()) {
                    missing.add(new MissingField(a.path(), clause));
                }
            }
        }
        missing.sort(Comparator.comparing(MissingField::field).thenComparing(MissingField::clause));
        return List.copyOf(missing);
    }

    /** Whether a field is needed in a promotion: null (a candidacy) counts every {@link NeededBy}. */
    private static boolean neededIn(NeededBy neededBy, Integer promotion) {
        return promotion == null || neededBy.promotions().length == 0
                || java.util.Arrays.stream(neededBy.promotions()).anyMatch(p -> p == promotion);
    }

    /** {@code promotion} null: every {@link NeededBy} counts, whatever promotions it names. */
    private <T> Result validate(T application, Integer promotion) {
        List<Violation> invalid = new ArrayList<>();
        List<MissingField> missing = new ArrayList<>();
        for (ConstraintViolation<T> v : validator().validate(application)) {
            String field = path(v.getPropertyPath());
            if (v.getConstraintDescriptor().getAnnotation() instanceof NeededBy neededBy) {
                if (!neededIn(neededBy, promotion)) {
                    continue; // the clause that needs it does not exist in this promotion
                }
                for (String clause : neededBy.value()) {
                    missing.add(new MissingField(field, clause));
                }
            } else {
                invalid.add(ConstraintTexts.violation(field, v));
            }
        }
        invalid.sort(BY_PATH);
        missing.sort(Comparator.comparing(MissingField::field).thenComparing(MissingField::clause));
        return new Result(List.copyOf(invalid), List.copyOf(missing));
    }

    /** Formats a Bean Validation path as the contract writes it: {@code eigs[1].profile}. */
    static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN
                    || node.getName() == null) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(node.getName());
        }
        return out.toString();
    }
}
