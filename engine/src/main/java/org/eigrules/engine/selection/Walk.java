package org.eigrules.engine.selection;

import java.math.BigDecimal;
import java.util.List;

/**
 * The envelope walk down the ranking (SEL-5): what remains for the défis not placed yet. Mutable,
 * as the walk's single fact; the rules change it with {@code modify}.
 */
public final class Walk {

    private BigDecimal rest;
    // The rank the walk stands at; it starts above the first rank and moves down.
    private int at;
    // What remained when the walk reached the rank it is covering, so that the défis of one rank
    // read the same amount whatever order they are placed in.
    private int rank;
    private BigDecimal restAtRank;

    public Walk(BigDecimal amount) {
        this.rest = amount;
    }

    /** The rank the walk stands at. */
    public int getRank() {
        return at;
    }

    /** Moves down to the next rank that has a défi waiting. */
    public void moveTo(Number rank) {
        at = rank.intValue();
    }

    /** What remains of the envelope for the défis below. */
    public BigDecimal getRest() {
        return rest;
    }

    /** A covered défi of that rank: its money leaves the envelope. */
    public void spend(BigDecimal money, int rank) {
        restAtRank = restAt(rank);
        this.rank = rank;
        rest = rest.subtract(money);
    }

    /** What remained of the envelope when the walk reached that rank. */
    public BigDecimal restAt(int rank) {
        return restAtRank != null && this.rank == rank ? restAtRank : rest;
    }

    /**
     * A tie straddles the limit: whichever of its défis people cover, they may need all that
     * remains, so nothing is left for the défis below (money-free défis still fit).
     */
    public void holdRest() {
        rest = BigDecimal.ZERO.setScale(rest.scale());
    }

    /** Whether what remains covers all these pending défis together. */
    public boolean canCoverAll(List<?> pending) {
        return moneyOf(pending).compareTo(rest) <= 0;
    }

    /** The programme money of pending or candidate défis, added up. */
    static BigDecimal moneyOf(List<?> facts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object fact : facts) {
            sum = sum.add(fact instanceof Pending p ? p.money() : ((Candidate) fact).money());
        }
        return sum;
    }

    @Override
    public String toString() {
        return "Walk[rest=" + rest + "]";
    }
}
