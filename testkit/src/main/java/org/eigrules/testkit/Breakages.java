package org.eigrules.testkit;

import org.eigrules.decision.MissingField;
import org.eigrules.model.Application;
import org.eigrules.ruleset.FieldTable;
import org.eigrules.model.BodyKind;
import org.eigrules.model.Eig;
import org.eigrules.model.FundingMode;
import org.eigrules.model.Profile;
import org.eigrules.model.TeamMember;
import org.eigrules.promotion.PromotionParameters;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
        return failingExactly(clause, p, EigGenerators.eligibleApplications(p));
    }

    /** {@link #failingExactly(String, PromotionParameters)} from other eligible applications. */
    static Gen<Broken> failingExactly(String clause, PromotionParameters p, Gen<Application> eligible) {
        Breaker breaker = BREAKERS.get(clause);
        if (breaker == null) {
            throw new IllegalArgumentException("no breakage for " + clause + "; known: " + clauses());
        }
        return in -> {
            Application original = eligible.generate(in);
            return new Broken(clause, original, breaker.apply(original, p, in));
        };
    }

    /** Eligible applications broken on one clause, any of {@link #clauses()}. */
    public static Gen<Broken> failingExactlyOne(PromotionParameters p) {
        return failingExactlyOne(p, EigGenerators.eligibleApplications(p));
    }

    /** {@link #failingExactlyOne(PromotionParameters)} from other eligible applications. */
    static Gen<Broken> failingExactlyOne(PromotionParameters p, Gen<Application> eligible) {
        return arbitrary().pick(clauses()).flatMap(clause -> failingExactly(clause, p, eligible));
    }

    /**
     * Eligible applications without one field whose absence leaves a clause undecided: every
     * field the field table says a clause needs that the application has (list elements included), and the fields a clause
     * needs only in some cases when this application is such a case — CHL-1's problem and answers,
     * an EIG's profile, COM-4's two answers, DOC-1's pieces, the amount requested while PIA money
     * could be paid. The host's kind (or the host) is then also missing for FIN-1 unless the défi
     * is self-funded, and the total for FIN-3 while PIA money could be paid.
     */
    public static Gen<Missing> missingExactlyOne(PromotionParameters p) {
        return missingExactlyOne(p, EigGenerators.eligibleApplications(p), Map.of());
    }

    /**
     * {@link #missingExactlyOne(PromotionParameters)} from other eligible applications, with more
     * fields a rule needs (a rule folder's own: field path → the clauses that list it when missing).
     */
    static Gen<Missing> missingExactlyOne(PromotionParameters p, Gen<Application> eligible,
            Map<String, List<String>> alsoNeeded) {
        return in -> {
            Application original = eligible.generate(in);
            Map<String, List<String>> needed = new LinkedHashMap<>();
            neededFields(original, "", needed, original.promotion());
            boolean coFinanced = original.funding().coFinanced();
            boolean payable = coFinanced && !piaRefused(original, p);
            if (original.funding().mode() != FundingMode.SELF_FUNDED) {
                needed.computeIfPresent("host.kind", (k, v) -> plus(v, "FIN-1"));
                needed.computeIfPresent("host", (k, v) -> plus(v, "FIN-1"));
            }
            if (payable) {
                needed.computeIfPresent("funding.totalEmployerCost", (k, v) -> plus(v, "FIN-3"));
                if (original.funding().requested() != null) {
                    String path = original.funding().requestedAmount() != null ? "funding.requestedAmount"
                            : "funding.requestedPiaAmount";
                    needed.put(path, List.of("FIN-3"));
                }
            }
            // Without the EIGs' list the employer cost per EIG is undecided too (FIN-4, by a rule).
            needed.computeIfPresent("eigs", (k, v) -> plus(v, "FIN-4"));
            needed.put("challenge.problem", List.of("CHL-1"));
            // The answers decide CHL-1 together: each is missing alone when the other does not decide.
            if (Boolean.FALSE.equals(original.challenge().impactsAgentsOrUsers())) {
                needed.put("challenge.purelyTechnical", List.of("CHL-1"));
            }
            if (Boolean.TRUE.equals(original.challenge().purelyTechnical())) {
                needed.put("challenge.impactsAgentsOrUsers", List.of("CHL-1"));
            }
            for (int i = 0; i < original.eigs().size(); i++) {
                needed.put("eigs[" + i + "].profile", List.of("CHL-4"));
            }
            needed.put("commitments.offSiteWork", List.of("COM-4"));
            needed.put("commitments.supportProgramme", List.of("COM-4"));
            needed.put("documents.detailedForm", List.of("DOC-1"));
            needed.put("documents.pitchSlides", List.of("DOC-1"));
            needed.put("documents.financialSimulation", List.of("DOC-1"));
            // A rule folder's own rules need these fields too (after the built-in ones, which they extend).
            alsoNeeded.forEach((field, clauses) -> {
                if (present(original, field)) {
                    needed.merge(field, clauses, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                            .distinct().toList());
                }
            });
            List<String> fields = new ArrayList<>(needed.keySet());
            String field = arbitrary().pick(fields).generate(in);
            Application missing = without(original, field);
            // Without its amount, a file is answered in its own names: promotion 3's when it says PIA.
            String listed = field.startsWith("funding.requested") ? missing.funding().requestedPath() : field;
            List<MissingField> expected = needed.get(field).stream().map(c -> new MissingField(listed, c)).toList();
            return new Missing(field, expected, original, missing);
        };
    }

    /** Whether the application gives a value at this path (false when a step on the way is absent). */
    private static boolean present(Application a, String path) {
        try {
            return Applications.get(a, path) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<String> plus(List<String> clauses, String clause) {
        List<String> more = new ArrayList<>(clauses);
        more.add(clause);
        return more;
    }

    /** Whether FIN-1 or FIN-2 refuse PIA money to this co-financed application (no valid recipient). */
    static boolean piaRefused(Application a, PromotionParameters p) {
        BodyKind kind = a.host() == null ? null : a.host().kind();
        BodyKind carrier = a.fundingCarrier() == null ? null : a.fundingCarrier().kind();
        if (kind == null) {
            return false;
        }
        if (p.piaDirectRecipientKinds().contains(kind) || p.piaCarrierRequiredKinds().contains(kind)) {
            return a.fundingCarrier() == null ? p.piaCarrierRequiredKinds().contains(kind)
                    : carrier != null && !p.piaCarrierKinds().contains(carrier);
        }
        if (p.piaAgreementKinds().contains(kind)) {
            return a.fundingCarrier() == null || carrier != null && !p.piaAgreementCarrierKinds().contains(carrier);
        }
        return false;
    }

    private static void neededFields(Object record, String prefix, Map<String, List<String>> needed, int promotion) {
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
            FieldTable.Field field = FieldTable.builtIn().field(path);
            if (field != null && !field.clausesNeeding(promotion).isEmpty()) {
                needed.put(path, field.clausesNeeding(promotion));
            }
            if (value.getClass().isRecord()) {
                neededFields(value, path + ".", needed, promotion);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) != null && list.get(i).getClass().isRecord()) {
                        neededFields(list.get(i), path + "[" + i + "].", needed, promotion);
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
