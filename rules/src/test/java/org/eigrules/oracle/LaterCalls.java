package org.eigrules.oracle;

import org.eigrules.decision.AmountRange;
import org.eigrules.decision.Clauses;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
import org.eigrules.decision.LocalizedText;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Reason;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.eigrules.model.BodyKind;
import org.eigrules.model.Challenge;
import org.eigrules.model.Commitments;
import org.eigrules.model.Documents;
import org.eigrules.model.Eig;
import org.eigrules.model.ExperienceBand;
import org.eigrules.model.Funding;
import org.eigrules.model.FundingCarrier;
import org.eigrules.model.FundingMode;
import org.eigrules.model.HighLevelMentor;
import org.eigrules.model.Host;
import org.eigrules.model.Mentors;
import org.eigrules.model.Profile;
import org.eigrules.model.TeamMember;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.eigrules.model.BodyKind.CENTRAL_ADMINISTRATION;
import static org.eigrules.model.BodyKind.DEVOLVED_STATE_SERVICE;
import static org.eigrules.model.BodyKind.HEALTH_ESTABLISHMENT;
import static org.eigrules.model.BodyKind.INDEPENDENT_AUTHORITY;
import static org.eigrules.model.BodyKind.MINISTRY;
import static org.eigrules.model.BodyKind.STATE_OPERATOR;
import static org.eigrules.model.BodyKind.TERRITORIAL_AUTHORITY;

/**
 * The promotion 4 and 5 calls for projects in plain Java, for {@link HandWrittenPolicy}: written
 * from POLICY.md ("Call for projects — promotions 4 and 5") and the project's readings of it,
 * apart from the rule files and the parameter files, whose values it copies on purpose (see
 * {@link HandWrittenPolicy}).
 *
 * <p>What changes from promotion 3: CHL-1 is only "a problem is stated"; CHL-5 has no same-person
 * test; COM-7 (accessibility) is new; programme 352 pays titre-2 credits to whoever holds a payroll
 * budget programme (FIN-7 … FIN-9, FIN-12), 4 of 10 months of the total in promotion 4 (FIN-10)
 * and 3 of 10 months of each EIG's band in promotion 5 (FIN-11), as a range while bands are unstated.
 */
final class LaterCalls {

    /** One call's values, copied from POLICY.md's parameter table. */
    record Call(int promotion, Instant opens, Instant lateFrom, Set<Profile> profiles, BigDecimal netMonthly,
                BigDecimal netMonthlyUpTo5, BigDecimal netMonthlyOver5, int grantMonths) {

        boolean bands() {
            return netMonthly == null;
        }

        BigDecimal rate() {
            return BigDecimal.valueOf(grantMonths).divide(BigDecimal.valueOf(MONTHS), 2, RoundingMode.UNNECESSARY);
        }

        /** FIN-10 in promotion 4, FIN-11 in promotion 5: the clause that computes the money. */
        String amountClause() {
            return bands() ? "FIN-11" : "FIN-10";
        }
    }

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int MONTHS = 10;
    static final int MIN_EIGS = 2;
    static final int MAX_EIGS = 3;
    static final int MIN_TEAM = 2;
    static final int MIN_ROLES = 2;
    static final int MAX_SLIDES = 12;
    static final Set<BodyKind> HOSTS = EnumSet.of(MINISTRY, CENTRAL_ADMINISTRATION, STATE_OPERATOR,
            DEVOLVED_STATE_SERVICE, INDEPENDENT_AUTHORITY, TERRITORIAL_AUTHORITY, HEALTH_ESTABLISHMENT);
    /** FIN-7: kinds that may hold a payroll budget programme, and so receive the money themselves. */
    static final Set<BodyKind> PROGRAMME_HOLDERS = EnumSet.of(MINISTRY, CENTRAL_ADMINISTRATION, INDEPENDENT_AUTHORITY);
    /** FIN-8: paid only through their supervising or parent ministry. */
    static final Set<BodyKind> THROUGH_MINISTRY = EnumSet.of(STATE_OPERATOR, DEVOLVED_STATE_SERVICE);
    static final Set<BodyKind> MINISTRIES = EnumSet.of(MINISTRY, CENTRAL_ADMINISTRATION);
    /** FIN-9: paid only through an agreement with an eligible administration. */
    static final Set<BodyKind> THROUGH_AGREEMENT = EnumSet.of(TERRITORIAL_AUTHORITY, HEALTH_ESTABLISHMENT);
    static final String FUNDER = "PROGRAMME_352";

    /** Promotion 4: 15 Jan – Fri 28 Feb 2020 17:00 Paris; €4,000 net; 4 of 10 months. */
    static final Call P4 = new Call(4, LocalDateTime.of(2020, 1, 15, 0, 0).atZone(PARIS).toInstant(),
            LocalDateTime.of(2020, 2, 28, 17, 0).atZone(PARIS).toInstant().plusNanos(1),
            EnumSet.of(Profile.DESIGN, Profile.DEVELOPMENT, Profile.DATA_ENGINEERING, Profile.DATA_SCIENCE,
                    Profile.GEOMATICS),
            new BigDecimal("4000.00"), null, null, 4);

    /** Promotion 5: 1 Feb – Wed 7 Apr 2021 23:59:00 Paris; €3,500 / €4,000 net by band; 3 of 10 months. */
    static final Call P5 = new Call(5, LocalDateTime.of(2021, 2, 1, 0, 0).atZone(PARIS).toInstant(),
            LocalDateTime.of(2021, 4, 7, 23, 59).atZone(PARIS).toInstant().plusNanos(1),
            EnumSet.of(Profile.DESIGN, Profile.DEVELOPMENT, Profile.DATA_ENGINEERING, Profile.DATA_SCIENCE,
                    Profile.GEOMATICS, Profile.DIGITAL_LAW),
            null, new BigDecimal("3500.00"), new BigDecimal("4000.00"), 3);

    private LaterCalls() {
    }

    static Decision decide(Application a, Call call) {
        Set<String> failed = new TreeSet<>(Clauses.ORDER);
        Set<MissingField> missing = new LinkedHashSet<>();
        Set<MissingField> implausible = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();

        if (a.receivedAt() == null) {
            missing.add(new MissingField("receivedAt", "CAL-1"));
        } else {
            Instant at = a.receivedAt().toInstant();
            if (at.isBefore(call.opens()) || !at.isBefore(call.lateFrom())) {
                failed.add("CAL-1");
            }
        }
        Challenge c = a.challenge();
        if (c.problem() == null) {
            missing.add(new MissingField("challenge.problem", "CHL-1"));
        } else if (c.problem().isBlank()) {
            failed.add("CHL-1");
        }
        if (c.durationMonths() == null) {
            missing.add(new MissingField("challenge.durationMonths", "CHL-2"));
        } else if (c.durationMonths() > MONTHS) {
            failed.add("CHL-2");
        }
        eigs(a.eigs(), call, failed, missing);

        Host host = a.host();
        if (host == null) {
            missing.add(new MissingField("host", "ADM-1"));
        } else if (host.kind() == null) {
            missing.add(new MissingField("host.kind", "ADM-1"));
        } else if (!HOSTS.contains(host.kind())) {
            failed.add("ADM-1");
        }
        Funding funding = a.funding();
        FundingMode mode = funding == null ? null : funding.mode();
        boolean coFinanced = mode == FundingMode.CO_FINANCED;
        boolean maybeCoFinanced = mode != FundingMode.SELF_FUNDED;
        if (maybeCoFinanced && host == null) {
            missing.add(new MissingField("host", "FIN-7"));
        }
        if (maybeCoFinanced && host != null && host.kind() == null) {
            missing.add(new MissingField("host.kind", "FIN-7"));
        }
        if (maybeCoFinanced && host != null && a.fundingCarrier() != null && a.fundingCarrier().kind() == null
                && (host.kind() == null || PROGRAMME_HOLDERS.contains(host.kind())
                || THROUGH_MINISTRY.contains(host.kind()) || THROUGH_AGREEMENT.contains(host.kind()))) {
            missing.add(new MissingField("fundingCarrier.kind", "FIN-7"));
        }
        mentors(a.mentors(), failed, missing);
        team(a.team(), failed, missing);
        commitments(a.commitments(), failed, missing);
        documents(a.documents(), failed, missing);

        if (mode == FundingMode.SELF_FUNDED) {
            notes.add("FIN-5");
        }
        String recipient = coFinanced ? recipient(a, call, notes, missing) : null;
        boolean refused = coFinanced && recipient == null
                && notes.stream().anyMatch(n -> List.of("FIN-7", "FIN-8", "FIN-9", "FIN-12").contains(n));
        String amountClause = call.amountClause();
        if (funding == null) {
            missing.add(new MissingField("funding", amountClause));
            missing.add(new MissingField("funding", "FIN-4"));
        } else {
            if (mode == null) {
                missing.add(new MissingField("funding.mode", amountClause));
            }
            if (call.bands()) {
                bandCosts(a, call, coFinanced && !refused, missing, implausible);
            } else {
                if (funding.totalEmployerCost() == null) {
                    if (maybeCoFinanced && !refused) {
                        missing.add(new MissingField("funding.totalEmployerCost", "FIN-10"));
                    }
                    missing.add(new MissingField("funding.totalEmployerCost", "FIN-4"));
                }
                if (coFinanced && funding.requestedAmount() == null && !refused) {
                    missing.add(new MissingField("funding.requestedAmount", "FIN-10"));
                }
                int eigs = a.eigs() == null ? 0 : a.eigs().size();
                if (eigs > 0 && funding.totalEmployerCost() != null && funding.totalEmployerCost()
                        .compareTo(call.netMonthly().multiply(BigDecimal.valueOf((long) MONTHS * eigs))) < 0) {
                    implausible.add(new MissingField("funding.totalEmployerCost", "FIN-4"));
                }
            }
        }
        if (a.eigs() == null && !call.bands()) {
            missing.add(new MissingField("eigs", "FIN-4"));
        }

        List<MissingField> missingSorted = HandWrittenPolicy.sorted(missing);
        List<MissingField> implausibleSorted = HandWrittenPolicy.sorted(implausible);
        Verdict verdict = !failed.isEmpty() ? Verdict.INELIGIBLE
                : !missingSorted.isEmpty() || !implausibleSorted.isEmpty() ? Verdict.INCOMPLETE : Verdict.ELIGIBLE;
        if (maybeCoFinanced && verdict != Verdict.ELIGIBLE) {
            notes.add(0, verdict == Verdict.INELIGIBLE ? failed.iterator().next()
                    : !missingSorted.isEmpty() ? missingSorted.get(0).clause() : implausibleSorted.get(0).clause());
        }
        CoFinancing coFinancing = call.bands() ? bandMoney(a, call, verdict, recipient, notes)
                : monthsMoney(a, call, verdict, recipient, notes);
        List<Reason> reasons = failed.stream().map(f -> new Reason(f, new LocalizedText(f, f), "")).toList();
        List<ImplausibleValue> implausibleValues = implausibleSorted.stream()
                .map(m -> new ImplausibleValue(m.field(), m.clause(), null, new LocalizedText(m.clause(), m.clause())))
                .toList();
        return new Decision(a.id(), c.name(), a.promotion(), verdict, reasons, missingSorted, implausibleValues,
                coFinancing, priorities(a, call), List.of(), Map.of());
    }

    private static void eigs(List<Eig> eigs, Call call, Set<String> failed, Set<MissingField> missing) {
        if (eigs == null) {
            missing.add(new MissingField("eigs", "CHL-3"));
            missing.add(new MissingField("eigs", "CHL-4"));
            return;
        }
        if (eigs.size() < MIN_EIGS || eigs.size() > MAX_EIGS) {
            failed.add("CHL-3");
        }
        if (eigs.stream().anyMatch(e -> e.profile() != null && !call.profiles().contains(e.profile()))) {
            failed.add("CHL-4");
            return;
        }
        for (int i = 0; i < eigs.size(); i++) {
            if (eigs.get(i).profile() == null) {
                missing.add(new MissingField("eigs[" + i + "].profile", "CHL-4"));
            }
        }
    }

    /** CHL-5 asks for an operational mentor (P5: project owner) and a high-level one; COM-3 for the latter's position. */
    private static void mentors(Mentors m, Set<String> failed, Set<MissingField> missing) {
        if (m == null) {
            missing.add(new MissingField("mentors", "CHL-5"));
            missing.add(new MissingField("mentors", "COM-3"));
            return;
        }
        if (m.operational() == null) {
            missing.add(new MissingField("mentors.operational", "CHL-5"));
        }
        HighLevelMentor highLevel = m.highLevel();
        if (highLevel == null) {
            missing.add(new MissingField("mentors.highLevel", "CHL-5"));
            missing.add(new MissingField("mentors.highLevel", "COM-3"));
        } else if (highLevel.position() == null) {
            missing.add(new MissingField("mentors.highLevel.position", "COM-3"));
        } else if (highLevel.position().isBlank()) {
            failed.add("COM-3");
        }
    }

    private static void team(List<TeamMember> team, Set<String> failed, Set<MissingField> missing) {
        if (team == null) {
            missing.add(new MissingField("team", "CHL-6"));
            return;
        }
        Set<String> roles = new HashSet<>();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < team.size(); i++) {
            if (team.get(i).role() == null) {
                unknown.add(i);
            } else {
                roles.add(HandWrittenPolicy.normal(team.get(i).role()));
            }
        }
        if (team.size() < MIN_TEAM || roles.size() + unknown.size() < MIN_ROLES) {
            failed.add("CHL-6");
        } else if (roles.size() < MIN_ROLES) {
            unknown.forEach(i -> missing.add(new MissingField("team[" + i + "].role", "CHL-6")));
        }
    }

    private static void commitments(Commitments c, Set<String> failed, Set<MissingField> missing) {
        if (c == null) {
            for (String clause : List.of("COM-1", "COM-2", "COM-4", "COM-5", "COM-6", "COM-7")) {
                missing.add(new MissingField("commitments", clause));
            }
            return;
        }
        HandWrittenPolicy.answer(c.dataAccess(), "commitments.dataAccess", "COM-1", failed, missing);
        HandWrittenPolicy.answer(c.technicalEnvironment(), "commitments.technicalEnvironment", "COM-2", failed, missing);
        if (Boolean.FALSE.equals(c.offSiteWork()) || Boolean.FALSE.equals(c.supportProgramme())) {
            failed.add("COM-4");
        } else {
            HandWrittenPolicy.answer(c.offSiteWork(), "commitments.offSiteWork", "COM-4", failed, missing);
            HandWrittenPolicy.answer(c.supportProgramme(), "commitments.supportProgramme", "COM-4", failed, missing);
        }
        HandWrittenPolicy.answer(c.openSourceAndOpenData(), "commitments.openSourceAndOpenData", "COM-5", failed, missing);
        if (c.continuationPlan() == null) {
            missing.add(new MissingField("commitments.continuationPlan", "COM-6"));
        } else if (c.continuationPlan().isBlank()) {
            failed.add("COM-6");
        }
        HandWrittenPolicy.answer(c.accessibility(), "commitments.accessibility", "COM-7", failed, missing);
    }

    private static void documents(Documents d, Set<String> failed, Set<MissingField> missing) {
        if (d == null) {
            missing.add(new MissingField("documents", "DOC-1"));
            return;
        }
        if (d.pitchSlides() != null && d.pitchSlides() > MAX_SLIDES) {
            failed.add("DOC-1");
            return;
        }
        if (!Boolean.TRUE.equals(d.detailedForm())) {
            missing.add(new MissingField("documents.detailedForm", "DOC-1"));
        }
        if (d.pitchSlides() == null || d.pitchSlides() == 0) {
            missing.add(new MissingField("documents.pitchSlides", "DOC-1"));
        }
        if (!Boolean.TRUE.equals(d.financialSimulation())) {
            missing.add(new MissingField("documents.financialSimulation", "DOC-1"));
        }
    }

    /**
     * Who receives programme 352's money when co-financing is requested (FIN-7 … FIN-9, FIN-12):
     * the body's name, or null with a note saying why not, or null with the budget programme listed
     * as missing when it alone would decide. A named funding carrier is the body paid, so only its
     * own belonging to the economic and financial ministries counts then (FIN-12): they are paid
     * without a payroll programme of their own (promotion 5 by delegation of management; promotion
     * 4 by a route its texts do not state).
     */
    private static String recipient(Application a, Call call, List<String> notes, Set<MissingField> missing) {
        Host host = a.host();
        FundingCarrier carrier = a.fundingCarrier();
        boolean hostEfm = host != null && Boolean.TRUE.equals(host.economicAndFinancialMinistries());
        boolean carrierEfm = carrier != null && Boolean.TRUE.equals(carrier.economicAndFinancialMinistries());
        if (host == null || host.kind() == null) {
            return null;
        }
        BodyKind kind = host.kind();
        String clause;
        Set<BodyKind> carriers;
        if (PROGRAMME_HOLDERS.contains(kind)) {
            if (carrier == null) {
                if (hostEfm) {
                    return delegated(host.name(), notes);
                }
                if (host.payrollBudgetProgramme() != null) {
                    return host.name();
                }
                missing.add(new MissingField("host.payrollBudgetProgramme", "FIN-7"));
                return null;
            }
            clause = "FIN-7";
            carriers = PROGRAMME_HOLDERS;
        } else if (THROUGH_MINISTRY.contains(kind)) {
            clause = "FIN-8";
            carriers = MINISTRIES;
        } else if (THROUGH_AGREEMENT.contains(kind)) {
            clause = "FIN-9";
            carriers = PROGRAMME_HOLDERS;
        } else {
            return null; // not a host the call accepts: ADM-1 fails
        }
        if (carrier == null) {
            notes.add(clause);
            return null;
        }
        if (carrier.kind() == null) {
            return null; // listed as missing
        }
        if (!carriers.contains(carrier.kind())) {
            notes.add(clause);
            return null;
        }
        if (carrierEfm) {
            return delegated(carrier.name(), notes);
        }
        if (carrier.payrollBudgetProgramme() == null) {
            // The test is the payroll programme (FIN-7), whichever route leads to the carrier.
            missing.add(new MissingField("fundingCarrier.payrollBudgetProgramme", "FIN-7"));
            return null;
        }
        return carrier.name();
    }

    /**
     * FIN-12: the economic and financial ministries are paid like any other host, the note saying
     * how: by delegation of management in promotion 5, by a route the texts do not state in
     * promotion 4.
     */
    private static String delegated(String body, List<String> notes) {
        notes.add("FIN-12");
        return body;
    }

    /** FIN-10: 4 of 10 months of the file's total, capped at the amount requested. */
    private static CoFinancing monthsMoney(Application a, Call call, Verdict verdict, String recipient,
                                           List<String> notes) {
        Funding funding = a.funding();
        FundingMode mode = funding == null ? null : funding.mode();
        BigDecimal total = funding == null || funding.totalEmployerCost() == null ? null
                : funding.totalEmployerCost().setScale(2, RoundingMode.UNNECESSARY);
        if (recipient != null && verdict == Verdict.ELIGIBLE && total != null && funding.requestedAmount() != null) {
            BigDecimal share = months(total, call);
            BigDecimal requested = funding.requestedAmount().setScale(2, RoundingMode.UNNECESSARY);
            if (requested.signum() == 0) {
                notes.add(0, "FIN-10"); // nothing requested, nothing granted
            } else {
                BigDecimal grant = requested.min(share);
                if (requested.compareTo(share) > 0) {
                    notes.add("FIN-10");
                }
                return new CoFinancing(mode, FUNDER, true, recipient, call.rate(), grant, total.subtract(grant),
                        HandWrittenPolicy.noteList(notes));
            }
        }
        return new CoFinancing(mode, FUNDER, false, null, call.rate(), total == null ? null : zero(), total,
                HandWrittenPolicy.noteList(notes));
    }

    /** FIN-4 (P5, by band) and which band costs FIN-11 needs. */
    private static void bandCosts(Application a, Call call, boolean computing, Set<MissingField> missing,
                                  Set<MissingField> implausible) {
        Funding f = a.funding();
        check(f.employerCostUpTo5Years(), "funding.employerCostUpTo5Years", call.netMonthlyUpTo5(),
                computing && mayBeIn(a, ExperienceBand.UP_TO_5_YEARS), missing, implausible);
        check(f.employerCostOver5Years(), "funding.employerCostOver5Years", call.netMonthlyOver5(),
                computing && mayBeIn(a, ExperienceBand.OVER_5_YEARS), missing, implausible);
    }

    private static void check(BigDecimal cost, String field, BigDecimal netMonthly, boolean neededForTheGrant,
                              Set<MissingField> missing, Set<MissingField> implausible) {
        if (cost == null) {
            if (neededForTheGrant) {
                missing.add(new MissingField(field, "FIN-11"));
            }
            missing.add(new MissingField(field, "FIN-4"));
        } else if (cost.compareTo(netMonthly.multiply(BigDecimal.valueOf(MONTHS))) < 0) {
            implausible.add(new MissingField(field, "FIN-4"));
        }
    }

    private static boolean mayBeIn(Application a, ExperienceBand band) {
        return a.eigs() != null && a.eigs().stream().anyMatch(e -> e.experienceBand() == null || e.experienceBand() == band);
    }

    /** FIN-11: 3 of 10 months of each EIG's band cost, exact when every band is known, else a range. */
    private static CoFinancing bandMoney(Application a, Call call, Verdict verdict, String recipient, List<String> notes) {
        Funding funding = a.funding();
        FundingMode mode = funding == null ? null : funding.mode();
        BigDecimal[] low = funding == null ? null : costs(a, call, true);
        BigDecimal[] high = funding == null ? null : costs(a, call, false);
        List<org.eigrules.decision.Note> noteList = HandWrittenPolicy.noteList(notes);
        if (low == null || high == null) {
            return new CoFinancing(mode, FUNDER, false, null, call.rate(), null, null, noteList);
        }
        boolean exact = low[0].compareTo(high[0]) == 0 && low[1].compareTo(high[1]) == 0;
        if (recipient != null && verdict == Verdict.ELIGIBLE) {
            if (exact) {
                return new CoFinancing(mode, FUNDER, true, recipient, call.rate(), low[1], low[0].subtract(low[1]),
                        noteList);
            }
            List<String> withRange = new ArrayList<>(notes);
            withRange.add("FIN-11"); // the money is a range until the bands are known
            return new CoFinancing(mode, FUNDER, true, recipient, call.rate(), null, null,
                    HandWrittenPolicy.noteList(withRange),
                    new AmountRange(low[1], high[1]), new AmountRange(low[0].subtract(low[1]), high[0].subtract(high[1])));
        }
        if (exact) {
            return new CoFinancing(mode, FUNDER, false, null, call.rate(), zero(), low[0], noteList);
        }
        return new CoFinancing(mode, FUNDER, false, null, call.rate(), zero(), null, noteList, null,
                new AmountRange(low[0], high[0]));
    }

    /**
     * The total employer cost and the grant, {total, grant}, every EIG whose band is not stated
     * counted in the cheaper band ({@code cheaper}) or the dearer one; null when a cost it needs is
     * not given, or no EIG is listed.
     */
    private static BigDecimal[] costs(Application a, Call call, boolean cheaper) {
        Funding f = a.funding();
        if (a.eigs() == null || a.eigs().isEmpty()) {
            return null;
        }
        BigDecimal up = f.employerCostUpTo5Years();
        BigDecimal over = f.employerCostOver5Years();
        BigDecimal total = zero();
        BigDecimal grant = zero();
        for (Eig eig : a.eigs()) {
            BigDecimal cost;
            if (eig.experienceBand() == ExperienceBand.UP_TO_5_YEARS) {
                cost = up;
            } else if (eig.experienceBand() == ExperienceBand.OVER_5_YEARS) {
                cost = over;
            } else if (up == null || over == null) {
                cost = null;
            } else {
                boolean upIsCheaper = up.compareTo(over) <= 0;
                cost = cheaper == upIsCheaper ? up : over;
            }
            if (cost == null) {
                return null;
            }
            total = total.add(cost);
            grant = grant.add(months(cost, call));
        }
        return new BigDecimal[]{total.setScale(2, RoundingMode.UNNECESSARY), grant};
    }

    private static BigDecimal months(BigDecimal amount, Call call) {
        return amount.multiply(BigDecimal.valueOf(call.grantMonths()))
                .divide(BigDecimal.valueOf(MONTHS), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return new BigDecimal("0.00");
    }

    /** PRI-4 without partners; PRI-5 (P4) TECH.GOUV; PRI-6 (P5) digital law; PRI-7 (P5) outside the Paris region. */
    private static List<String> priorities(Application a, Call call) {
        List<String> met = new ArrayList<>();
        Challenge c = a.challenge();
        boolean complementary = a.eigs() != null
                && a.eigs().stream().map(Eig::profile).filter(Objects::nonNull).distinct().count() > 1;
        boolean described = a.team() != null && !a.team().isEmpty()
                && a.team().stream().allMatch(m -> m.role() != null && m.involvementPercent() != null);
        boolean datasets = c.datasetsToOpen() != null && !c.datasetsToOpen().isEmpty();
        if (complementary || described || datasets) {
            met.add("PRI-4");
        }
        if (call.promotion() == 4 && Boolean.TRUE.equals(c.techGouvStakes())) {
            met.add("PRI-5");
        }
        if (call.promotion() == 5) {
            boolean digitalLaw = Boolean.TRUE.equals(c.digitalLawStakes()) || a.eigs() != null
                    && a.eigs().stream().anyMatch(e -> e.profile() == Profile.DIGITAL_LAW);
            if (digitalLaw) {
                met.add("PRI-6");
            }
            if (a.host() != null && Boolean.FALSE.equals(a.host().parisRegion())) {
                met.add("PRI-7");
            }
        }
        return met;
    }
}
