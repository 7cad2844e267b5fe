package org.eigrules.selection;

/**
 * One finding about the programme's decided selection (SEL-6).
 *
 * @param kind        what was found
 * @param application the défi concerned, or null for the selection as a whole
 * @param note        the clause, the rule and the message
 */
public record SelectionCheck(Kind kind, String application, SelectionNote note) {

    /** What a check found. */
    public enum Kind {
        /** A selected défi is not ELIGIBLE. */
        NOT_ELIGIBLE,
        /** A selected défi has an unfavourable opinion. */
        UNFAVOURABLE,
        /** A selected défi has no jury grid. */
        NO_GRID,
        /** The selected défis' programme money exceeds the envelope. */
        OVER_ENVELOPE,
        /** Information: a favourable défi is left out while a lower-ranked one is selected. */
        LEFT_OUT
    }

    public String clause() {
        return note.clause();
    }
}
