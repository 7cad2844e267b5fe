package org.eigrules.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Marks a field of the application file that only some promotions' calls use. Given in a file of
 * another promotion, it is invalid (the contract's "a field of another promotion"), and the error
 * names the promotions that use it. Not a Bean Validation constraint: a field cannot see its
 * file's promotion, so the engine checks these over the whole application.
 */
@Documented
@Target(RECORD_COMPONENT)
@Retention(RUNTIME)
public @interface PromotionField {

    /**
     * The promotions whose calls use the field.
     *
     * @return promotion numbers, such as {@code {4, 5}}
     */
    int[] value();
}
