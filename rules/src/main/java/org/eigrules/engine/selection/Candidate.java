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
 */
public record Candidate(String name, Decision decision, JuryGrid grid, BigDecimal money, BigDecimal host, int eigs) {

    public Verdict verdict() {
        return decision.verdict();
    }

    /** Whether the jury heard the défi (it has a grid). */
    public boolean heard() {
        return grid != null;
    }

    public int total() {
        return grid == null ? 0 : grid.total();
    }

    public boolean favourite() {
        return grid != null && grid.isFavourite();
    }

    public int impact() {
        return grid == null ? 0 : grid.impact();
    }

    public int groupRank() {
        return grid == null ? 0 : grid.groupRank();
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

    @Override
    public String toString() {
        return name;
    }
}
