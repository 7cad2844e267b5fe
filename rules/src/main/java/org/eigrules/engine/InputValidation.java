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

    private final ValidatorFactory factory;
    private final Validator validator;

    /** The one instance every reader and rule set shares: building a validator costs a few hundred ms. */
    public static InputValidation shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final InputValidation INSTANCE = new InputValidation();
    }

    private InputValidation() {
        QuietStart.hibernateValidatorVersionLine();
        // The parameter interpolator needs no Expression Language implementation on the classpath.
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, l -> Locale.ENGLISH, false));
        // @Digits counted in int arithmetic lets 1e2147483647 through; count in long instead.
        ConstraintMapping digits = configuration.createConstraintMapping();
        digits.constraintDefinition(Digits.class).includeExistingValidators(false)
                .validatedBy(BoundedDigitsValidator.class);
        factory = configuration.addMapping(digits).buildValidatorFactory();
        validator = factory.getValidator();
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
        return validate(application, null);
    }

    /** {@code promotion} null: every {@link NeededBy} counts, whatever promotions it names. */
    private <T> Result validate(T application, Integer promotion) {
        List<Violation> invalid = new ArrayList<>();
        List<MissingField> missing = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(application)) {
            String field = path(v.getPropertyPath());
            if (v.getConstraintDescriptor().getAnnotation() instanceof NeededBy neededBy) {
                if (promotion != null && neededBy.promotions().length > 0
                        && java.util.Arrays.stream(neededBy.promotions()).noneMatch(p -> p == promotion)) {
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
