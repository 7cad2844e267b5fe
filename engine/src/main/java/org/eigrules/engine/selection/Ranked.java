package org.eigrules.engine.selection;

/**
 * A défi's place in the ranking (SEL-4).
 *
 * @param candidate the défi
 * @param rank      1 + the number of défis that beat it; défis in a tie share it
 */
public record Ranked(Candidate candidate, int rank) {

    /** The rank of a défi that {@code beaten} défis beat: ranks count from 1. */
    public static Ranked after(Candidate candidate, long beaten) {
        return new Ranked(candidate, Math.toIntExact(beaten) + 1);
    }
}
