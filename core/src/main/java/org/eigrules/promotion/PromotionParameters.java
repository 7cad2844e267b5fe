package org.eigrules.promotion;

import org.eigrules.model.BodyKind;
import org.eigrules.model.Profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The policy values of one promotion's call for projects, read from its parameter file. Rules
 * read every policy value from here; none is written in a rule or in Java. A value the sources do
 * not give for a promotion is null, and no rule that reads it may apply to that promotion.
 *
 * @param promotion               the promotion number
 * @param title                   a readable title
 * @param timeZone                the zone the call's dates are given in (CAL-1)
 * @param callOpens               the call's opening day, from 00:00 (CAL-1)
 * @param callCloses              the call's closing instant, inclusive, local to {@code timeZone} (CAL-1)
 * @param contractMonths          the EIGs' contract length in months (CHL-2, FIN-4)
 * @param minEigs                 the fewest EIGs a défi may request (CHL-3)
 * @param maxEigs                 the most EIGs a défi may request (CHL-3)
 * @param profiles                the profiles the promotion recruits (CHL-4)
 * @param eligibleHostKinds       the kinds of body that may host a défi (ADM-1)
 * @param minProjectTeamMembers   the smallest internal project team (CHL-6)
 * @param minProjectTeamRoles     the fewest distinct roles in that team (CHL-6)
 * @param maxPitchSlides          the longest pitch deck allowed (DOC-1)
 * @param netMonthlySalary        an EIG's net monthly salary in euros (FIN-3, FIN-4)
 * @param piaRate                 the share of the total employer cost the PIA pays (FIN-3)
 * @param piaDirectRecipientKinds kinds of host that receive PIA money directly (FIN-1)
 * @param piaCarrierRequiredKinds kinds of host that receive it through a funding carrier (FIN-1)
 * @param piaAgreementKinds       kinds of host that can only get it through a ministry's agreement (FIN-2)
 * @param piaCarrierKinds         kinds of body that may act as funding carrier for a State host (FIN-1)
 * @param piaAgreementCarrierKinds kinds of body whose agreement carries the funding of a host in
 *                                {@code piaAgreementKinds} (FIN-2)
 * @param piaEnvelope             the PIA envelope for the whole promotion in euros (FIN-6)
 * @param funder                  who co-finances the promotion's EIGs (promotions 4 and 5; promotion 3's is the PIA)
 * @param grantMonths             how many of the contract's months the funder pays per EIG (FIN-10, FIN-11)
 * @param netMonthlySalaryUpTo5Years an EIG's net monthly salary up to five years' experience inclusive (FIN-4, FIN-11)
 * @param netMonthlySalaryOver5Years an EIG's net monthly salary above five years' experience (FIN-4, FIN-11)
 * @param directRecipientKinds    kinds of host paid directly when they hold a payroll budget programme (FIN-7)
 * @param parentMinistryKinds     kinds of host paid only through their supervising or parent ministry (FIN-8)
 * @param parentMinistryCarrierKinds kinds of body that may carry the money of a host in {@code parentMinistryKinds} (FIN-8)
 * @param agreementKinds          kinds of host paid only through an agreement with an eligible administration (FIN-9)
 * @param parameters              every value with its label and source, by key, in the file's order
 * @param documents               the promotion's documents its decisions cite, by kind (the
 *                                specification, the call for candidates …), as its file names them;
 *                                empty when the file names none
 */
public record PromotionParameters(
        int promotion,
        String title,
        ZoneId timeZone,
        LocalDate callOpens,
        LocalDateTime callCloses,
        Integer contractMonths,
        Integer minEigs,
        Integer maxEigs,
        Set<Profile> profiles,
        Set<BodyKind> eligibleHostKinds,
        Integer minProjectTeamMembers,
        Integer minProjectTeamRoles,
        Integer maxPitchSlides,
        BigDecimal netMonthlySalary,
        BigDecimal piaRate,
        Set<BodyKind> piaDirectRecipientKinds,
        Set<BodyKind> piaCarrierRequiredKinds,
        Set<BodyKind> piaAgreementKinds,
        Set<BodyKind> piaCarrierKinds,
        Set<BodyKind> piaAgreementCarrierKinds,
        BigDecimal piaEnvelope,
        Funder funder,
        Integer grantMonths,
        BigDecimal netMonthlySalaryUpTo5Years,
        BigDecimal netMonthlySalaryOver5Years,
        Set<BodyKind> directRecipientKinds,
        Set<BodyKind> parentMinistryKinds,
        Set<BodyKind> parentMinistryCarrierKinds,
        Set<BodyKind> agreementKinds,
        Map<String, Parameter> parameters,
        Map<String, String> documents) {

    /** Copies the sets and the parameters; the title must be given. */
    public PromotionParameters {
        documents = documents == null ? Map.of()
                : Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documents));
        Objects.requireNonNull(title, "title");
        profiles = lookup(profiles);
        eligibleHostKinds = lookup(eligibleHostKinds);
        piaDirectRecipientKinds = lookup(piaDirectRecipientKinds);
        piaCarrierRequiredKinds = lookup(piaCarrierRequiredKinds);
        piaAgreementKinds = lookup(piaAgreementKinds);
        piaCarrierKinds = lookup(piaCarrierKinds);
        piaAgreementCarrierKinds = lookup(piaAgreementCarrierKinds);
        directRecipientKinds = lookup(directRecipientKinds);
        parentMinistryKinds = lookup(parentMinistryKinds);
        parentMinistryCarrierKinds = lookup(parentMinistryCarrierKinds);
        agreementKinds = lookup(agreementKinds);
        // In the file's order, so listings and generated documentation are stable.
        parameters = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    // Set.copyOf would throw on contains(null); rules may ask about an absent kind or profile.
    private static <E> Set<E> lookup(Set<E> values) {
        return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /**
     * The first instant of the call: its opening day at 00:00 in the promotion's zone.
     *
     * @return the opening instant
     */
    public Instant callOpensAt() {
        return callOpens.atStartOfDay(timeZone).toInstant();
    }

    /**
     * The last instant of the call (inclusive).
     *
     * @return the closing instant
     */
    public Instant callClosesAt() {
        return callCloses.atZone(timeZone).toInstant();
    }

    /**
     * The net salary of one EIG over the whole contract: the least plausible employer cost per EIG (FIN-4).
     *
     * @return the amount in euros
     */
    public BigDecimal netSalaryForContract() {
        return netMonthlySalary.multiply(BigDecimal.valueOf(contractMonths));
    }

    /**
     * The least plausible total employer cost for {@code eigs} EIGs (FIN-4).
     *
     * @param eigs the number of EIGs requested
     * @return the amount in euros
     */
    public BigDecimal leastPlausibleEmployerCost(int eigs) {
        return netSalaryForContract().multiply(BigDecimal.valueOf(eigs));
    }

    /**
     * The PIA's share of a total employer cost: the rate applied, rounded half-up to the cent (FIN-3).
     *
     * @param totalEmployerCost the total employer cost in euros
     * @return the share in euros, scale 2
     */
    public BigDecimal piaShareOf(BigDecimal totalEmployerCost) {
        return totalEmployerCost.multiply(piaRate).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The envelope of programme money for the whole promotion (FIN-6, SEL-5), from the parameter
     * {@code envelope}; null when the promotion's file gives none, and then no envelope applies.
     */
    public BigDecimal envelope() {
        Parameter envelope = parameters.get("envelope");
        return envelope == null ? null : new BigDecimal(envelope.value()).setScale(2);
    }

    /**
     * The share of the employer cost the funder pays from promotion 4 on: its months over the
     * contract's, to the cent of a percent (4 of 10 is 0.40, 3 of 10 is 0.30).
     *
     * @return the rate, scale 2
     */
    public BigDecimal grantRate() {
        return BigDecimal.valueOf(grantMonths).divide(BigDecimal.valueOf(contractMonths), 2, RoundingMode.HALF_UP);
    }

    /**
     * The funder's share of a 10-month employer cost from promotion 4 on: the cost of its months,
     * {@code amount × grantMonths / contractMonths}, rounded half-up to the cent (FIN-10, FIN-11).
     *
     * @param amount an employer cost for the whole contract, in euros
     * @return the share in euros, scale 2
     */
    public BigDecimal grantShareOf(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(grantMonths))
                .divide(BigDecimal.valueOf(contractMonths), 2, RoundingMode.HALF_UP);
    }

    /**
     * The funder's money for every requested EIG of a promotion 5 file, each EIG's share rounded
     * on its own (FIN-11): an EIG whose band the file states counts at that band's cost, the others
     * at {@code unstatedAs}'s. Null when an EIG's band cost is not given.
     *
     * @param application the application, its EIGs and its band costs given
     * @param unstatedAs  the band assumed for each EIG whose band is not stated
     * @return the sum in euros, scale 2, or null
     */
    public BigDecimal bandGrant(org.eigrules.model.Application application,
                                org.eigrules.model.ExperienceBand unstatedAs) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (BigDecimal cost : application.employerCostsByBand(unstatedAs)) {
            if (cost == null) {
                return null;
            }
            sum = sum.add(grantShareOf(cost));
        }
        return sum;
    }

    /**
     * The net salary of one EIG in {@code band} over the whole contract: the least plausible
     * 10-month employer cost in that band (FIN-4, promotion 5).
     *
     * @param band the experience band
     * @return the amount in euros
     */
    public BigDecimal leastPlausibleEmployerCostIn(org.eigrules.model.ExperienceBand band) {
        BigDecimal salary = band == org.eigrules.model.ExperienceBand.UP_TO_5_YEARS
                ? netMonthlySalaryUpTo5Years : netMonthlySalaryOver5Years;
        return salary.multiply(BigDecimal.valueOf(contractMonths));
    }

    /**
     * The money the funder would pay a promotion 3 or 4 file if it had a valid recipient: its share
     * of the total employer cost, capped at the amount requested (FIN-3, FIN-10); null when the
     * total is not given or the promotion computes its grant otherwise (promotion 5's bands). What
     * a refusal's remedy names.
     *
     * @param funding the file's funding
     * @return the amount in euros, scale 2, or null
     */
    public BigDecimal wouldGrant(org.eigrules.model.Funding funding) {
        BigDecimal share = shareOf(funding);
        if (share == null) {
            return null;
        }
        BigDecimal requested = funding.requested();
        return requested != null && requested.compareTo(share) < 0 ? requested.setScale(2) : share;
    }

    /**
     * The funder's share of a promotion 3 or 4 file's total employer cost, before any cap (FIN-3,
     * FIN-10); null when the total is not given or the promotion computes its grant by band.
     *
     * @param funding the file's funding
     * @return the amount in euros, scale 2, or null
     */
    public BigDecimal shareOf(org.eigrules.model.Funding funding) {
        if (funding == null || funding.totalEmployerCost() == null) {
            return null;
        }
        return piaRate != null ? piaShareOf(funding.totalEmployerCost())
                : grantMonths != null && contractMonths != null && netMonthlySalaryUpTo5Years == null
                ? grantShareOf(funding.totalEmployerCost()) : null;
    }
}
