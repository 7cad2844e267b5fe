package org.eigrules.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import org.eigrules.validation.NeededBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The financial simulation and the co-financing request, in euros.
 *
 * <p>The contract names the amount requested {@code requestedAmount}; promotion 3 files may call
 * it {@code requestedPiaAmount}. The two spellings mean the same and a file gives at most one of
 * them; {@link #requested()} is the amount whichever name was used. The mode {@code PIA} means
 * {@code CO_FINANCED} ({@link #coFinanced()}); a file that uses promotion 3's names is answered in
 * them when the amount is missing ({@link #requestedPath()}).
 *
 * @param mode               co-financing requested, or self-funded (FIN-3, FIN-5)
 * @param totalEmployerCost  total employer cost of all requested EIGs for the whole contract (FIN-3, FIN-4)
 * @param requestedAmount    the amount requested from the funder; absent when self-funded (FIN-3)
 * @param requestedPiaAmount promotion 3's name for {@code requestedAmount}
 */
@NoPiaRequestWhenSelfFunded
@OneRequestedAmount
public record Funding(
        @NeededBy("FIN-3") FundingMode mode,
        @NeededBy("FIN-4") @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal totalEmployerCost,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal requestedAmount,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal requestedPiaAmount) {

    /** A funding with the amount requested under the contract's name. */
    public Funding(FundingMode mode, BigDecimal totalEmployerCost, BigDecimal requestedAmount) {
        this(mode, totalEmployerCost, requestedAmount, null);
    }

    /** The amount requested, under whichever name the file gave it; null when neither. */
    public BigDecimal requested() {
        return requestedAmount != null ? requestedAmount : requestedPiaAmount;
    }

    /**
     * The path of the amount requested under the name the file uses: promotion 3's
     * {@code requestedPiaAmount} when the file says {@code PIA}, the contract's {@code requestedAmount}
     * otherwise (FIN-3's missing field).
     */
    public String requestedPath() {
        return mode == FundingMode.PIA || requestedPiaAmount != null ? "funding.requestedPiaAmount"
                : "funding.requestedAmount";
    }

    /** Whether co-financing is requested, under either of its names. */
    public boolean coFinanced() {
        return mode != null && mode.canonical() == FundingMode.CO_FINANCED;
    }

    /** The total employer cost shared among {@code eigs} EIGs, to the cent (FIN-4's explanation). */
    public BigDecimal employerCostPerEig(int eigs) {
        return totalEmployerCost.divide(BigDecimal.valueOf(eigs), 2, RoundingMode.HALF_UP);
    }
}
