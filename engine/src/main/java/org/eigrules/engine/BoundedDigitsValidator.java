package org.eigrules.engine;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Digits;

import java.math.BigDecimal;

/**
 * {@link Digits} for numbers, counting digits in {@code long} arithmetic. The usual validator
 * computes {@code precision - scale} as an {@code int}, which overflows for a value such as
 * {@code 1e2147483647} and lets it through; here such a value has far too many digits, as it
 * should.
 */
public final class BoundedDigitsValidator implements ConstraintValidator<Digits, Number> {

    private int integer;
    private int fraction;

    @Override
    public void initialize(Digits digits) {
        integer = digits.integer();
        fraction = digits.fraction();
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        BigDecimal number;
        try {
            number = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            return false; // NaN or infinite
        }
        long integerDigits = (long) number.precision() - number.scale();
        long fractionDigits = Math.max(0L, number.scale());
        return integerDigits <= integer && fractionDigits <= fraction;
    }
}
