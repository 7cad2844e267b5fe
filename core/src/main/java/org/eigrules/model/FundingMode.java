package org.eigrules.model;

/** How the host proposes to pay for its EIGs (FIN-3, FIN-5). */
public enum FundingMode {
    /** Co-financing by the promotion's funder is requested (the PIA fund in promotion 3). */
    CO_FINANCED,
    /** The host pays the whole cost. */
    SELF_FUNDED,
    /**
     * Promotion 3's name for {@link #CO_FINANCED}, accepted in files with the same meaning;
     * decisions echo the one name {@code CO_FINANCED}.
     */
    PIA;

    /** The contract's one name for this mode: {@code PIA} is {@code CO_FINANCED}. */
    public FundingMode canonical() {
        return this == PIA ? CO_FINANCED : this;
    }
}
