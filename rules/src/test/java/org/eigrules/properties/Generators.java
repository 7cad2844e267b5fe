package org.eigrules.properties;

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
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * QuickTheories generators of well-formed promotion 3 applications: every value is drawn from
 * the randomness source, so failures shrink. They reach every verdict — values sit near the
 * clauses' limits, and now and then a field is absent.
 */
final class Generators {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDateTime WINDOW_START = LocalDateTime.of(2018, 5, 2, 0, 0);
    private static final long WINDOW_SECONDS = 47L * 24 * 3600;

    private Generators() {
    }

    /** Usually {@code value}, absent about one time in {@code oneIn}. */
    static <T> Gen<T> sometimesAbsent(Gen<T> value, int oneIn) {
        return in -> integers().between(1, oneIn).generate(in) == 1 ? null : value.generate(in);
    }

    /** True about {@code percent}% of the time. */
    static Gen<Boolean> mostly(int percent) {
        return integers().between(1, 100).map(n -> n <= percent);
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        return arbitrary().pick(Arrays.asList(values));
    }

    static Gen<OffsetDateTime> receivedAt() {
        Gen<Long> seconds = longs().between(0, WINDOW_SECONDS);
        Gen<ZoneOffset> offsets = oneOf(ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHours(-4), ZoneOffset.ofHours(9));
        return seconds.zip(offsets, (s, offset) -> WINDOW_START.plusSeconds(s).atZone(PARIS)
                .toOffsetDateTime().withOffsetSameInstant(offset));
    }

    static Gen<Challenge> challenges() {
        Gen<String> problems = oneOf("Agents re-type the same data.", "Users wait weeks for an answer.", " ", "");
        Gen<Boolean> bools = booleans().all();
        Gen<List<String>> names = lists().of(oneOf("dataset A", "dataset B")).ofSizeBetween(0, 2);
        return in -> new Challenge(
                "Défi " + integers().between(1, 999).generate(in),
                sometimesAbsent(problems, 20).generate(in),
                sometimesAbsent(mostly(15), 30).generate(in),
                sometimesAbsent(mostly(70), 10).generate(in),
                sometimesAbsent(integers().between(6, 12), 30).generate(in),
                bools.generate(in), bools.generate(in), bools.generate(in),
                names.generate(in), names.generate(in));
    }

    static Gen<List<Eig>> eigs() {
        Gen<Profile> profiles = arbitrary().enumValues(Profile.class)
                .mix(oneOf(Profile.DATA_SCIENCE, Profile.DEVELOPMENT, Profile.DESIGN), 70);
        Gen<Eig> eig = in -> new Eig(sometimesAbsent(profiles, 40).generate(in), "mission");
        return lists().of(eig).ofSizeBetween(1, 4).mix(lists().of(eig).ofSizeBetween(2, 3), 70);
    }

    static Gen<Host> hosts() {
        return in -> new Host(oneOf("Ministère A", "Région B", "Agence C").generate(in),
                sometimesAbsent(arbitrary().enumValues(BodyKind.class), 40).generate(in), null);
    }

    static Gen<FundingCarrier> carriers() {
        Gen<FundingCarrier> carrier = in -> new FundingCarrier("Ministère porteur",
                sometimesAbsent(arbitrary().enumValues(BodyKind.class)
                        .mix(oneOf(BodyKind.MINISTRY, BodyKind.CENTRAL_ADMINISTRATION), 60), 40).generate(in));
        return sometimesAbsent(carrier, 2);
    }

    static Gen<Mentors> mentors() {
        Gen<String> names = oneOf("Claude Moreau", "Maxime Lefebvre", "Sacha Durand");
        Gen<String> emails = sometimesAbsent(oneOf("claude@example.org", "maxime@example.org", "sacha@example.org"), 4);
        return in -> new Mentors(
                sometimesAbsent(Gen2.operational(names, emails), 40).generate(in),
                sometimesAbsent((Gen<HighLevelMentor>) in2 -> new HighLevelMentor(names.generate(in2), emails.generate(in2),
                        sometimesAbsent(oneOf("Directrice", "Secrétaire général", " "), 40).generate(in2)), 40).generate(in));
    }

    static Gen<List<TeamMember>> teams() {
        Gen<TeamMember> member = in -> new TeamMember("Membre", oneOf("lead", "data", "legal", "lead").generate(in),
                sometimesAbsent(integers().between(0, 100), 3).generate(in));
        return sometimesAbsent(lists().of(member).ofSizeBetween(1, 3), 40);
    }

    static Gen<Commitments> commitments() {
        Gen<Boolean> answer = sometimesAbsent(mostly(95), 60);
        return in -> new Commitments(answer.generate(in), answer.generate(in), answer.generate(in), answer.generate(in),
                answer.generate(in), sometimesAbsent(oneOf("A continuation plan.", "A continuation plan.", " "), 60)
                .generate(in));
    }

    static Gen<Documents> documents() {
        Gen<Boolean> present = sometimesAbsent(mostly(97), 60);
        return in -> new Documents(present.generate(in),
                sometimesAbsent(integers().between(0, 14).mix(integers().between(1, 12), 80), 60).generate(in),
                present.generate(in));
    }

    /** Amounts in cents, so every value has two decimals; near the 70% share and the salary floor. */
    static Gen<Funding> funding() {
        Gen<Long> totalCents = longs().between(7_000_000L, 25_000_000L);
        return in -> {
            FundingMode mode = sometimesAbsent(oneOf(FundingMode.PIA, FundingMode.PIA, FundingMode.SELF_FUNDED), 50)
                    .generate(in);
            BigDecimal total = sometimesAbsent((Gen<BigDecimal>) i -> BigDecimal.valueOf(totalCents.generate(i), 2), 50)
                    .generate(in);
            BigDecimal requested = null;
            if (mode != FundingMode.SELF_FUNDED) {
                long base = total == null ? 10_000_000L : total.movePointRight(2).longValueExact();
                long share = Math.round(base * 0.7);
                requested = sometimesAbsent((Gen<BigDecimal>) i -> BigDecimal.valueOf(
                        longs().between(Math.max(0, share - 300), share + 300).mix(longs().between(0, base), 30)
                                .generate(i), 2), 40).generate(in);
            }
            return new Funding(mode, total, requested);
        };
    }

    /** Well-formed promotion 3 applications of every verdict. */
    static Gen<Application> applications() {
        return in -> new Application(3,
                sometimesAbsent(receivedAt(), 60).generate(in),
                challenges().generate(in),
                sometimesAbsent(eigs(), 60).generate(in),
                sometimesAbsent(hosts(), 80).generate(in),
                carriers().generate(in),
                sometimesAbsent(mentors(), 80).generate(in),
                teams().generate(in),
                sometimesAbsent(commitments(), 80).generate(in),
                sometimesAbsent(documents(), 80).generate(in),
                sometimesAbsent(funding(), 80).generate(in));
    }

    /** Small helpers kept apart so the lambdas above stay readable. */
    private static final class Gen2 {
        static Gen<OperationalMentor> operational(Gen<String> names, Gen<String> emails) {
            return in -> new OperationalMentor(names.generate(in), emails.generate(in));
        }
    }
}
