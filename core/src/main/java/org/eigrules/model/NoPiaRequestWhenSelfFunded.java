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
 * A self-funded request cannot also ask for money: the two contradict each other, so the file
 * is malformed rather than incomplete. Reported on the amount's name as the file gives it.
 */
@Documented
@Constraint(validatedBy = NoPiaRequestWhenSelfFunded.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface NoPiaRequestWhenSelfFunded {

    /** @return the violation's message */
    String message() default "must be absent when the mode is SELF_FUNDED";

    /** @return the validation groups, none by default */
    Class<?>[] groups() default {};

    /** @return the payload, none by default */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Funding} for a requested amount alongside self-funding. */
    final class Validator implements ConstraintValidator<NoPiaRequestWhenSelfFunded, Funding> {
        @Override
        public boolean isValid(Funding funding, ConstraintValidatorContext context) {
            if (funding == null || funding.mode() != FundingMode.SELF_FUNDED || funding.requested() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(funding.requestedAmount() != null ? "requestedAmount" : "requestedPiaAmount").addConstraintViolation();
            return false;
        }
    }
}
