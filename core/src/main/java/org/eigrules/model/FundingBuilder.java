package org.eigrules.model;

import java.math.BigDecimal;

/**
 * Builds the funding request ({@link Funding}) field by field, so that no constructor call lines up values of the
 * same type by position. Fields not set stay absent (null), as in a file that leaves them out;
 * nothing is checked here: {@code EigRules} validates what it evaluates.
 *
 * <p>A builder is mutable and not thread-safe; what {@link #build()} returns is an immutable
 * record, and the builder may go on to build another.
 */
public final class FundingBuilder {

    private FundingMode mode;
    private BigDecimal totalEmployerCost;
    private BigDecimal requestedAmount;
    private BigDecimal requestedPiaAmount;
    private BigDecimal employerCostUpTo5Years;
    private BigDecimal employerCostOver5Years;

    /** A builder with every field absent. */
    public FundingBuilder() {
    }

    /**
     * A builder holding every field of {@code source}, to build a changed copy.
     *
     * @param source the record to start from
     * @return a new builder
     */
    public static FundingBuilder from(Funding source) {
        FundingBuilder builder = new FundingBuilder();
        builder.mode = source.mode();
        builder.totalEmployerCost = source.totalEmployerCost();
        builder.requestedAmount = source.requestedAmount();
        builder.requestedPiaAmount = source.requestedPiaAmount();
        builder.employerCostUpTo5Years = source.employerCostUpTo5Years();
        builder.employerCostOver5Years = source.employerCostOver5Years();
        return builder;
    }

    /**
     * Sets {@link Funding#mode()}.
     *
     * @param mode the value, or null for absent
     * @return this builder
     */
    public FundingBuilder mode(FundingMode mode) {
        this.mode = mode;
        return this;
    }

    /**
     * Sets {@link Funding#totalEmployerCost()}.
     *
     * @param totalEmployerCost the value, or null for absent
     * @return this builder
     */
    public FundingBuilder totalEmployerCost(BigDecimal totalEmployerCost) {
        this.totalEmployerCost = totalEmployerCost;
        return this;
    }

    /**
     * Sets {@link Funding#requestedAmount()}, the contract's name for the amount requested.
     *
     * @param requestedAmount the value, or null for absent
     * @return this builder
     */
    public FundingBuilder requestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
        return this;
    }

    /**
     * Sets {@link Funding#requestedPiaAmount()}, the PIA call's name for the amount requested.
     *
     * @param requestedPiaAmount the value, or null for absent
     * @return this builder
     */
    public FundingBuilder requestedPiaAmount(BigDecimal requestedPiaAmount) {
        this.requestedPiaAmount = requestedPiaAmount;
        return this;
    }

    /**
     * Sets {@link Funding#employerCostUpTo5Years()}, a field of some promotions only (the field table says which).
     *
     * @param employerCostUpTo5Years the value, or null for absent
     * @return this builder
     */
    public FundingBuilder employerCostUpTo5Years(BigDecimal employerCostUpTo5Years) {
        this.employerCostUpTo5Years = employerCostUpTo5Years;
        return this;
    }

    /**
     * Sets {@link Funding#employerCostOver5Years()}, a field of some promotions only (the field table says which).
     *
     * @param employerCostOver5Years the value, or null for absent
     * @return this builder
     */
    public FundingBuilder employerCostOver5Years(BigDecimal employerCostOver5Years) {
        this.employerCostOver5Years = employerCostOver5Years;
        return this;
    }

    /**
     * The record with the fields set so far.
     *
     * @return a new, immutable {@link Funding}
     */
    public Funding build() {
        return new Funding(mode, totalEmployerCost, requestedAmount, requestedPiaAmount, employerCostUpTo5Years, employerCostOver5Years);
    }
}
