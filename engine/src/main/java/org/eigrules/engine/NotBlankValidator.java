package org.eigrules.engine;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code @NotBlank} as the library reads it, whatever Hibernate Validator's version: a text with a
 * character other than whitespace in {@link Character#isWhitespace}'s sense ({@link String#isBlank}).
 * Hibernate Validator 8 (Spring Boot 3.5's) trims only the ASCII spaces, so it took an ideographic
 * space for a name where version 9 does not; the decision must not depend on which one an
 * application brings. A no-break space stays a character, as in both.
 */
public final class NotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value != null && !value.toString().isBlank();
    }
}
