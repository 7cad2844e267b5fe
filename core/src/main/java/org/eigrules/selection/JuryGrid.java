package org.eigrules.selection;

import java.util.Collections;
import java.util.List;

/**
 * What a jury group filled in for one défi it heard: a score per criterion of the promotion's
 * {@link JuryScale}, its opinion, its preference among the défis it heard, and an optional
 * favourite flag.
 * Absent values stay null so that {@link SelectionInput#problems} can name them; a grid is only
 * ranked once it has none.
 *
 * @param application the défi's name, as in its application
 * @param group       the jury group that heard it
 * @param groupRank   its rank within that group, 1 = preferred
 * @param scores      the criteria's scores in order, each within the promotion's scale
 * @param opinion     favourable or unfavourable
 * @param favourite   the group's "coup de cœur"; absent means no
 */
public record JuryGrid(String application, String group, Integer groupRank, List<Integer> scores, Opinion opinion,
                       Boolean favourite) {

    public JuryGrid {
        // Not List.copyOf: a missing score is kept as null to be reported, not refused here.
        scores = scores == null ? null : Collections.unmodifiableList(new java.util.ArrayList<>(scores));
    }

    /** The sum of the criteria's scores. */
    public int total() {
        int total = 0;
        for (Integer score : scores) {
            total += score; // a plain loop: the selection rules compare totals pairwise
        }
        return total;
    }

    /** The score of the first criterion. */
    public int impact() {
        return scores.get(0);
    }

    /** Whether the group flagged the défi as its favourite. */
    public boolean isFavourite() {
        return Boolean.TRUE.equals(favourite);
    }
}
