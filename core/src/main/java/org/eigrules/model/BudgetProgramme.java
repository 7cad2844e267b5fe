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
 * The number of a State budget programme, such as {@code "166"} or {@code "352"}: three digits,
 * written as text. Null is accepted (optional).
 */
@Documented
@Constraint(validatedBy = BudgetProgrammeValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface BudgetProgramme {

    /** @return the violation\'s message */
    String message() default "must be a budget programme number of three digits, such as 166";

    /** @return the validation groups, none by default */
    Class<?>[] groups() default {};

    /** @return the payload, none by default */
    Class<? extends Payload>[] payload() default {};
}
