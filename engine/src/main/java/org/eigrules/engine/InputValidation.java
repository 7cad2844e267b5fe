package org.eigrules.engine;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.eigrules.validation.Violation;
import org.eigrules.decision.MissingField;
import org.eigrules.model.Application;
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
 * Validation of applications: malformed input (rejected) by the model's Bean Validation
 * constraints, and missing information (INCOMPLETE) and fields of other promotions by the field
 * table ({@link PromotionFields}). Thread-safe; build once.
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
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Digits.class).includeExistingValidators(false)
                .validatedBy(BoundedDigitsValidator.class);
        // @NotBlank in one sense for every version of Hibernate Validator (see NotBlankValidator).
        mapping.constraintDefinition(jakarta.validation.constraints.NotBlank.class).includeExistingValidators(false)
                .validatedBy(NotBlankValidator.class);
        ValidatorFactory factory = configuration.addMapping(mapping).buildValidatorFactory();
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
        if (promotion != null && ConstraintPass.holds(application)) {
            PromotionFields.Found found = PromotionFields.check(application, promotion);
            if (found.foreign().isEmpty()) {
                return new Result(List.of(), found.missing());
            }
        }
        return withHibernateValidator(application);
    }

    /** Validates as {@link #validate(Application)} does, every record walked by Hibernate Validator. */
    Result withHibernateValidator(Application application) {
        List<Violation> invalid = new ArrayList<>(invalid(application));
        PromotionFields.Found found = PromotionFields.check(application, application.promotion());
        invalid.addAll(found.foreign());
        invalid.sort(BY_PATH);
        return new Result(List.copyOf(invalid), found.missing());
    }

    /** Validates any model record as {@link #validate(Application)} does (a candidacy, for one). */
    public <T> Result validateBean(T application) {
        return ConstraintPass.holds(application) ? new Result(List.of(), missing(application))
                : beanWithHibernateValidator(application);
    }

    /** Validates as {@link #validateBean} does, every record walked by Hibernate Validator. */
    <T> Result beanWithHibernateValidator(T application) {
        return new Result(invalid(application), missing(application));
    }

    /** The fields the table says are missing, every clause's need counted: no promotion is known here. */
    private static List<MissingField> missing(Object bean) {
        return bean instanceof Application application ? PromotionFields.check(application, null).missing() : List.of();
    }

    /** Hibernate Validator's violations, in path order: every one is malformed input. */
    private <T> List<Violation> invalid(T bean) {
        List<Violation> invalid = new ArrayList<>();
        for (ConstraintViolation<T> v : validator().validate(bean)) {
            invalid.add(ConstraintTexts.violation(path(v.getPropertyPath()), v));
        }
        invalid.sort(BY_PATH);
        return List.copyOf(invalid);
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
