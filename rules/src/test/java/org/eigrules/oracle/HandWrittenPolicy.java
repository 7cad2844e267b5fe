package org.eigrules.oracle;

import org.eigrules.decision.Clauses;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
import org.eigrules.decision.LocalizedText;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.eigrules.model.BodyKind;
import org.eigrules.model.Challenge;
import org.eigrules.model.Commitments;
import org.eigrules.model.Documents;
import org.eigrules.model.Eig;
import org.eigrules.model.Funding;
import org.eigrules.model.FundingCarrier;
import org.eigrules.model.FundingMode;
import org.eigrules.model.HighLevelMentor;
import org.eigrules.model.Host;
import org.eigrules.model.Mentors;
import org.eigrules.model.OperationalMentor;
import org.eigrules.model.Profile;
import org.eigrules.model.TeamMember;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * The promotion 3 call for projects written again in plain Java, from POLICY.md and the readings
 * docs/readings.fr.md lists, without looking at the rule files or the parameter files: an independent
 * oracle for the Drools rules, and the hand-written baseline for performance comparisons.
 * {@link #decide} also answers promotions 4 and 5, through {@link LaterCalls}.
 *
 * <p>Every clause is three-valued, as the policy's "Three-valued clauses" says: it fails as soon
 * as the facts given make it fail, and a field is missing only when its absence leaves its clause
 * undecided. Independent administrative authorities need a ministry carrier (FIN-2); every
 * technical, data or design profile is recruited (CHL-4); an implausible cost is listed as
 * implausible (FIN-4), not missing.
 *
 * <p>It holds its own copy of promotion 3's values on purpose: a test oracle that read
 * {@code p3.yaml} would agree with a wrong value in it. Messages are not reproduced (each reason's
 * and note's message is its clause id) and no rule names are recorded.
 */
public final class HandWrittenPolicy {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant OPENS = LocalDateTime.of(2018, 5, 4, 0, 0).atZone(PARIS).toInstant();
    static final Instant CLOSES = LocalDateTime.of(2018, 6, 15, 17, 0).atZone(PARIS).toInstant();
    static final int MONTHS = 10;
    static final int MIN_EIGS = 2;
    static final int MAX_EIGS = 3;
    static final Set<Profile> PROFILES = EnumSet.of(Profile.DEVELOPMENT, Profile.DESIGN, Profile.DATA_SCIENCE,
            Profile.GEOMATICS, Profile.STATISTICS, Profile.DATA_ENGINEERING);
    static final Set<BodyKind> HOSTS = EnumSet.of(MINISTRY, CENTRAL_ADMINISTRATION, STATE_OPERATOR,
            DEVOLVED_STATE_SERVICE, INDEPENDENT_AUTHORITY, TERRITORIAL_AUTHORITY, HEALTH_ESTABLISHMENT);
    static final int MIN_TEAM = 2;
    static final int MIN_ROLES = 2;
    static final int MAX_SLIDES = 12;
    static final BigDecimal NET_MONTHLY = new BigDecimal("4000.00");
    static final BigDecimal RATE = new BigDecimal("0.70");
    static final Set<BodyKind> DIRECT = EnumSet.of(MINISTRY, CENTRAL_ADMINISTRATION);
    static final Set<BodyKind> THROUGH_CARRIER = EnumSet.of(STATE_OPERATOR, DEVOLVED_STATE_SERVICE);
    static final Set<BodyKind> THROUGH_AGREEMENT = EnumSet.of(TERRITORIAL_AUTHORITY, HEALTH_ESTABLISHMENT,
            INDEPENDENT_AUTHORITY);
    static final Set<BodyKind> CARRIERS = EnumSet.of(MINISTRY, CENTRAL_ADMINISTRATION);
    static final Set<BodyKind> AGREEMENT_CARRIERS = EnumSet.of(MINISTRY);

    private HandWrittenPolicy() {
    }

    /** The decision the policy of the application's promotion (3, 4 or 5) gives a well-formed application. */
    public static Decision decide(Application a) {
        return switch (a.promotion()) {
            case 3 -> decideP3(a);
            case 4 -> LaterCalls.decide(a, LaterCalls.P4);
            case 5 -> LaterCalls.decide(a, LaterCalls.P5);
            default -> throw new IllegalArgumentException("the hand-written policy knows promotions 3, 4 and 5, not "
                    + a.promotion());
        };
    }

    /** The decision promotion 3's policy gives a well-formed application. */
    static Decision decideP3(Application a) {
        Set<String> failed = new TreeSet<>(Clauses.ORDER);
        Set<MissingField> missing = new LinkedHashSet<>();
        Set<MissingField> implausible = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();

        if (a.receivedAt() == null) {
            missing.add(new MissingField("receivedAt", "CAL-1"));
        } else {
            Instant at = a.receivedAt().toInstant();
            if (at.isBefore(OPENS) || at.isAfter(CLOSES)) {
                failed.add("CAL-1");
            }
        }
        challenge(a.challenge(), failed, missing);
        eigs(a.eigs(), failed, missing);
        Host host = a.host();
        if (host == null) {
            missing.add(new MissingField("host", "ADM-1"));
        } else if (host.kind() == null) {
            missing.add(new MissingField("host.kind", "ADM-1"));
        } else if (!HOSTS.contains(host.kind())) {
            failed.add("ADM-1");
        }
        boolean coFinanced = a.funding() != null && (a.funding().mode() == FundingMode.CO_FINANCED
                || a.funding().mode() == FundingMode.PIA);
        // Who receives the money stays open while the host is unknown, unless the défi pays for itself.
        boolean maybeCoFinanced = a.funding() == null || a.funding().mode() != FundingMode.SELF_FUNDED;
        if (maybeCoFinanced && host == null) {
            missing.add(new MissingField("host", "FIN-1"));
        }
        if (maybeCoFinanced && host != null && host.kind() == null) {
            missing.add(new MissingField("host.kind", "FIN-1"));
        }
        if (maybeCoFinanced && host != null && a.fundingCarrier() != null && a.fundingCarrier().kind() == null) {
            if (host.kind() == null || DIRECT.contains(host.kind()) || THROUGH_CARRIER.contains(host.kind())
                    || THROUGH_AGREEMENT.contains(host.kind())) {
                missing.add(new MissingField("fundingCarrier.kind", "FIN-1"));
            }
        }
        mentors(a.mentors(), failed, missing);
        team(a.team(), failed, missing);
        commitments(a.commitments(), failed, missing);
        documents(a.documents(), failed, missing);
        Funding funding = a.funding();
        String recipient = recipient(a, notes);
        boolean refused = coFinanced && recipient == null && (notes.contains("FIN-1") || notes.contains("FIN-2"));
        if (funding == null) {
            missing.add(new MissingField("funding", "FIN-3"));
            missing.add(new MissingField("funding", "FIN-4"));
        } else {
            if (funding.mode() == null) {
                missing.add(new MissingField("funding.mode", "FIN-3"));
            }
            if (funding.totalEmployerCost() == null) {
                if (funding.mode() != FundingMode.SELF_FUNDED && !refused) {
                    missing.add(new MissingField("funding.totalEmployerCost", "FIN-3"));
                }
                missing.add(new MissingField("funding.totalEmployerCost", "FIN-4"));
            }
            if (coFinanced && funding.requested() == null && !refused) {
                // Answered in the file's own names: promotion 3's when it says PIA.
                missing.add(new MissingField(funding.mode() == FundingMode.PIA || funding.requestedPiaAmount() != null
                        ? "funding.requestedPiaAmount" : "funding.requestedAmount", "FIN-3"));
            }
            int eigs = a.eigs() == null ? 0 : a.eigs().size();
            if (eigs > 0 && funding.totalEmployerCost() != null && funding.totalEmployerCost()
                    .compareTo(NET_MONTHLY.multiply(BigDecimal.valueOf((long) MONTHS * eigs))) < 0) {
                implausible.add(new MissingField("funding.totalEmployerCost", "FIN-4"));
            }
        }
        if (a.eigs() == null) {
            missing.add(new MissingField("eigs", "FIN-4"));
        }

        List<MissingField> missingSorted = sorted(missing);
        List<MissingField> implausibleSorted = sorted(implausible);
        Verdict verdict = !failed.isEmpty() ? Verdict.INELIGIBLE
                : !missingSorted.isEmpty() || !implausibleSorted.isEmpty() ? Verdict.INCOMPLETE : Verdict.ELIGIBLE;

        CoFinancing coFinancing = coFinancing(a, verdict, failed, missingSorted, implausibleSorted, recipient, notes);
        List<Reason> reasons = failed.stream().map(c -> new Reason(c, new LocalizedText(c, c), "")).toList();
        List<ImplausibleValue> implausibleValues = implausibleSorted.stream()
                .map(m -> new ImplausibleValue(m.field(), m.clause(), null, new LocalizedText(m.clause(), m.clause())))
                .toList();
        return new Decision(a.id(), a.challenge().name(), a.promotion(), verdict, reasons, missingSorted,
                implausibleValues, coFinancing, priorities(a), List.of(), java.util.Map.of());
    }

    static List<MissingField> sorted(Set<MissingField> fields) {
        List<MissingField> out = new ArrayList<>(fields);
        out.sort(Comparator.comparing(MissingField::field).thenComparing(MissingField::clause, Clauses.ORDER));
        return out;
    }

    private static void challenge(Challenge c, Set<String> failed, Set<MissingField> missing) {
        // CHL-1 = a stated problem AND (not purely technical OR affects agents or users).
        Boolean problemStated = c.problem() == null ? null : !c.problem().isBlank();
        Boolean notPurelyTechnical = c.purelyTechnical() == null ? null : !c.purelyTechnical();
        Boolean impacts = c.impactsAgentsOrUsers();
        Boolean useful = Boolean.TRUE.equals(notPurelyTechnical) || Boolean.TRUE.equals(impacts) ? Boolean.TRUE
                : Boolean.FALSE.equals(notPurelyTechnical) && Boolean.FALSE.equals(impacts) ? Boolean.FALSE : null;
        if (Boolean.FALSE.equals(problemStated) || Boolean.FALSE.equals(useful)) {
            failed.add("CHL-1");
        } else {
            if (problemStated == null) {
                missing.add(new MissingField("challenge.problem", "CHL-1"));
            }
            if (useful == null) {
                if (notPurelyTechnical == null) {
                    missing.add(new MissingField("challenge.purelyTechnical", "CHL-1"));
                }
                if (impacts == null) {
                    missing.add(new MissingField("challenge.impactsAgentsOrUsers", "CHL-1"));
                }
            }
        }
        if (c.durationMonths() == null) {
            missing.add(new MissingField("challenge.durationMonths", "CHL-2"));
        } else if (c.durationMonths() > MONTHS) {
            failed.add("CHL-2");
        }
    }

    private static void eigs(List<Eig> eigs, Set<String> failed, Set<MissingField> missing) {
        if (eigs == null) {
            missing.add(new MissingField("eigs", "CHL-3"));
            missing.add(new MissingField("eigs", "CHL-4"));
            return;
        }
        if (eigs.size() < MIN_EIGS || eigs.size() > MAX_EIGS) {
            failed.add("CHL-3");
        }
        boolean outside = eigs.stream().anyMatch(e -> e.profile() != null && !PROFILES.contains(e.profile()));
        if (outside) {
            failed.add("CHL-4");
            return;
        }
        for (int i = 0; i < eigs.size(); i++) {
            if (eigs.get(i).profile() == null) {
                missing.add(new MissingField("eigs[" + i + "].profile", "CHL-4"));
            }
        }
    }

    private static void mentors(Mentors m, Set<String> failed, Set<MissingField> missing) {
        if (m == null) {
            missing.add(new MissingField("mentors", "CHL-5"));
            missing.add(new MissingField("mentors", "COM-3"));
            return;
        }
        OperationalMentor operational = m.operational();
        HighLevelMentor highLevel = m.highLevel();
        if (operational == null) {
            missing.add(new MissingField("mentors.operational", "CHL-5"));
        }
        if (highLevel == null) {
            missing.add(new MissingField("mentors.highLevel", "CHL-5"));
            missing.add(new MissingField("mentors.highLevel", "COM-3"));
        } else {
            if (highLevel.position() == null) {
                missing.add(new MissingField("mentors.highLevel.position", "COM-3"));
            } else if (highLevel.position().isBlank()) {
                failed.add("COM-3");
            }
        }
        if (operational != null && highLevel != null) {
            if (operational.email() != null && highLevel.email() != null) {
                if (normal(operational.email()).equals(normal(highLevel.email()))) {
                    failed.add("CHL-5");
                }
            } else if (operational.name() != null && highLevel.name() != null) {
                if (normal(operational.name()).equals(normal(highLevel.name()))) {
                    failed.add("CHL-5");
                }
            } else {
                // Neither the e-mails nor the names can be compared: the absent names decide.
                if (operational.name() == null) {
                    missing.add(new MissingField("mentors.operational.name", "CHL-5"));
                }
                if (highLevel.name() == null) {
                    missing.add(new MissingField("mentors.highLevel.name", "CHL-5"));
                }
            }
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
            String role = team.get(i).role();
            if (role == null) {
                unknown.add(i);
            } else {
                roles.add(normal(role));
            }
        }
        // Each member without a role could at best bring one more distinct role.
        if (team.size() < MIN_TEAM || roles.size() + unknown.size() < MIN_ROLES) {
            failed.add("CHL-6");
        } else if (roles.size() < MIN_ROLES) {
            unknown.forEach(i -> missing.add(new MissingField("team[" + i + "].role", "CHL-6")));
        }
    }

    private static void commitments(Commitments c, Set<String> failed, Set<MissingField> missing) {
        if (c == null) {
            for (String clause : List.of("COM-1", "COM-2", "COM-4", "COM-5", "COM-6")) {
                missing.add(new MissingField("commitments", clause));
            }
            return;
        }
        answer(c.dataAccess(), "commitments.dataAccess", "COM-1", failed, missing);
        answer(c.technicalEnvironment(), "commitments.technicalEnvironment", "COM-2", failed, missing);
        if (Boolean.FALSE.equals(c.offSiteWork()) || Boolean.FALSE.equals(c.supportProgramme())) {
            failed.add("COM-4");
        } else {
            answer(c.offSiteWork(), "commitments.offSiteWork", "COM-4", failed, missing);
            answer(c.supportProgramme(), "commitments.supportProgramme", "COM-4", failed, missing);
        }
        answer(c.openSourceAndOpenData(), "commitments.openSourceAndOpenData", "COM-5", failed, missing);
        if (c.continuationPlan() == null) {
            missing.add(new MissingField("commitments.continuationPlan", "COM-6"));
        } else if (c.continuationPlan().isBlank()) {
            failed.add("COM-6");
        }
    }

    static void answer(Boolean value, String field, String clause, Set<String> failed, Set<MissingField> missing) {
        if (value == null) {
            missing.add(new MissingField(field, clause));
        } else if (!value) {
            failed.add(clause);
        }
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
        if (d.detailedForm() == null || !d.detailedForm()) {
            missing.add(new MissingField("documents.detailedForm", "DOC-1"));
        }
        if (d.pitchSlides() == null || d.pitchSlides() == 0) {
            missing.add(new MissingField("documents.pitchSlides", "DOC-1"));
        }
        if (d.financialSimulation() == null || !d.financialSimulation()) {
            missing.add(new MissingField("documents.financialSimulation", "DOC-1"));
        }
    }

    /** Who may receive the PIA money (FIN-1, FIN-2); a refusal or self-funding is noted. */
    private static String recipient(Application a, List<String> notes) {
        Funding funding = a.funding();
        FundingMode mode = funding == null || funding.mode() != FundingMode.PIA ? (funding == null ? null : funding.mode())
                : FundingMode.CO_FINANCED;
        if (mode == FundingMode.SELF_FUNDED) {
            notes.add("FIN-5");
        }
        String recipient = null;
        if (mode == FundingMode.CO_FINANCED && a.host() != null && a.host().kind() != null) {
            BodyKind kind = a.host().kind();
            FundingCarrier carrier = a.fundingCarrier();
            BodyKind carrierKind = carrier == null ? null : carrier.kind();
            if (DIRECT.contains(kind) || THROUGH_CARRIER.contains(kind)) {
                if (carrier == null) {
                    if (DIRECT.contains(kind)) {
                        recipient = a.host().name();
                    } else {
                        notes.add("FIN-1");
                    }
                } else if (carrierKind != null) {
                    if (CARRIERS.contains(carrierKind)) {
                        recipient = carrier.name();
                    } else {
                        notes.add("FIN-1");
                    }
                }
            } else if (THROUGH_AGREEMENT.contains(kind)) {
                if (carrier != null && carrierKind != null && AGREEMENT_CARRIERS.contains(carrierKind)) {
                    recipient = carrier.name();
                } else if (carrier == null || carrierKind != null) {
                    notes.add("FIN-2");
                }
            }
        }
        return recipient;
    }

    private static CoFinancing coFinancing(Application a, Verdict verdict, Set<String> failed,
                                           List<MissingField> missing, List<MissingField> implausible,
                                           String recipient, List<String> notes) {
        Funding funding = a.funding();
        FundingMode mode = funding == null || funding.mode() != FundingMode.PIA ? (funding == null ? null : funding.mode())
                : FundingMode.CO_FINANCED;
        BigDecimal total = funding == null || funding.totalEmployerCost() == null ? null
                : funding.totalEmployerCost().setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal pia = null;
        boolean capped = false;
        if (recipient != null && total != null && funding.requested() != null) {
            BigDecimal share = total.multiply(RATE).setScale(2, RoundingMode.HALF_UP);
            if (funding.requested().compareTo(share) > 0) {
                pia = share;
                capped = true;
            } else {
                pia = funding.requested().setScale(2, RoundingMode.UNNECESSARY);
            }
        }
        if (pia != null && verdict == Verdict.ELIGIBLE && pia.signum() == 0) {
            notes.add(0, "FIN-3"); // nothing requested, nothing granted
        } else if (pia != null && verdict == Verdict.ELIGIBLE) {
            if (capped) {
                notes.add("FIN-3");
            }
            return new CoFinancing(mode, "PIA", true, recipient, RATE, pia, total.subtract(pia), noteList(notes));
        }
        if ((mode == null || mode == FundingMode.CO_FINANCED) && verdict != Verdict.ELIGIBLE) {
            notes.add(0, verdict == Verdict.INELIGIBLE ? failed.iterator().next()
                    : !missing.isEmpty() ? missing.get(0).clause() : implausible.get(0).clause());
        }
        return new CoFinancing(mode, "PIA", false, null, RATE, total == null ? null : new BigDecimal("0.00"),
                total, noteList(notes));
    }

    static List<Note> noteList(List<String> clauses) {
        return clauses.stream().map(c -> new Note(c, new LocalizedText(c, c))).toList();
    }

    private static List<String> priorities(Application a) {
        List<String> met = new ArrayList<>();
        Challenge c = a.challenge();
        if (Boolean.TRUE.equals(c.dataScience())) {
            met.add("PRI-1");
        }
        if (Boolean.TRUE.equals(c.linkedToAp2022())) {
            met.add("PRI-2");
        }
        if (Boolean.TRUE.equals(c.openDataOrDataGovernance())) {
            met.add("PRI-3");
        }
        boolean complementary = a.eigs() != null
                && a.eigs().stream().map(Eig::profile).filter(Objects::nonNull).distinct().count() > 1;
        boolean described = a.team() != null && !a.team().isEmpty()
                && a.team().stream().allMatch(m -> m.role() != null && m.involvementPercent() != null);
        boolean datasets = c.datasetsToOpen() != null && !c.datasetsToOpen().isEmpty();
        boolean partners = c.partners() != null && !c.partners().isEmpty();
        if (complementary || described || datasets || partners) {
            met.add("PRI-4");
        }
        return met;
    }

    static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
