package org.eigrules.testkit;

import org.eigrules.decision.MissingField;
import org.eigrules.model.Application;
import org.eigrules.model.BodyKind;
import org.eigrules.model.Eig;
import org.eigrules.model.FundingMode;
import org.eigrules.model.Profile;
import org.eigrules.model.TeamMember;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.validation.NeededBy;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.eigrules.testkit.Applications.with;
import static org.eigrules.testkit.Applications.without;
import static org.eigrules.testkit.EigGenerators.oneOf;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Applications that fail exactly one chosen clause, or miss exactly one field, each made from an
 * eligible application — so the original is the same application with the problem fixed.
 */
public final class Breakages {

    /** An eligible application and the same one broken on one clause. */
    public record Broken(String clause, Application original, Application broken) {
    }

    /** An eligible application and the same one without one field, with the missing entries expected. */
    public record Missing(String field, List<MissingField> expected, Application original, Application application) {
    }

    @FunctionalInterface
    private interface Breaker {
        Application apply(Application a, PromotionParameters p, RandomnessSource in);
    }

    private static final Map<String, Breaker> BREAKERS = new LinkedHashMap<>();

    static {
        BREAKERS.put("ADM-1", (a, p, in) -> with(a, "host.kind", arbitrary().pick(outside(p.eligibleHostKinds(), BodyKind.class,
                "host kind")).generate(in)));
        BREAKERS.put("CHL-1", (a, p, in) -> integers().between(1, 2).generate(in) == 1
                ? with(a, "challenge.problem", oneOf("", " ", "\t").generate(in))
                : with(with(a, "challenge.purelyTechnical", true), "challenge.impactsAgentsOrUsers", false));
        BREAKERS.put("CHL-2", (a, p, in) -> with(a, "challenge.durationMonths",
                p.contractMonths() + integers().between(1, 24).generate(in)));
        BREAKERS.put("CHL-3", (a, p, in) -> {
            int size = integers().between(1, 2).generate(in) == 1
                    ? integers().between(0, p.minEigs() - 1).generate(in)
                    : integers().between(p.maxEigs() + 1, p.maxEigs() + 3).generate(in);
            List<Eig> eigs = new ArrayList<>();
            Profile profile = a.eigs().get(0).profile();
            for (int i = 0; i < size; i++) {
                eigs.add(new Eig(profile, "mission " + (i + 1)));
            }
            Application resized = with(a, "eigs", eigs);
            // Keep the simulation plausible for the new number of EIGs, so only CHL-3 fails.
            BigDecimal floor = p.leastPlausibleEmployerCost(size);
            if (size > 0 && a.funding().totalEmployerCost().compareTo(floor) < 0) {
                resized = with(resized, "funding.totalEmployerCost", floor.setScale(2));
            }
            return resized;
        });
        BREAKERS.put("CHL-4", (a, p, in) -> with(a, "eigs[" + integers().between(0, a.eigs().size() - 1).generate(in)
                + "].profile", arbitrary().pick(outside(p.profiles(), Profile.class, "profile")).generate(in)));
        BREAKERS.put("CHL-5", (a, p, in) -> integers().between(1, 2).generate(in) == 1
                ? with(a, "mentors.highLevel.email", a.mentors().operational().email().toUpperCase(java.util.Locale.ROOT))
                : with(with(with(a, "mentors.operational.email", null), "mentors.highLevel.email", null),
                "mentors.highLevel.name", " " + a.mentors().operational().name().toLowerCase(java.util.Locale.ROOT)));
        BREAKERS.put("CHL-6", (a, p, in) -> {
            if (integers().between(1, 2).generate(in) == 1 && p.minProjectTeamMembers() > 0) {
                List<TeamMember> few = new ArrayList<>(a.team().subList(0, p.minProjectTeamMembers() - 1));
                return with(a, "team", few);
            }
            List<TeamMember> same = a.team().stream().map(m -> new TeamMember(m.name(), " Lead ", m.involvementPercent()))
                    .toList();
            return p.minProjectTeamRoles() > 1 ? with(a, "team", same) : with(a, "team", List.of());
        });
        BREAKERS.put("COM-1", (a, p, in) -> with(a, "commitments.dataAccess", false));
        BREAKERS.put("COM-2", (a, p, in) -> with(a, "commitments.technicalEnvironment", false));
        BREAKERS.put("COM-3", (a, p, in) -> with(a, "mentors.highLevel.position", oneOf("", " ").generate(in)));
        BREAKERS.put("COM-4", (a, p, in) -> switch (integers().between(1, 3).generate(in)) {
            case 1 -> with(a, "commitments.offSiteWork", false);
            case 2 -> with(a, "commitments.supportProgramme", false);
            default -> with(with(a, "commitments.offSiteWork", false), "commitments.supportProgramme", false);
        });
        BREAKERS.put("COM-5", (a, p, in) -> with(a, "commitments.openSourceAndOpenData", false));
        BREAKERS.put("COM-6", (a, p, in) -> with(a, "commitments.continuationPlan", oneOf("", "  ").generate(in)));
        BREAKERS.put("CAL-1", (a, p, in) -> {
            long seconds = longs().between(1, 40L * 24 * 3600).mix(oneOf(1L), 40).generate(in);
            ZoneOffset offset = arbitrary().pick(EigGenerators.OFFSETS).generate(in);
            return with(a, "receivedAt", integers().between(1, 2).generate(in) == 1
                    ? p.callOpensAt().minusSeconds(seconds).atOffset(offset)
                    : p.callClosesAt().plusSeconds(seconds).atOffset(offset));
        });
        BREAKERS.put("DOC-1", (a, p, in) -> with(a, "documents.pitchSlides",
                p.maxPitchSlides() + integers().between(1, 20).mix(oneOf(1), 40).generate(in)));
    }

    private Breakages() {
    }

    /** The clauses this kit can break: every eligibility clause a rule can fail. */
    public static List<String> clauses() {
        return List.copyOf(BREAKERS.keySet());
    }

    /**
     * Eligible applications broken on {@code clause} alone.
     *
     * @throws IllegalArgumentException for a clause this kit cannot break, or one the promotion leaves no way to fail
     */
    public static Gen<Broken> failingExactly(String clause, PromotionParameters p) {
        Breaker breaker = BREAKERS.get(clause);
        if (breaker == null) {
            throw new IllegalArgumentException("no breakage for " + clause + "; known: " + clauses());
        }
        Gen<Application> eligible = EigGenerators.eligibleApplications(p);
        return in -> {
            Application original = eligible.generate(in);
            return new Broken(clause, original, breaker.apply(original, p, in));
        };
    }

    /** Eligible applications broken on one clause, any of {@link #clauses()}. */
    public static Gen<Broken> failingExactlyOne(PromotionParameters p) {
        return arbitrary().pick(clauses()).flatMap(clause -> failingExactly(clause, p));
    }

    /**
     * Eligible applications without one field that a clause needs: every {@link NeededBy} field the
     * application has (list elements included), and the PIA amount of a PIA request.
     */
    public static Gen<Missing> missingExactlyOne(PromotionParameters p) {
        Gen<Application> eligible = EigGenerators.eligibleApplications(p);
        return in -> {
            Application original = eligible.generate(in);
            Map<String, List<String>> needed = new LinkedHashMap<>();
            neededFields(original, "", needed);
            if (original.funding().mode() == FundingMode.PIA) {
                needed.put("funding.requestedPiaAmount", List.of("FIN-3"));
            }
            List<String> fields = new ArrayList<>(needed.keySet());
            String field = arbitrary().pick(fields).generate(in);
            List<MissingField> expected = needed.get(field).stream().map(c -> new MissingField(field, c)).toList();
            return new Missing(field, expected, original, without(original, field));
        };
    }

    private static void neededFields(Object record, String prefix, Map<String, List<String>> needed) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                continue;
            }
            String path = prefix + component.getName();
            NeededBy neededBy = component.getAnnotation(NeededBy.class);
            if (neededBy != null) {
                needed.put(path, Arrays.asList(neededBy.value()));
            }
            if (value.getClass().isRecord()) {
                neededFields(value, path + ".", needed);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) != null && list.get(i).getClass().isRecord()) {
                        neededFields(list.get(i), path + "[" + i + "].", needed);
                    }
                }
            }
        }
    }

    private static <E extends Enum<E>> List<E> outside(java.util.Set<E> accepted, Class<E> type, String what) {
        EnumSet<E> others = EnumSet.allOf(type);
        others.removeAll(accepted);
        if (others.isEmpty()) {
            throw new IllegalArgumentException("the promotion accepts every " + what + ": none can break the clause");
        }
        return new ArrayList<>(others);
    }
}
