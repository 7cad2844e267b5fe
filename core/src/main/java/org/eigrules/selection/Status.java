package org.eigrules.selection;

/** Where a ranked défi stands after the envelope walk (SEL-3, SEL-5). */
public enum Status {
    /** Favourable and within the envelope: proposed for selection. */
    COVERED,
    /** Favourable, but what remains of the envelope cannot cover its programme money. */
    NOT_COVERED,
    /** The jury group's opinion is unfavourable: not proposed. */
    UNFAVOURABLE,
    /** In a tie that the envelope can cover only in part: people decide which. */
    TIE_AT_LIMIT
}
