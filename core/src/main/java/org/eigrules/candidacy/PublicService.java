package org.eigrules.candidacy;

import java.time.LocalDate;

/**
 * The candidate's public-service status (CND-2).
 *
 * @param civilServant true for a civil servant (or equivalent) of one of the three public services
 * @param leavesPostOn the day they leave their post; absent when they are not leaving it
 */
public record PublicService(Boolean civilServant, LocalDate leavesPostOn) {

    /**
     * Whether the candidate is a civil servant still in post on a day: one who leaves on that day
     * or later is.
     *
     * @param day the day to look at
     * @return true for a civil servant who does not leave before {@code day}
     */
    public boolean inPostOn(LocalDate day) {
        return Boolean.TRUE.equals(civilServant) && stillInPostOn(day);
    }

    /**
     * Whether being in post on a day depends on the unstated status: the status is absent and the
     * candidate does not leave before that day.
     *
     * @param day the day to look at
     * @return true when {@code civilServant} is absent and {@code leavesPostOn} does not come before {@code day}
     */
    public boolean undecidedOn(LocalDate day) {
        return civilServant == null && stillInPostOn(day);
    }

    private boolean stillInPostOn(LocalDate day) {
        return leavesPostOn == null || !leavesPostOn.isBefore(day);
    }
}
