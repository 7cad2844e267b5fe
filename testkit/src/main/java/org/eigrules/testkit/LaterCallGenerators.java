package org.eigrules.testkit;

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
import org.eigrules.model.OperationalMentor;
import org.eigrules.model.Profile;
import org.eigrules.model.TeamMember;
import org.eigrules.promotion.PromotionParameters;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.eigrules.testkit.EigGenerators.amounts;
import static org.eigrules.testkit.EigGenerators.mostly;
import static org.eigrules.testkit.EigGenerators.oneOf;
import static org.eigrules.testkit.EigGenerators.sometimesAbsent;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * QuickTheories generators for promotion 4 and 5 applications: valid files of those promotions,
 * using only their fields — no {@code PIA} mode, no {@code requestedPiaAmount}; a single total and
 * an amount requested in promotion 4, one employer cost per experience band and optional bands in
 * promotion 5; payroll budget programmes, economic and financial ministries and carriers of every
 * kind in both.
 *
 * <ul>
 *   <li>{@link #applications(PromotionParameters)}: well-formed files of every verdict;</li>
 *   <li>{@link #eligibleApplications(PromotionParameters)}: files meeting every clause, with values
 *       at the limits, co-financed (through a valid recipient or not) or self-funded.</li>
 * </ul>
 *
 * Values come from the promotion's {@link PromotionParameters}, as in {@link EigGenerators}.
 */
public final class LaterCallGenerators {

    private LaterCallGenerators() {
    }

    /** A call funded by programme 352 (promotion 4 on): its parameters give the grant's months, not the PIA's rate. */
    static boolean laterCall(PromotionParameters p) {
        return p.grantMonths() != null;
    }

    private static void requireLaterCall(PromotionParameters p) {
        if (!laterCall(p)) {
            throw new IllegalArgumentException("these generators make files of calls funded by programme 352 "
                    + "(funding.grantMonths), not promotion " + p.promotion() + " ones: use EigGenerators");
        }
    }

    /** Whether the promotion's files use a field only some promotions use (the field table says which). */
    static boolean uses(PromotionParameters p, String path) {
        org.eigrules.ruleset.FieldTable.Field field = org.eigrules.ruleset.FieldTable.builtIn().field(path);
        return field == null || field.promotions() == null || field.promotions().contains(p.promotion());
    }

    /** Promotion 5's two salary bands (and any later promotion that keeps them). */
    static boolean bands(PromotionParameters p) {
        return p.netMonthlySalaryUpTo5Years() != null;
    }

    // --- the new fields --------------------------------------------------------------------

    /** A payroll (titre 2) budget programme: three digits. */
    public static Gen<String> budgetProgrammes() {
        return integers().between(100, 999).map((Integer n) -> String.valueOf(n)).mix(oneOf("129", "166", "218", "352"), 50);
    }

    public static Gen<ExperienceBand> experienceBands() {
        return arbitrary().enumValues(ExperienceBand.class);
    }

    /** A host of any kind, with or without a programme, sometimes of the economic and financial ministries. */
    public static Gen<Host> hosts(PromotionParameters p) {
        requireLaterCall(p);
        return in -> new Host(oneOf("Ministère A", "Région B", "Agence C", "Autorité D").generate(in),
                sometimesAbsent(EigGenerators.bodyKinds(), 40).generate(in), null,
                sometimesAbsent(budgetProgrammes(), 3).generate(in),
                sometimesAbsent(mostly(10), 2).generate(in),
                bands(p) ? sometimesAbsent(booleans().all(), 3).generate(in) : null);
    }

    /** A funding carrier of any kind, most often one that may hold a programme. */
    public static Gen<FundingCarrier> fundingCarriers() {
        return in -> new FundingCarrier("Porteur administratif", sometimesAbsent(EigGenerators.bodyKinds()
                .mix(oneOf(BodyKind.MINISTRY, BodyKind.CENTRAL_ADMINISTRATION, BodyKind.INDEPENDENT_AUTHORITY), 60), 40)
                .generate(in), sometimesAbsent(budgetProgrammes(), 4).generate(in),
                sometimesAbsent(mostly(10), 2).generate(in));
    }

    public static Gen<Eig> eigs(PromotionParameters p) {
        requireLaterCall(p);
        return in -> new Eig(sometimesAbsent(EigGenerators.profiles(), 40).generate(in), "mission",
                bands(p) ? sometimesAbsent(experienceBands(), 3).generate(in) : null);
    }

    public static Gen<Challenge> challenges(PromotionParameters p) {
        requireLaterCall(p);
        Gen<String> problems = oneOf("Agents re-type the same data.", "Users wait weeks for an answer.", " ", "");
        Gen<List<String>> names = lists().of(oneOf("dataset A", "dataset B")).ofSizeBetween(0, 2);
        return in -> new Challenge("Projet " + integers().between(1, 999).generate(in),
                sometimesAbsent(problems, 20).generate(in),
                // Promotion 3's CHL-1 questions, which promotions 4 and 5 no longer ask: given or not.
                sometimesAbsent(mostly(30), 2).generate(in), sometimesAbsent(mostly(50), 2).generate(in),
                sometimesAbsent(integers().between(1, 14), 30).generate(in),
                null, null, null, names.generate(in), List.of(),
                uses(p, "challenge.techGouvStakes") ? sometimesAbsent(booleans().all(), 2).generate(in) : null,
                uses(p, "challenge.digitalLawStakes") ? sometimesAbsent(booleans().all(), 2).generate(in) : null);
    }

    public static Gen<Mentors> mentors() {
        Gen<OperationalMentor> operational = in -> new OperationalMentor(oneOf("Claude Moreau", "Sacha Durand")
                .generate(in), sometimesAbsent(oneOf("claude@example.org", "sacha@example.org"), 3).generate(in));
        Gen<HighLevelMentor> highLevel = in -> new HighLevelMentor(sometimesAbsent(oneOf("Maxime Lefebvre",
                "Claude Moreau"), 10).generate(in), sometimesAbsent(oneOf("maxime@example.org", "claude@example.org"), 3)
                .generate(in), sometimesAbsent(oneOf("Directrice", "Secrétaire général", " "), 30).generate(in));
        return in -> new Mentors(sometimesAbsent(operational, 30).generate(in), sometimesAbsent(highLevel, 30).generate(in),
                sometimesAbsent(operational, 2).generate(in));
    }

    public static Gen<Commitments> commitments() {
        Gen<Boolean> answer = sometimesAbsent(mostly(95), 60);
        return in -> new Commitments(answer.generate(in), answer.generate(in), answer.generate(in),
                answer.generate(in), answer.generate(in),
                sometimesAbsent(oneOf("A continuation plan.", "A continuation plan.", " "), 60).generate(in),
                answer.generate(in));
    }

    /**
     * Funding in the promotion's own names: promotion 4 a total near the salary floor and an amount
     * requested around the programme's share; promotion 5 one employer cost per band, around each
     * band's floor, sometimes equal, sometimes the upper band the cheaper.
     */
    public static Gen<Funding> funding(PromotionParameters p) {
        requireLaterCall(p);
        return in -> {
            FundingMode mode = sometimesAbsent(oneOf(FundingMode.CO_FINANCED, FundingMode.SELF_FUNDED), 30).generate(in);
            if (bands(p)) {
                return bandCosts(p, mode, in, false);
            }
            BigDecimal total = sometimesAbsent(amounts(5_000_000L, 20_000_000L), 30).generate(in);
            BigDecimal requested = mode == FundingMode.SELF_FUNDED ? null
                    : sometimesAbsent(requestedAmounts(total == null ? new BigDecimal("100000.00") : total, p), 20)
                    .generate(in);
            return new Funding(mode, total, requested);
        };
    }

    private static Funding bandCosts(PromotionParameters p, FundingMode mode, RandomnessSource in, boolean plausible) {
        BigDecimal upFloor = p.leastPlausibleEmployerCostIn(ExperienceBand.UP_TO_5_YEARS);
        BigDecimal overFloor = p.leastPlausibleEmployerCostIn(ExperienceBand.OVER_5_YEARS);
        Gen<BigDecimal> up = costsAround(upFloor, plausible);
        Gen<BigDecimal> over = costsAround(overFloor, plausible);
        BigDecimal upCost = plausible ? up.generate(in) : sometimesAbsent(up, 15).generate(in);
        BigDecimal overCost;
        int shape = integers().between(1, 10).generate(in);
        if (shape == 1 && upCost != null && upCost.compareTo(overFloor) >= 0) {
            overCost = upCost; // both bands cost the same: the grant is exact
        } else if (shape == 2 && upCost != null) {
            overCost = upCost.max(overFloor).add(BigDecimal.valueOf(longs().between(0, 500_000).generate(in), 2));
            BigDecimal swap = upCost.max(overFloor);
            upCost = overCost; // the file's upper salary costs less than its lower one
            overCost = swap;
        } else {
            overCost = plausible ? over.generate(in) : sometimesAbsent(over, 15).generate(in);
        }
        return new Funding(mode, null, null, null, upCost, overCost);
    }

    /** A cost at the floor, on a rounding boundary of 3/10 above it, anywhere up to 1.6 times it, or (not plausible) below. */
    private static Gen<BigDecimal> costsAround(BigDecimal floor, boolean plausible) {
        long base = floor.movePointRight(2).longValueExact();
        Gen<BigDecimal> above = amounts(base, base * 16 / 10);
        Gen<BigDecimal> halfCent = above.map(c -> onAHalfCent(c, 3));
        Gen<BigDecimal> ok = oneOf(floor.setScale(2)).mix(above, 60).mix(halfCent, 30);
        return plausible ? ok : ok.mix(amounts(base / 2, base - 1), 15);
    }

    /** The first amount at or above {@code amount} whose {@code months}/10 falls on half a cent. */
    private static BigDecimal onAHalfCent(BigDecimal amount, int months) {
        BigDecimal candidate = amount;
        for (int i = 0; i < 100; i++) {
            BigDecimal exact = candidate.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.TEN, 3, RoundingMode.UNNECESSARY);
            if (exact.movePointRight(3).remainder(BigDecimal.TEN).intValue() == 5) {
                return candidate;
            }
            candidate = candidate.add(new BigDecimal("0.01"));
        }
        return amount;
    }

    /** Requests around the programme's share of {@code total}: at it, a cent either side, below, nothing. */
    public static Gen<BigDecimal> requestedAmounts(BigDecimal total, PromotionParameters p) {
        BigDecimal share = p.grantShareOf(total);
        BigDecimal cent = new BigDecimal("0.01");
        return oneOf(share, share, share.subtract(cent).max(BigDecimal.ZERO.setScale(2)), share.add(cent),
                BigDecimal.ZERO.setScale(2)).mix(amounts(0, share.movePointRight(2).longValueExact()), 40);
    }

    public static Gen<TeamMember> teamMembers() {
        return EigGenerators.teamMembers();
    }

    /** Well-formed promotion 4 or 5 files of every verdict: values near the limits, some fields absent. */
    public static Gen<Application> applications(PromotionParameters p) {
        requireLaterCall(p);
        Gen<List<Eig>> eigs = lists().of(eigs(p)).ofSizeBetween(0, 4).mix(lists().of(eigs(p)).ofSizeBetween(2, 3), 70);
        return in -> new Application(p.promotion(),
                sometimesAbsent(EigGenerators.receiptTimes(p).mix(EigGenerators.receiptTimesAtTheCallLimits(p), 30), 60)
                        .generate(in),
                challenges(p).generate(in),
                sometimesAbsent(eigs, 60).generate(in),
                sometimesAbsent(hosts(p), 80).generate(in),
                sometimesAbsent(fundingCarriers(), 2).generate(in),
                sometimesAbsent(mentors(), 80).generate(in),
                sometimesAbsent(lists().of(teamMembers()).ofSizeBetween(0, 3), 40).generate(in),
                sometimesAbsent(commitments(), 80).generate(in),
                sometimesAbsent(EigGenerators.documents(), 80).generate(in),
                sometimesAbsent(funding(p), 80).generate(in));
    }

    /**
     * Files meeting every clause of promotion 4 or 5, at the limits: received at the call's first
     * or last instant, as many months and EIGs as allowed, the longest deck, costs at the floors or
     * on a half cent of the programme's share, a request at the share to the cent. Co-financed ones
     * go through every route — a host holding a programme, a carrier of every kind, the economic and
     * financial ministries — so some get money and some are refused it (which leaves them eligible).
     */
    public static Gen<Application> eligibleApplications(PromotionParameters p) {
        requireLaterCall(p);
        List<Profile> profiles = List.copyOf(p.profiles());
        List<BodyKind> hostKinds = List.copyOf(p.eligibleHostKinds());
        return in -> {
            int eigCount = integers().between(p.minEigs(), p.maxEigs()).generate(in);
            List<Eig> eigs = new ArrayList<>();
            for (int i = 0; i < eigCount; i++) {
                eigs.add(new Eig(arbitrary().pick(profiles).generate(in), "mission " + (i + 1),
                        bands(p) ? sometimesAbsent(experienceBands(), 2).generate(in) : null));
            }
            List<TeamMember> team = new ArrayList<>();
            int members = Math.max(p.minProjectTeamMembers(), p.minProjectTeamRoles()) + integers().between(0, 2).generate(in);
            for (int i = 0; i < members; i++) {
                team.add(new TeamMember("Membre " + (i + 1), "role " + (i % p.minProjectTeamRoles() + 1),
                        sometimesAbsent(integers().between(0, 100), 3).generate(in)));
            }
            Challenge challenge = new Challenge("Projet " + integers().between(1, 999).generate(in),
                    "A real problem of the host.", sometimesAbsent(booleans().all(), 2).generate(in),
                    sometimesAbsent(booleans().all(), 2).generate(in),
                    integers().between(1, p.contractMonths()).mix(oneOf(p.contractMonths()), 40).generate(in),
                    null, null, null, lists().of(oneOf("dataset A")).ofSizeBetween(0, 1).generate(in), List.of(),
                    uses(p, "challenge.techGouvStakes") ? sometimesAbsent(booleans().all(), 2).generate(in) : null,
                    uses(p, "challenge.digitalLawStakes") ? sometimesAbsent(booleans().all(), 2).generate(in) : null);
            Host host = new Host("Hôte", arbitrary().pick(hostKinds).generate(in), null,
                    sometimesAbsent(budgetProgrammes(), 4).generate(in), sometimesAbsent(mostly(10), 2).generate(in),
                    bands(p) ? sometimesAbsent(booleans().all(), 3).generate(in) : null);
            FundingCarrier carrier = sometimesAbsent((Gen<FundingCarrier>) i -> new FundingCarrier("Porteur",
                    EigGenerators.bodyKinds().mix(oneOf(BodyKind.MINISTRY, BodyKind.CENTRAL_ADMINISTRATION,
                            BodyKind.INDEPENDENT_AUTHORITY), 70).generate(i),
                    budgetProgrammes().generate(i), sometimesAbsent(mostly(10), 2).generate(i)), 2).generate(in);
            // A host that could take the money itself, with neither a programme nor a carrier, would be incomplete.
            boolean holder = host.kind() == BodyKind.MINISTRY || host.kind() == BodyKind.CENTRAL_ADMINISTRATION
                    || host.kind() == BodyKind.INDEPENDENT_AUTHORITY;
            if (holder && carrier == null && host.payrollBudgetProgramme() == null) {
                host = new Host(host.name(), host.kind(), null, budgetProgrammes().generate(in),
                        host.economicAndFinancialMinistries(), host.parisRegion());
            }
            Mentors mentors = new Mentors(new OperationalMentor("Claude Moreau", "claude@example.org"),
                    new HighLevelMentor("Maxime Lefebvre", sometimesAbsent(oneOf("maxime@example.org"), 3).generate(in),
                            "Directrice"), sometimesAbsent(oneOf(new OperationalMentor("Sacha Durand", null)), 2)
                    .generate(in));
            Commitments commitments = new Commitments(true, true, true, true, true, "A continuation plan.", true);
            Documents documents = new Documents(true,
                    integers().between(1, p.maxPitchSlides()).mix(oneOf(p.maxPitchSlides()), 40).generate(in), true);
            FundingMode mode = oneOf(FundingMode.CO_FINANCED, FundingMode.CO_FINANCED, FundingMode.SELF_FUNDED)
                    .generate(in);
            Funding funding;
            if (bands(p)) {
                funding = bandCosts(p, mode, in, true);
            } else {
                BigDecimal floor = p.leastPlausibleEmployerCost(eigCount);
                long base = floor.movePointRight(2).longValueExact();
                BigDecimal total = oneOf(floor.setScale(2)).mix(amounts(base, base * 2), 70).generate(in);
                total = integers().between(1, 3).generate(in) == 1 ? onAHalfCentOfTheShare(total, p) : total;
                funding = new Funding(mode, total, mode == FundingMode.SELF_FUNDED ? null
                        : requestedAmounts(total, p).generate(in));
            }
            OffsetDateTime receivedAt = EigGenerators.receiptTimesWithinTheCall(p)
                    .mix(EigGenerators.receiptTimesAtTheCallLimitsInside(p), 40).generate(in);
            return new Application(p.promotion(), receivedAt, challenge, eigs, host, carrier, mentors, team,
                    commitments, documents, funding);
        };
    }

    private static BigDecimal onAHalfCentOfTheShare(BigDecimal total, PromotionParameters p) {
        BigDecimal candidate = total;
        for (int i = 0; i < 100; i++) {
            BigDecimal exact = candidate.multiply(BigDecimal.valueOf(p.grantMonths()))
                    .divide(BigDecimal.valueOf(p.contractMonths()), 3, RoundingMode.UNNECESSARY);
            if (exact.movePointRight(3).remainder(BigDecimal.TEN).intValue() == 5) {
                return candidate;
            }
            candidate = candidate.add(new BigDecimal("0.01"));
        }
        return total;
    }
}
