package org.eigrules.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** A needed field is present when it is not null; blank text is an answer ("none"), not a gap. */
public final class NeededByValidator implements ConstraintValidator<NeededBy, Object> {
    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        return value != null;
    }
}
