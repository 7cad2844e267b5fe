package org.eigrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eigrules.validation.NeededBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An administration's application of a défi to a promotion's call for projects.
 *
 * <p>Absent (null) values are <em>missing</em> information, reported with the clause that needs
 * them; present but malformed values are <em>invalid</em> and reject the application. Lists are
 * copied and unmodifiable.
 *
 * @param promotion      which promotion's call the file answers
 * @param receivedAt     the platform's receipt time, with its offset (CAL-1)
 * @param challenge      the défi itself
 * @param eigs           the EIGs requested, one entry each (CHL-3, CHL-4)
 * @param host           the administration that hosts the EIGs (ADM-1)
 * @param fundingCarrier the ministry that receives the money for the host, if any (FIN-1, FIN-2)
 * @param mentors        the operational and high-level mentors (CHL-5, COM-3)
 * @param team           the host's internal project team (CHL-6)
 * @param commitments    the host's commitments (COM-1 … COM-6)
 * @param documents      what the file holds (DOC-1)
 * @param funding        the financial simulation and the co-financing request (FIN-1 … FIN-5)
 */
public record Application(
        @NotNull @Positive Integer promotion,
        @NeededBy("CAL-1") OffsetDateTime receivedAt,
        @NotNull @Valid Challenge challenge,
        @NeededBy({"CHL-3", "CHL-4"}) List<@NotNull @Valid Eig> eigs,
        @NeededBy("ADM-1") @Valid Host host,
        @Valid FundingCarrier fundingCarrier,
        @NeededBy({"CHL-5", "COM-3"}) @Valid Mentors mentors,
        @NeededBy("CHL-6") List<@NotNull @Valid TeamMember> team,
        @NeededBy({"COM-1", "COM-2", "COM-4", "COM-5", "COM-6"}) @Valid Commitments commitments,
        @NeededBy("DOC-1") @Valid Documents documents,
        @NeededBy({"FIN-3", "FIN-4"}) @Valid Funding funding) {

    /** Copies the lists, keeping absent ones absent. */
    public Application {
        eigs = Copies.list(eigs);
        team = Copies.list(team);
    }

    /**
     * The number of EIGs requested, or 0 when the list is absent.
     *
     * @return the number of entries in {@code eigs}
     */
    public int eigCount() {
        return eigs == null ? 0 : eigs.size();
    }

    /**
     * How many distinct profiles the requested EIGs have (absent profiles are not counted).
     *
     * @return the number of distinct profiles
     */
    public long distinctEigProfiles() {
        return eigs == null ? 0 : eigs.stream().filter(Objects::nonNull).map(Eig::profile)
                .filter(Objects::nonNull).distinct().count();
    }

    /**
     * How many distinct roles the project team holds, ignoring case and surrounding spaces.
     *
     * @return the number of distinct roles
     */
    public long distinctTeamRoles() {
        return team == null ? 0 : team.stream().filter(Objects::nonNull).map(TeamMember::role)
                .filter(Objects::nonNull).map(r -> r.strip().toLowerCase(java.util.Locale.ROOT))
                .distinct().count();
    }

    /**
     * True when the team is listed and every member's role is given.
     *
     * @return whether every member has a role
     */
    public boolean everyTeamMemberHasRole() {
        return team != null && team.stream().allMatch(m -> m != null && m.role() != null);
    }

    /**
     * True when the project team is described member by member with a role and an involvement.
     *
     * @return whether the team is described in full
     */
    public boolean teamDescribedWithRolesAndInvolvement() {
        return team != null && !team.isEmpty() && team.stream().allMatch(
                m -> m != null && m.role() != null && m.involvementPercent() != null);
    }
}
