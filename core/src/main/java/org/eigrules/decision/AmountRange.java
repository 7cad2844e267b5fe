package org.eigrules.decision;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount known only between two bounds, in euros, scale 2: a promotion 5 grant whose EIGs'
 * experience bands are not all stated (FIN-11). {@code min} is the amount when every EIG whose
 * band is not stated is in the cheaper band, {@code max} when every one is in the dearer band.
 *
 * @param min the lower bound
 * @param max the upper bound, never below {@code min}
 */
public record AmountRange(BigDecimal min, BigDecimal max) {

    /** Both bounds must be given, in order. */
    public AmountRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    /**
     * Whether {@code amount} lies between the bounds, both included.
     *
     * @param amount an amount in euros
     * @return whether it is within the range
     */
    public boolean contains(BigDecimal amount) {
        return min.compareTo(amount) <= 0 && amount.compareTo(max) <= 0;
    }
}
