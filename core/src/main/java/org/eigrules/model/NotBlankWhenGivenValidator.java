package org.eigrules.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Accepts null and any text with a non-whitespace character. */
public final class NotBlankWhenGivenValidator implements ConstraintValidator<NotBlankWhenGiven, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || !value.isBlank();
    }
}
