package org.eigrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;
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
 * @param id             the caller's own reference, echoed in the decision; optional
 * @param promotion      which promotion's call the file answers
 * @param receivedAt     the platform's receipt time, with its offset
 * @param challenge      the défi itself
 * @param eigs           the EIGs requested, one entry each
 * @param host           the administration that hosts the EIGs
 * @param fundingCarrier the ministry that receives the money for the host, if any
 * @param mentors        the operational and high-level mentors
 * @param team           the host's internal project team
 * @param commitments    the host's commitments
 * @param documents      what the file holds
 * @param funding        the financial simulation and the co-financing request
 */
public record Application(
        @NotBlankWhenGiven String id,
        @NotNull @Positive Integer promotion,
        OffsetDateTime receivedAt,
        @NotNull @Valid Challenge challenge,
        List<@NotNull @Valid Eig> eigs,
        @Valid Host host,
        @Valid FundingCarrier fundingCarrier,
        @Valid Mentors mentors,
        List<@NotNull @Valid TeamMember> team,
        @Valid Commitments commitments,
        @Valid Documents documents,
        @Valid Funding funding) {

    /** Copies the lists, keeping absent ones absent. */
    public Application {
        eigs = Copies.list(eigs);
        team = Copies.list(team);
    }

    /** An application without the caller's reference. */
    public Application(Integer promotion, OffsetDateTime receivedAt, Challenge challenge, List<Eig> eigs, Host host,
                       FundingCarrier fundingCarrier, Mentors mentors, List<TeamMember> team,
                       Commitments commitments, Documents documents, Funding funding) {
        this(null, promotion, receivedAt, challenge, eigs, host, fundingCarrier, mentors, team, commitments,
                documents, funding);
    }

    /** The same application with the caller's reference {@code id}. */
    public Application withId(String id) {
        return new Application(id, promotion, receivedAt, challenge, eigs, host, fundingCarrier, mentors, team,
                commitments, documents, funding);
    }

    /** The position of {@code eig} in the list (the same entry, not an equal one), or -1. */
    public int eigIndex(Eig eig) {
        if (eigs != null) {
            for (int i = 0; i < eigs.size(); i++) {
                if (eigs.get(i) == eig) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether some requested EIG has a profile that is not in {@code profiles}. */
    public boolean anyEigProfileOutside(java.util.Collection<Profile> profiles) {
        return eigs != null && eigs.stream().anyMatch(e -> e != null && e.profile() != null && !profiles.contains(e.profile()));
    }

    /** The positions of the team members whose role is not given. */
    public List<Integer> teamMembersWithoutRole() {
        if (team == null) {
            return List.of();
        }
        List<Integer> positions = new java.util.ArrayList<>();
        for (int i = 0; i < team.size(); i++) {
            if (team.get(i) != null && team.get(i).role() == null) {
                positions.add(i);
            }
        }
        return List.copyOf(positions);
    }

    /**
     * The most distinct roles the team could hold: the known ones, plus one per member whose role
     * is not given (CHL-6 is decided as failing only when even this is too few).
     */
    public long mostDistinctTeamRoles() {
        return distinctTeamRoles() + teamMembersWithoutRole().size();
    }

    /** The number of EIGs requested, or 0 when the list is absent. */
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

    /** How many distinct roles the project team's known roles make, ignoring case and surrounding spaces. */
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

    /**
     * Each requested EIG's 10-month total employer cost in promotion 5 (FIN-11): at its stated
     * band's cost, or at {@code unstatedAs}'s when the file does not state its band. An entry is
     * null when that cost is not given; the list is empty when no EIG is listed.
     *
     * @param unstatedAs the band assumed for EIGs whose band is not stated
     * @return one cost per EIG, in the list's order
     */
    public List<BigDecimal> employerCostsByBand(ExperienceBand unstatedAs) {
        if (eigs == null || funding == null) {
            return List.of();
        }
        List<BigDecimal> costs = new java.util.ArrayList<>();
        for (Eig eig : eigs) {
            ExperienceBand band = eig == null || eig.experienceBand() == null ? unstatedAs : eig.experienceBand();
            costs.add(funding.employerCostIn(band));
        }
        return java.util.Collections.unmodifiableList(costs);
    }

    /**
     * The total employer cost of the requested EIGs in promotion 5, every EIG whose band is not
     * stated counted in {@code unstatedAs}; null when a cost it needs is not given or no EIG is listed.
     *
     * @param unstatedAs the band assumed for EIGs whose band is not stated
     * @return the total in euros, or null
     */
    public BigDecimal employerCostWithBands(ExperienceBand unstatedAs) {
        List<BigDecimal> costs = employerCostsByBand(unstatedAs);
        if (costs.isEmpty() || costs.contains(null)) {
            return null;
        }
        return costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /**
     * Whether every requested EIG's experience band is stated (promotion 5), so that its grant is exact.
     *
     * @return true when the list is given and each EIG states its band
     */
    public boolean everyBandStated() {
        return eigs != null && eigs.stream().allMatch(e -> e != null && e.experienceBand() != null);
    }

    /**
     * Whether some requested EIG may be in {@code band}: it states it, or states none.
     *
     * @param band the experience band
     * @return whether that band's cost counts for some EIG
     */
    public boolean someEigMayBeIn(ExperienceBand band) {
        return eigs != null && eigs.stream().anyMatch(e -> e == null || e.experienceBand() == null
                || e.experienceBand() == band);
    }
}
