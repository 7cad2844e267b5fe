package org.eigrules.promotion;

/**
 * Who co-finances a promotion's EIGs: the contract's names for the funder (a parameter of each
 * promotion, {@code funding.funder}).
 */
public enum Funder {
    /** The Programme d'investissements d'avenir (promotion 3). */
    PIA,
    /** The State budget programme 352 (promotions 4 and 5). */
    PROGRAMME_352
}
