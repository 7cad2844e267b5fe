package org.eigrules.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The financial simulation and the co-financing request, in euros.
 *
 * <p>The contract names the amount requested {@code requestedAmount}; the PIA call's files may
 * call it {@code requestedPiaAmount}. The two spellings mean the same and a file gives at most one
 * of them; {@link #requested()} is the amount whichever name was used. The mode {@code PIA} means
 * {@code CO_FINANCED} ({@link #coFinanced()}); a file that uses the PIA call's names is answered
 * in them when the amount is missing ({@link #requestedPath()}).
 *
 * <p>Some calls give one total employer cost for all the EIGs, others the 10-month total employer
 * cost of one EIG in each experience band, and ask no amount. Which promotions' files may give
 * which of these fields, and which clauses need them, is policy: the rule set's field table
 * ({@code fields.yaml}) says so.
 *
 * @param mode                   co-financing requested, or self-funded
 * @param totalEmployerCost      total employer cost of all requested EIGs for the whole contract
 * @param requestedAmount        the amount requested from the funder; absent when self-funded
 * @param requestedPiaAmount     the PIA call's name for {@code requestedAmount}
 * @param employerCostUpTo5Years one EIG's 10-month total employer cost at the lower salary
 * @param employerCostOver5Years one EIG's 10-month total employer cost at the upper salary
 */
@NoPiaRequestWhenSelfFunded
@OneRequestedAmount
public record Funding(
        FundingMode mode,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal totalEmployerCost,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal requestedAmount,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal requestedPiaAmount,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal employerCostUpTo5Years,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal employerCostOver5Years) {

    /** A funding with one total employer cost, under either name of the amount requested. */
    public Funding(FundingMode mode, BigDecimal totalEmployerCost, BigDecimal requestedAmount,
                   BigDecimal requestedPiaAmount) {
        this(mode, totalEmployerCost, requestedAmount, requestedPiaAmount, null, null);
    }

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

    /**
     * One EIG's 10-month total employer cost in {@code band}, or null when not given.
     *
     * @param band the experience band
     * @return the amount in euros, or null
     */
    public BigDecimal employerCostIn(ExperienceBand band) {
        return band == ExperienceBand.UP_TO_5_YEARS ? employerCostUpTo5Years : employerCostOver5Years;
    }

    /**
     * The band whose 10-month employer cost is the lower (the lower salary's, unless the file says
     * otherwise), or null while either cost is not given: a range's lower bound counts unstated
     * EIGs in it.
     *
     * @return the cheaper band, or null
     */
    public ExperienceBand cheaperBand() {
        if (employerCostUpTo5Years == null || employerCostOver5Years == null) {
            return null;
        }
        return employerCostUpTo5Years.compareTo(employerCostOver5Years) <= 0 ? ExperienceBand.UP_TO_5_YEARS
                : ExperienceBand.OVER_5_YEARS;
    }

    /**
     * The other band than {@link #cheaperBand()}, or null while either cost is not given.
     *
     * @return the dearer band, or null
     */
    public ExperienceBand dearerBand() {
        ExperienceBand cheaper = cheaperBand();
        return cheaper == null ? null : cheaper == ExperienceBand.UP_TO_5_YEARS ? ExperienceBand.OVER_5_YEARS
                : ExperienceBand.UP_TO_5_YEARS;
    }

    /** The total employer cost shared among {@code eigs} EIGs, to the cent (FIN-4's explanation). */
    public BigDecimal employerCostPerEig(int eigs) {
        return totalEmployerCost.divide(BigDecimal.valueOf(eigs), 2, RoundingMode.HALF_UP);
    }
}
