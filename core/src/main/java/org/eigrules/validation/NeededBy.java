package org.eigrules.validation;

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
 * Marks a field that the named clauses cannot be decided without. Absent (null) means missing:
 * the field is listed once per clause, and the verdict is INCOMPLETE. Every other constraint
 * describes malformed input, which rejects the application; the engine tells the two apart by
 * this annotation's type, in one validation pass.
 */
@Documented
@Constraint(validatedBy = NeededByValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface NeededBy {

    /**
     * The clause ids (from POLICY.md) that need the field.
     *
     * @return the clause ids, such as {@code CAL-1}
     */
    String[] value();

    /**
     * The promotions in which the field is needed; none (the default) means every promotion. A
     * clause that exists only in some promotions needs its fields only there.
     *
     * @return the promotion numbers, such as {@code {4, 5}}
     */
    int[] promotions() default {};

    /** @return the violation\'s message */
    String message() default "is missing";

    /** @return the validation groups, none by default */
    Class<?>[] groups() default {};

    /** @return the payload, none by default */
    Class<? extends Payload>[] payload() default {};
}
