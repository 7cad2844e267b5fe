package org.eigrules.engine.selection;

import org.eigrules.decision.Decision;
import org.eigrules.decision.Verdict;
import org.eigrules.selection.JuryGrid;
import org.eigrules.selection.Opinion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One défi of the selection as the selection rules see it: its decision, the jury's grid when the
 * défi was heard, and its programme money. Immutable; the grid's keys read as absent (0, false,
 * null) when there is no grid, and the rules only rank heard défis.
 *
 * @param name     the défi's name
 * @param decision its decision
 * @param grid     its jury grid, or null
 * @param money    the programme money its decision grants (P5 ranges at their upper bound)
 * @param host     what its host pays, or null when the decision cannot say
 * @param eigs     the EIGs it requests
 * @param total    its grid's total score (SEL-4)
 * @param favourite whether its group flagged it as its favourite
 * @param impact   its score on criterion 1
 * @param groupRank its rank within its group
 */
public record Candidate(String name, Decision decision, JuryGrid grid, BigDecimal money, BigDecimal host, int eigs,
                        int total, boolean favourite, int impact, int groupRank) {

    /**
     * A défi with its grid's ranking keys read once: the rules compare every pair of défis, so the
     * keys must be plain fields.
     */
    public static Candidate of(String name, Decision decision, JuryGrid grid, BigDecimal money, BigDecimal host, int eigs) {
        return grid == null ? new Candidate(name, decision, null, money, host, eigs, 0, false, 0, 0)
                : new Candidate(name, decision, grid, money, host, eigs, grid.total(), grid.isFavourite(), grid.impact(),
                grid.groupRank());
    }

    public Verdict verdict() {
        return decision.verdict();
    }

    /** Whether the jury heard the défi (it has a grid). */
    public boolean heard() {
        return grid != null;
    }

    public Opinion opinion() {
        return grid == null ? null : grid.opinion();
    }

    /** The failing clauses, then the missing fields with their clause, as one readable list. */
    public String decisionClauses() {
        List<String> items = new ArrayList<>(decision.failedClauses());
        decision.missing().forEach(m -> items.add(m.field() + " (" + m.clause() + ")"));
        return String.join(", ", items);
    }

    // One fact per défi: the rules compare défis by identity, never field by field (a decision is big).
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
