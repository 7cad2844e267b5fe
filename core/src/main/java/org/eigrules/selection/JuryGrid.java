package org.eigrules.selection;

import java.util.Collections;
import java.util.List;

/**
 * What a jury group filled in for one défi it heard (JRY-4, JRY-5, SEL-1): the five criterion
 * scores, its opinion, its preference among the défis it heard, and an optional favourite flag.
 * Absent values stay null so that {@link SelectionInput#problems} can name them; a grid is only
 * ranked once it has none.
 *
 * @param application the défi's name, as in its application
 * @param group       the jury group that heard it
 * @param groupRank   its rank within that group, 1 = preferred
 * @param scores      criteria 1 to 5 in order, each from 1 to 4
 * @param opinion     favourable or unfavourable
 * @param favourite   the group's "coup de cœur"; absent means no
 */
public record JuryGrid(String application, String group, Integer groupRank, List<Integer> scores, Opinion opinion,
                       Boolean favourite) {

    /** How many criteria a grid scores (JRY-1): the contract's {@code scores} has exactly this many. */
    public static final int CRITERIA = 5;
    /** The lowest score of a criterion: "not at all satisfactory" (JRY-4). */
    public static final int LOWEST_SCORE = 1;
    /** The highest score of a criterion: "excellent" (JRY-4). */
    public static final int HIGHEST_SCORE = 4;

    public JuryGrid {
        // Not List.copyOf: a missing score is kept as null to be reported, not refused here.
        scores = scores == null ? null : Collections.unmodifiableList(new java.util.ArrayList<>(scores));
    }

    /** The sum of the five criteria (5 to 20), the first ranking key of SEL-4. */
    public int total() {
        int total = 0;
        for (Integer score : scores) {
            total += score; // a plain loop: the selection rules compare totals pairwise
        }
        return total;
    }

    /** The score of criterion 1, impact: SEL-4's second tie-break. */
    public int impact() {
        return scores.get(0);
    }

    /** Whether the group flagged the défi as its favourite. */
    public boolean isFavourite() {
        return Boolean.TRUE.equals(favourite);
    }
}
