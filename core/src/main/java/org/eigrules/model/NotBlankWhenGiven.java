package org.eigrules.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Text that, when given, must hold a non-blank character. Null passes: whether the field is
 * needed at all is the rule set's field table's business.
 */
@Documented
@Constraint(validatedBy = NotBlankWhenGivenValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface NotBlankWhenGiven {

    /** @return the violation\'s message */
    String message() default "must not be blank";

    /** @return the validation groups, none by default */
    Class<?>[] groups() default {};

    /** @return the payload, none by default */
    Class<? extends Payload>[] payload() default {};
}
