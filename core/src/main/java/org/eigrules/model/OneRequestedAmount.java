package org.eigrules.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * {@code requestedAmount} and {@code requestedPiaAmount} are two names for one amount: a file that
 * gives both is malformed, even when they agree. Reported on {@code requestedPiaAmount}.
 */
@Documented
@Constraint(validatedBy = OneRequestedAmount.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface OneRequestedAmount {

    String message() default "give the amount requested once, as requestedAmount or as requestedPiaAmount (its promotion 3 name), not both";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Funding} for the amount given under both names. */
    final class Validator implements ConstraintValidator<OneRequestedAmount, Funding> {
        @Override
        public boolean isValid(Funding funding, ConstraintValidatorContext context) {
            if (funding == null || funding.requestedAmount() == null || funding.requestedPiaAmount() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("requestedPiaAmount").addConstraintViolation();
            return false;
        }
    }
}
