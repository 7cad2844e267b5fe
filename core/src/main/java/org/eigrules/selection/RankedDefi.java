package org.eigrules.selection;

import org.eigrules.decision.Decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * One défi of the ranking (SEL-4) with its place against the envelope (SEL-3, SEL-5).
 *
 * @param application  the défi's name
 * @param rank         its rank, from 1; défis in a tie share one
 * @param grid         the jury's grid
 * @param status       covered, not covered, unfavourable or tie at the limit
 * @param grantAmount  the programme money its decision grants (the upper bound of a range), 0.00 when none
 * @param hostAmount   what the host pays
 * @param eigs         the EIGs it requests
 * @param cumulated    the programme money of the covered défis down to this one
 * @param decision     its decision
 * @param why          the findings that placed it, in the order the rules made them
 */
public record RankedDefi(String application, int rank, JuryGrid grid, Status status, BigDecimal grantAmount,
                         BigDecimal hostAmount, int eigs, BigDecimal cumulated, Decision decision,
                         List<SelectionNote> why) {
    public RankedDefi {
        why = List.copyOf(why);
    }

    /** The grid's total score, 5 to 20. */
    public int total() {
        return grid.total();
    }
}
