package org.eigrules.candidacy;

import java.util.List;
import java.util.Objects;

/**
 * The candidates' rankings (CND-14): one list per défi and profile, best total first. Candidates
 * with equal totals share a rank and are reported as a tie; nothing the sources do not give
 * breaks it, and the order within a tie is the order of the jury's file.
 *
 * @param promotion the promotion
 * @param lists     one list per défi and profile, in the order they first appear in the jury's file
 */
public record CandidateRanking(int promotion, List<RankedList> lists) {

    /** Copies the lists. */
    public CandidateRanking {
        lists = List.copyOf(lists);
    }

    /**
     * The ranking of one défi and profile.
     *
     * @param defi    the défi, or null when lists are per profile only
     * @param profile the profile, or null when lists are per défi only
     * @param ranking the candidates, best total first
     * @param ties    each group of two or more candidates with the same total, by rank
     */
    public record RankedList(String defi, String profile, List<Ranked> ranking, List<List<String>> ties) {
        /** Copies the lists. */
        public RankedList {
            ranking = List.copyOf(ranking);
            ties = ties.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One candidate in a list.
     *
     * @param candidate the candidate's name
     * @param rank      1 for the best total; candidates in a tie share a rank, and the next rank skips
     * @param total     the sum of the marks
     */
    public record Ranked(String candidate, int rank, int total) {
        /** The candidate must be given. */
        public Ranked {
            Objects.requireNonNull(candidate, "candidate");
        }
    }
}
