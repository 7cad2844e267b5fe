package org.eigrules.model;

/** How the host proposes to pay for its EIGs (FIN-3, FIN-5). */
public enum FundingMode {
    /** Co-financing by the PIA fund is requested. */
    PIA,
    /** The host pays the whole cost. */
    SELF_FUNDED
}
