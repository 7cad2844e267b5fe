package org.eigrules.model;

/** How the host proposes to pay for its EIGs (FIN-3, FIN-5). */
public enum FundingMode {
    /** Co-financing by the promotion's funder is requested (the PIA fund in promotion 3). */
    CO_FINANCED,
    /** The host pays the whole cost. */
    SELF_FUNDED,
    /**
     * Promotion 3's name for {@link #CO_FINANCED}, accepted in files; a {@link Funding} never holds
     * it: it reads it as {@code CO_FINANCED}, the one name decisions echo.
     */
    PIA
}
