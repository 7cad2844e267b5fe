package org.eigrules.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import org.eigrules.validation.NeededBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The financial simulation and the co-financing request, in euros.
 *
 * @param mode               PIA co-financing requested, or self-funded (FIN-3, FIN-5)
 * @param totalEmployerCost  total employer cost of all requested EIGs for the whole contract (FIN-3, FIN-4)
 * @param requestedPiaAmount the PIA amount requested; absent when self-funded (FIN-3)
 */
@NoPiaRequestWhenSelfFunded
public record Funding(
        @NeededBy("FIN-3") FundingMode mode,
        @NeededBy({"FIN-3", "FIN-4"}) @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal totalEmployerCost,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal requestedPiaAmount) {

    /**
     * The total employer cost shared among {@code eigs} EIGs, to the cent (FIN-4's explanation).
     *
     * @param eigs how many EIGs share it, at least 1
     * @return the cost per EIG in euros, scale 2, rounded half-up
     */
    public BigDecimal employerCostPerEig(int eigs) {
        return totalEmployerCost.divide(BigDecimal.valueOf(eigs), 2, RoundingMode.HALF_UP);
    }
}
