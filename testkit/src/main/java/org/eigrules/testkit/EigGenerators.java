package org.eigrules.testkit;

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
import org.eigrules.promotion.PromotionParameters;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * QuickTheories generators for every domain type and for whole applications. Every value is
 * drawn from QuickTheories' randomness source, so a failing example shrinks towards small,
 * readable values, and a failure prints the seed to replay it.
 *
 * <ul>
 *   <li>{@link #applications(PromotionParameters)}: well-formed applications of every verdict;</li>
 *   <li>{@link #eligibleApplications(PromotionParameters)}: ones that meet every clause, with
 *       values at the clauses' limits;</li>
 *   <li>{@link Breakages}: ones failing exactly one chosen clause, or missing exactly one field;</li>
 *   <li>edge values: {@link #receiptTimesAtTheCallLimits}, {@link #totalsAtRoundingBoundaries},
 *       {@link #teamSizesAtRangeEnds}.</li>
 * </ul>
 *
 * Generators that depend on a promotion read its values from its {@link PromotionParameters}.
 */
public final class EigGenerators {

    /** Offsets a receipt time is written with: the instant is what counts. */
    public static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHours(1),
            ZoneOffset.ofHours(-4), ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12));

    private EigGenerators() {
    }

    // --- building blocks -------------------------------------------------------------------

    /** One of the given values. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(T... values) {
        return arbitrary().pick(Arrays.asList(values));
    }

    /** Usually a value, absent (null) about one time in {@code oneIn}. */
    public static <T> Gen<T> sometimesAbsent(Gen<T> value, int oneIn) {
        return in -> integers().between(1, oneIn).generate(in) == 1 ? null : value.generate(in);
    }

    /** True about {@code percent}% of the time. */
    public static Gen<Boolean> mostly(int percent) {
        return integers().between(1, 100).map(n -> n <= percent);
    }

    /** An amount in euros with two decimals, from {@code minCents} to {@code maxCents}. */
    public static Gen<BigDecimal> amounts(long minCents, long maxCents) {
        return longs().between(minCents, maxCents).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    // --- every domain type -----------------------------------------------------------------

    public static Gen<BodyKind> bodyKinds() {
        return arbitrary().enumValues(BodyKind.class);
    }

    public static Gen<Profile> profiles() {
        return arbitrary().enumValues(Profile.class);
    }

    public static Gen<FundingMode> fundingModes() {
        return arbitrary().enumValues(FundingMode.class);
    }

    /** A receipt time within a few days either side of the promotion's call, in any offset. */
    public static Gen<OffsetDateTime> receiptTimes(PromotionParameters p) {
        Instant from = p.callOpensAt().minusSeconds(3 * 24 * 3600L);
        long span = p.callClosesAt().getEpochSecond() - from.getEpochSecond() + 3 * 24 * 3600L;
        return longs().between(0, span).zip(arbitrary().pick(OFFSETS),
                (s, offset) -> from.plusSeconds(s).atOffset(offset));
    }

    public static Gen<Challenge> challenges() {
        Gen<String> problems = oneOf("Agents re-type the same data.", "Users wait weeks for an answer.", " ", "");
        Gen<List<String>> names = lists().of(oneOf("dataset A", "dataset B")).ofSizeBetween(0, 2);
        return in -> new Challenge("Défi " + integers().between(1, 999).generate(in),
                sometimesAbsent(problems, 20).generate(in),
                sometimesAbsent(mostly(15), 30).generate(in),
                sometimesAbsent(mostly(70), 10).generate(in),
                sometimesAbsent(integers().between(1, 14), 30).generate(in),
                booleans().all().generate(in), booleans().all().generate(in), booleans().all().generate(in),
                names.generate(in), names.generate(in));
    }

    public static Gen<Eig> eigs() {
        return in -> new Eig(sometimesAbsent(profiles(), 40).generate(in), "mission");
    }

    public static Gen<Host> hosts() {
        return in -> new Host(oneOf("Ministère A", "Région B", "Agence C").generate(in),
                sometimesAbsent(bodyKinds(), 40).generate(in), null);
    }

    public static Gen<FundingCarrier> fundingCarriers() {
        return in -> new FundingCarrier("Ministère porteur", sometimesAbsent(bodyKinds()
                .mix(oneOf(BodyKind.MINISTRY, BodyKind.CENTRAL_ADMINISTRATION), 60), 40).generate(in));
    }

    public static Gen<OperationalMentor> operationalMentors() {
        return in -> new OperationalMentor(sometimesAbsent(names(), 40).generate(in), emails().generate(in));
    }

    public static Gen<HighLevelMentor> highLevelMentors() {
        return in -> new HighLevelMentor(sometimesAbsent(names(), 40).generate(in), emails().generate(in),
                sometimesAbsent(oneOf("Directrice", "Secrétaire général", " "), 40).generate(in));
    }

    public static Gen<Mentors> mentors() {
        return in -> new Mentors(sometimesAbsent(operationalMentors(), 40).generate(in),
                sometimesAbsent(highLevelMentors(), 40).generate(in));
    }

    public static Gen<TeamMember> teamMembers() {
        return in -> new TeamMember("Membre", sometimesAbsent(oneOf("lead", "data", "legal", "Lead "), 40).generate(in),
                sometimesAbsent(integers().between(0, 100), 3).generate(in));
    }

    public static Gen<Commitments> commitments() {
        Gen<Boolean> answer = sometimesAbsent(mostly(95), 60);
        return in -> new Commitments(answer.generate(in), answer.generate(in), answer.generate(in),
                answer.generate(in), answer.generate(in),
                sometimesAbsent(oneOf("A continuation plan.", "A continuation plan.", " "), 60).generate(in));
    }

    public static Gen<Documents> documents() {
        Gen<Boolean> present = sometimesAbsent(mostly(97), 60);
        return in -> new Documents(present.generate(in),
                sometimesAbsent(integers().between(0, 16).mix(integers().between(1, 12), 80), 60).generate(in),
                present.generate(in));
    }

    /** Funding near the PIA share and the salary floor; amounts always have two decimals. */
    public static Gen<Funding> funding(PromotionParameters p) {
        return in -> {
            FundingMode mode = sometimesAbsent(oneOf(FundingMode.CO_FINANCED, FundingMode.PIA, FundingMode.SELF_FUNDED), 50)
                    .generate(in);
            BigDecimal total = sometimesAbsent(amounts(5_000_000L, 25_000_000L), 50).generate(in);
            BigDecimal requested = null;
            if (mode != FundingMode.SELF_FUNDED) {
                requested = sometimesAbsent(requestedAmounts(total == null ? new BigDecimal("100000.00") : total, p), 40)
                        .generate(in);
            }
            return funding(mode, total, requested);
        };
    }

    /** A file that says PIA uses promotion 3's name for the amount too; one that says CO_FINANCED the contract's. */
    private static Funding funding(FundingMode mode, BigDecimal total, BigDecimal requested) {
        return mode == FundingMode.PIA ? new Funding(mode, total, null, requested) : new Funding(mode, total, requested);
    }

    /** Well-formed applications of every verdict: values near the clauses' limits, some fields absent. */
    public static Gen<Application> applications(PromotionParameters p) {
        return in -> new Application(p.promotion(),
                sometimesAbsent(receiptTimes(p).mix(receiptTimesAtTheCallLimits(p), 30), 60).generate(in),
                challenges().generate(in),
                sometimesAbsent(lists().of(eigs()).ofSizeBetween(0, 4).mix(lists().of(eigs()).ofSizeBetween(2, 3), 70), 60)
                        .generate(in),
                sometimesAbsent(hosts(), 80).generate(in),
                sometimesAbsent(fundingCarriers(), 2).generate(in),
                sometimesAbsent(mentors(), 80).generate(in),
                sometimesAbsent(lists().of(teamMembers()).ofSizeBetween(0, 3), 40).generate(in),
                sometimesAbsent(commitments(), 80).generate(in),
                sometimesAbsent(documents(), 80).generate(in),
                sometimesAbsent(funding(p), 80).generate(in));
    }

    // --- eligible applications, at the limits ----------------------------------------------

    /**
     * Applications that meet every clause of the promotion, with values at the limits the clauses
     * allow: received at the opening or closing instant in any offset, as many months and EIGs as
     * allowed, the longest deck, a total employer cost exactly at the salary floor or on a rounding
     * boundary, a request at the PIA share to the cent. Co-financing varies (direct, through a
     * carrier, refused, self-funded): none of it changes the verdict.
     *
     * @throws IllegalArgumentException when the promotion leaves out a value the clauses need
     */
    public static Gen<Application> eligibleApplications(PromotionParameters p) {
        requireDefined(p);
        List<Profile> profiles = new ArrayList<>(p.profiles());
        List<BodyKind> hostKinds = new ArrayList<>(p.eligibleHostKinds());
        int teamSize = Math.max(p.minProjectTeamMembers(), p.minProjectTeamRoles());
        return in -> {
            int eigCount = integers().between(p.minEigs(), p.maxEigs()).generate(in);
            List<Eig> eigs = new ArrayList<>();
            for (int i = 0; i < eigCount; i++) {
                eigs.add(new Eig(arbitrary().pick(profiles).generate(in), "mission " + (i + 1)));
            }
            List<TeamMember> team = new ArrayList<>();
            int members = teamSize + integers().between(0, 2).generate(in);
            for (int i = 0; i < members; i++) {
                team.add(new TeamMember("Membre " + (i + 1), "role " + (i % Math.max(1, p.minProjectTeamRoles()) + 1)
                        + (i >= p.minProjectTeamRoles() ? " bis" : ""), sometimesAbsent(integers().between(0, 100), 3)
                        .generate(in)));
            }
            boolean purelyTechnical = mostly(20).generate(in);
            Challenge challenge = new Challenge("Défi " + integers().between(1, 999).generate(in),
                    "A real problem of the host.", purelyTechnical,
                    purelyTechnical ? Boolean.TRUE : sometimesAbsent(booleans().all(), 3).generate(in),
                    integers().between(1, p.contractMonths()).mix(oneOf(p.contractMonths()), 40).generate(in),
                    booleans().all().generate(in), booleans().all().generate(in), booleans().all().generate(in),
                    lists().of(oneOf("dataset A")).ofSizeBetween(0, 1).generate(in),
                    lists().of(oneOf("partner A")).ofSizeBetween(0, 1).generate(in));
            Host host = new Host("Hôte", arbitrary().pick(hostKinds).generate(in), null);
            FundingCarrier carrier = sometimesAbsent((Gen<FundingCarrier>) i -> new FundingCarrier("Porteur",
                    bodyKinds().mix(oneOf(BodyKind.MINISTRY, BodyKind.CENTRAL_ADMINISTRATION), 70).generate(i)), 2)
                    .generate(in);
            Mentors mentors = new Mentors(new OperationalMentor("Claude Moreau", "claude@example.org"),
                    new HighLevelMentor("Maxime Lefebvre", sometimesAbsent(oneOf("maxime@example.org"), 3).generate(in),
                            "Directrice"));
            Commitments commitments = new Commitments(true, true, true, true, true, "A continuation plan.");
            Documents documents = new Documents(true,
                    integers().between(1, p.maxPitchSlides()).mix(oneOf(p.maxPitchSlides()), 40).generate(in), true);
            BigDecimal floor = p.leastPlausibleEmployerCost(eigCount);
            BigDecimal total = atOrAboveTheFloor(floor, p, in);
            FundingMode mode = oneOf(FundingMode.CO_FINANCED, FundingMode.PIA, FundingMode.SELF_FUNDED).generate(in);
            BigDecimal requested = mode != FundingMode.SELF_FUNDED && p.piaRate() != null
                    ? requestedAmounts(total, p).generate(in) : null;
            OffsetDateTime receivedAt = receiptTimesWithinTheCall(p).mix(receiptTimesAtTheCallLimitsInside(p), 40)
                    .generate(in);
            return new Application(p.promotion(), receivedAt, challenge, eigs, host, carrier, mentors, team,
                    commitments, documents, funding(mode, total, requested));
        };
    }

    /** A plausible total: exactly the floor, anywhere up to twice it, or on a rounding boundary of the PIA share. */
    private static BigDecimal atOrAboveTheFloor(BigDecimal floor, PromotionParameters p, RandomnessSource in) {
        int choice = integers().between(1, 3).generate(in);
        if (choice == 1) {
            return floor.setScale(2);
        }
        long base = floor.movePointRight(2).longValueExact();
        BigDecimal total = BigDecimal.valueOf(longs().between(base, base * 2).generate(in), 2);
        return choice == 2 || p.piaRate() == null ? total : roundingBoundaryAtOrAbove(total, p.piaRate());
    }

    // --- edge values -----------------------------------------------------------------------

    /**
     * Receipt times at the call's limits, one second either side, written with every offset of
     * {@link #OFFSETS}: the opening instant, one second before it, the closing instant, one
     * second after it.
     */
    public static Gen<OffsetDateTime> receiptTimesAtTheCallLimits(PromotionParameters p) {
        Instant opens = p.callOpensAt();
        Instant closes = p.callClosesAt();
        return oneOf(opens.minusSeconds(1), opens, opens.plusSeconds(1), closes.minusSeconds(1), closes,
                closes.plusSeconds(1)).zip(arbitrary().pick(OFFSETS), (instant, offset) -> instant.atOffset(offset));
    }

    /** The call's first and last instants and a second inside each, in any offset: all on time. */
    public static Gen<OffsetDateTime> receiptTimesAtTheCallLimitsInside(PromotionParameters p) {
        Instant opens = p.callOpensAt();
        Instant closes = p.callClosesAt();
        return oneOf(opens, opens.plusSeconds(1), closes.minusSeconds(1), closes)
                .zip(arbitrary().pick(OFFSETS), (instant, offset) -> instant.atOffset(offset));
    }

    /** Receipt times within the call, in any offset. */
    public static Gen<OffsetDateTime> receiptTimesWithinTheCall(PromotionParameters p) {
        long span = p.callClosesAt().getEpochSecond() - p.callOpensAt().getEpochSecond();
        return longs().between(0, span).zip(arbitrary().pick(OFFSETS),
                (s, offset) -> p.callOpensAt().plusSeconds(s).atOffset(offset));
    }

    /** Whether a receipt time falls within the promotion's call (both limits included). */
    public static boolean inWindow(OffsetDateTime at, PromotionParameters p) {
        Instant instant = at.toInstant();
        return !instant.isBefore(p.callOpensAt()) && !instant.isAfter(p.callClosesAt());
    }

    /**
     * Total employer costs whose PIA share falls exactly on a half cent before rounding (e.g.
     * 70% of 146333.35 = 102433.345), between {@code minCents} and {@code maxCents}.
     */
    public static Gen<BigDecimal> totalsAtRoundingBoundaries(BigDecimal rate, long minCents, long maxCents) {
        return longs().between(minCents, maxCents).map(c -> roundingBoundaryAtOrAbove(BigDecimal.valueOf(c, 2), rate));
    }

    /** The team sizes around the promotion's range: one below, both ends, one above. */
    public static Gen<Integer> teamSizesAtRangeEnds(PromotionParameters p) {
        return oneOf(Math.max(0, p.minEigs() - 1), p.minEigs(), p.maxEigs(), p.maxEigs() + 1);
    }

    /** PIA requests around the share of {@code total}: at it, a cent either side, well below, nothing. */
    public static Gen<BigDecimal> requestedAmounts(BigDecimal total, PromotionParameters p) {
        BigDecimal share = p.piaRate() == null ? total : p.piaShareOf(total);
        BigDecimal cent = new BigDecimal("0.01");
        return oneOf(share, share, share.subtract(cent).max(BigDecimal.ZERO.setScale(2)), share.add(cent),
                BigDecimal.ZERO.setScale(2))
                .mix(amounts(0, share.movePointRight(2).longValueExact()), 40);
    }

    private static BigDecimal roundingBoundaryAtOrAbove(BigDecimal total, BigDecimal rate) {
        BigDecimal candidate = total;
        for (int i = 0; i < 1000; i++) {
            BigDecimal exact = candidate.multiply(rate);
            if (exact.stripTrailingZeros().scale() == 3 && exact.movePointRight(3).remainder(BigDecimal.TEN).intValue() == 5) {
                return candidate;
            }
            candidate = candidate.add(new BigDecimal("0.01"));
        }
        return total;
    }

    static void requireDefined(PromotionParameters p) {
        List<String> absent = new ArrayList<>();
        if (p.callOpens() == null || p.callCloses() == null || p.timeZone() == null) {
            absent.add("the call window");
        }
        if (p.contractMonths() == null || p.minEigs() == null || p.maxEigs() == null || p.profiles() == null) {
            absent.add("the contract length, team size range or profiles");
        }
        if (p.eligibleHostKinds() == null || p.minProjectTeamMembers() == null || p.minProjectTeamRoles() == null
                || p.maxPitchSlides() == null || p.netMonthlySalary() == null) {
            absent.add("the host kinds, project team, slide limit or salary");
        }
        if (!absent.isEmpty()) {
            throw new IllegalArgumentException("promotion " + p.promotion() + " does not define " + String.join(", ", absent)
                    + ": eligible applications cannot be generated for it");
        }
    }

    private static Gen<String> names() {
        return oneOf("Claude Moreau", "Maxime Lefebvre", "Sacha Durand");
    }

    private static Gen<String> emails() {
        return sometimesAbsent(oneOf("claude@example.org", "maxime@example.org", "sacha@example.org"), 4);
    }
}
