package org.eigrules.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks the 14-digit shape and the Luhn checksum of a SIRET. */
public final class SiretValidator implements ConstraintValidator<Siret, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isValidSiret(value);
    }

    /**
     * True when {@code value} is 14 ASCII digits with a valid Luhn checksum.
     *
     * @param value the SIRET, not null
     * @return whether it is a valid SIRET
     */
    public static boolean isValidSiret(String value) {
        if (value.length() != 14) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            // Counting from the right, every second digit is doubled: with 14 digits these are
            // the even indexes from the left.
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
