package org.eigrules.selection;

/**
 * How a promotion's jury scores a défi: how many criteria, each scored from {@code lowest} to
 * {@code highest}. The values come from the promotion's parameter file.
 *
 * @param criteria how many criteria a grid scores: a grid's {@code scores} has exactly this many
 * @param lowest   the lowest score of a criterion
 * @param highest  the highest score of a criterion
 */
public record JuryScale(int criteria, int lowest, int highest) {

    /** A scale with at least one criterion and its lowest score below its highest. */
    public JuryScale {
        if (criteria < 1 || lowest >= highest) {
            throw new IllegalArgumentException("expected at least one criterion and a lowest score below the highest, "
                    + "found " + criteria + " criteria from " + lowest + " to " + highest);
        }
    }
}
