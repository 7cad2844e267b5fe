package org.eigrules.decision;

import java.util.List;
import java.util.Objects;

/**
 * The result of evaluating one application: immutable, and equal for equal inputs.
 *
 * @param application the défi's name
 * @param promotion   the promotion whose rules were applied
 * @param verdict     ELIGIBLE, INELIGIBLE or INCOMPLETE
 * @param reasons     every failing clause, in clause order
 * @param missing     every missing field with the clause that needs it
 * @param coFinancing what the PIA and the host pay
 * @param priorities  the priority clauses (PRI-*) the défi meets; they rank, never exclude
 * @param rulesFired  the names of the rules that fired, in firing order
 */
public record Decision(
        String application,
        int promotion,
        Verdict verdict,
        List<Reason> reasons,
        List<MissingField> missing,
        CoFinancing coFinancing,
        List<String> priorities,
        List<String> rulesFired) {

    /** Checks that the verdict and co-financing are given and copies the lists. */
    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(coFinancing, "coFinancing");
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        priorities = List.copyOf(priorities);
        rulesFired = List.copyOf(rulesFired);
    }

    /**
     * The ids of the failing clauses, in order, without repeats.
     *
     * @return the clause ids, such as {@code CHL-2}
     */
    public List<String> failedClauses() {
        return reasons.stream().map(Reason::clause).distinct().toList();
    }
}
