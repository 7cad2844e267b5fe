package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Reason;
import org.eigrules.decision.Verdict;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.model.Application;
import org.eigrules.model.BodyKind;
import org.eigrules.promotion.PromotionParameters;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Properties every consistent rule set keeps, checked with QuickTheories over generated
 * applications: run them against the built-in rules or against a rule folder.
 *
 * <pre>{@code
 * PolicyInvariants.of(RuleFolders.load(Path.of("my-rules"))).checkAll();   // RuleFolders: eig-authoring
 * }</pre>
 *
 * Each method throws an {@link AssertionError} naming the invariant, the smallest counterexample
 * QuickTheories found and the seed to replay it. {@link #checkAll()} runs them all and reports
 * every one that fails.
 *
 * <p>A rule set with rules of its own tells the kit about them: {@link #withGenerators} changes the
 * eligible applications the invariants start from (a field a new rule reads),
 * {@link #withNeededField} names a field its rules list as missing, {@link #withInvariant} adds a
 * property, and {@link #without} leaves one of the kit's out, with the reason.
 */
public final class PolicyInvariants {

    private final EigRules rules;
    private final int promotion;
    private final PromotionParameters parameters;
    private final int examples;
    private final Long seed;
    /** What the rule set's author changed in the eligible applications every invariant starts from. */
    private final UnaryOperator<Gen<Application>> generators;
    /** A rule folder's own needed fields: path → the clauses that list it when it is missing. */
    private final Map<String, List<String>> alsoNeeded;
    /** The author's own invariants, by name, each checked on the generated applications. */
    private final Map<String, Consumer<Application>> added;
    /** Invariants left out, by name, with the author's reason. */
    private final Map<String, String> excluded;

    private PolicyInvariants(EigRules rules, int promotion, int examples, Long seed,
            UnaryOperator<Gen<Application>> generators, Map<String, List<String>> alsoNeeded,
            Map<String, Consumer<Application>> added, Map<String, String> excluded) {
        this.rules = rules;
        this.promotion = promotion;
        this.parameters = rules.parameters(promotion);
        this.examples = examples;
        this.seed = seed;
        this.generators = generators;
        this.alsoNeeded = Collections.unmodifiableMap(new LinkedHashMap<>(alsoNeeded));
        this.added = Collections.unmodifiableMap(new LinkedHashMap<>(added));
        this.excluded = Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
    }

    private PolicyInvariants(EigRules rules, int promotion, int examples, Long seed) {
        this(rules, promotion, examples, seed, UnaryOperator.identity(), Map.of(), Map.of(), Map.of());
    }

    /** A copy with other settings: every {@code with…} method returns a new instance. */
    private PolicyInvariants copy(int promotion, int examples, Long seed) {
        return new PolicyInvariants(rules, promotion, examples, seed, generators, alsoNeeded, added, excluded);
    }

    /** The invariants of a rule set, on its first evaluable promotion, 1,000 examples each. */
    public static PolicyInvariants of(EigRules rules) {
        if (rules.promotions().isEmpty()) {
            throw new IllegalArgumentException("the rule set evaluates no promotion");
        }
        return new PolicyInvariants(rules, rules.promotions().first(), 1000, null);
    }

    /** The same invariants on another promotion. */
    public PolicyInvariants forPromotion(int promotion) {
        if (!rules.promotions().contains(promotion)) {
            throw new IllegalArgumentException("the rule set does not evaluate promotion " + promotion
                    + "; it evaluates " + rules.promotions());
        }
        return copy(promotion, examples, seed);
    }

    /** How many generated examples each invariant tries. */
    public PolicyInvariants withExamples(int examples) {
        return copy(promotion, examples, seed);
    }

    /** A fixed seed, to replay a failure or make a run repeatable. */
    public PolicyInvariants withSeed(long seed) {
        return copy(promotion, examples, seed);
    }

    /**
     * Changes the eligible applications every invariant starts from (the eligible ones it generates,
     * the originals it breaks on one clause or takes one field from), for a rule set whose own rules
     * read a field the kit's generators do not fill. For a rule that makes a file without the
     * high-level mentor's e-mail incomplete:
     *
     * <pre>{@code
     * PolicyInvariants.of(rules).withGenerators(eligible -> eligible.map(a ->
     *         Applications.with(a, "mentors.highLevel.email", "mentor@example.org")))
     * }</pre>
     *
     * Successive calls apply in order. The applications must stay eligible under the rule set:
     * {@link #aSingleFailureIsItsOwnReason()} checks it.
     *
     * @param change from the kit's eligible applications (with the previous changes) to the ones to use
     */
    public PolicyInvariants withGenerators(UnaryOperator<Gen<Application>> change) {
        java.util.Objects.requireNonNull(change, "change");
        UnaryOperator<Gen<Application>> before = generators;
        return new PolicyInvariants(rules, promotion, examples, seed, g -> change.apply(before.apply(g)), alsoNeeded,
                added, excluded);
    }

    /**
     * Declares a field the rule set's own rules need: {@link #aSingleMissingFieldIsListed()} then
     * also takes it out of eligible applications that give it, and expects it listed as missing
     * under {@code clause} (as well as under any clause the built-in model names for it).
     *
     * @param field  the field's path, e.g. {@code mentors.highLevel.email}
     * @param clause the clause its absence leaves undecided, e.g. {@code CHL-5}
     */
    public PolicyInvariants withNeededField(String field, String clause) {
        Map<String, List<String>> more = new LinkedHashMap<>(alsoNeeded);
        more.merge(field, List.of(clause), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                .distinct().toList());
        return new PolicyInvariants(rules, promotion, examples, seed, generators, more, added, excluded);
    }

    /**
     * Adds an invariant of the rule set's own, checked by {@link #checkAll()} (and by
     * {@link #check(String)}) on the same generated applications as the others, eligible ones
     * (after {@link #withGenerators}) included. The check fails by throwing an {@link AssertionError}
     * (an AssertJ assertion does); a name already used replaces that invariant.
     *
     * @param name  how failures name it
     * @param check what must hold of every generated application
     */
    public PolicyInvariants withInvariant(String name, Consumer<Application> check) {
        requireName(name);
        java.util.Objects.requireNonNull(check, "check");
        Map<String, Consumer<Application>> more = new LinkedHashMap<>(added);
        more.put(name, check);
        Map<String, String> stillExcluded = new LinkedHashMap<>(excluded);
        stillExcluded.remove(name);
        return new PolicyInvariants(rules, promotion, examples, seed, generators, alsoNeeded, more, stillExcluded);
    }

    /**
     * Leaves one of the kit's invariants out of {@link #checkAll()}, saying why: a rule set whose
     * policy deliberately differs (a priority that excludes, say) states it here, in the test.
     *
     * @param invariant the invariant's name: a method of this class, e.g. {@code prioritiesNeverChangeAVerdict}
     * @param reason    why it does not hold for this rule set; not blank
     * @throws IllegalArgumentException for an unknown invariant or a blank reason
     */
    public PolicyInvariants without(String invariant, String reason) {
        if (!builtInInvariants().containsKey(invariant) && !added.containsKey(invariant)) {
            throw new IllegalArgumentException("no invariant named " + invariant + "; known: "
                    + String.join(", ", invariants()));
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why " + invariant + " is left out: the reason is blank");
        }
        Map<String, String> more = new LinkedHashMap<>(excluded);
        more.put(invariant, reason);
        Map<String, Consumer<Application>> stillAdded = new LinkedHashMap<>(added);
        stillAdded.remove(invariant);
        return new PolicyInvariants(rules, promotion, examples, seed, generators, alsoNeeded, stillAdded, more);
    }

    /** The invariants {@link #checkAll()} runs, by name, in order: the kit's, then the rule set's own. */
    public List<String> invariants() {
        List<String> names = new ArrayList<>(builtInInvariants().keySet());
        names.addAll(added.keySet());
        names.removeAll(excluded.keySet());
        return List.copyOf(names);
    }

    /** The invariants left out with {@link #without}, each with its reason. */
    public Map<String, String> excluded() {
        return excluded;
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an invariant needs a name: the name is blank");
        }
    }

    private QuickTheory qt() {
        QuickTheory qt = QuickTheory.qt().withExamples(examples);
        return seed == null ? qt : qt.withFixedSeed(seed);
    }

    private <T> void forAll(String invariant, Gen<T> gen, Consumer<T> check) {
        try {
            qt().forAll(gen).checkAssert(check);
        } catch (AssertionError e) {
            throw new AssertionError(invariant + ": " + e.getMessage(), e);
        }
    }

    /** The eligible applications every invariant starts from, with the author's changes. */
    private Gen<Application> eligible() {
        return generators.apply(EigGenerators.eligibleApplications(parameters));
    }

    private Gen<Application> applications() {
        return EigGenerators.applications(parameters).mix(eligible(), 30)
                .mix(Breakages.failingExactlyOne(parameters, eligible()).map(Breakages.Broken::broken), 30);
    }

    private static void require(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new AssertionError(String.format(message, args));
        }
    }

    /**
     * Co-financing granted implies ELIGIBLE; INELIGIBLE has a reason; INCOMPLETE lists a missing field
     * or an implausible value; clauses cited exist.
     */
    public void verdictsExplainThemselves() {
        Set<String> clauses = rules.rules().stream().map(RuleMetadata::clause).collect(Collectors.toSet());
        forAll("every verdict explains itself", applications(), a -> {
            Decision d = rules.evaluate(a);
            require(!d.coFinancing().granted() || d.verdict() == Verdict.ELIGIBLE,
                    "co-financing granted to a %s défi", d.verdict());
            require(d.verdict() != Verdict.INELIGIBLE || !d.reasons().isEmpty(), "INELIGIBLE without a reason");
            require(d.verdict() != Verdict.INCOMPLETE || !d.missing().isEmpty() || !d.implausible().isEmpty(),
                    "INCOMPLETE without a missing field or an implausible value");
            require(d.verdict() != Verdict.ELIGIBLE || d.reasons().isEmpty() && d.missing().isEmpty()
                            && d.implausible().isEmpty(),
                    "ELIGIBLE with reasons %s, missing fields %s or implausible values %s", d.reasons(), d.missing(),
                    d.implausible());
            for (Reason reason : d.reasons()) {
                require(clauses.contains(reason.clause()), "a reason cites %s, which no rule implements", reason.clause());
            }
            for (MissingField field : d.missing()) {
                require(clauses.contains(field.clause()), "a missing field cites %s, which no rule implements", field.clause());
            }
            for (ImplausibleValue value : d.implausible()) {
                require(clauses.contains(value.clause()), "an implausible value cites %s, which no rule implements",
                        value.clause());
            }
        });
    }

    /** PIA plus host equals the total to the cent; PIA never exceeds the promotion's rate of it. */
    public void amountsAddUp() {
        BigDecimal rate = parameters.piaRate();
        forAll("PIA and host amounts add up", applications().assuming(a -> a.funding() != null
                && a.funding().totalEmployerCost() != null), a -> {
            CoFinancing co = rules.evaluate(a).coFinancing();
            BigDecimal total = a.funding().totalEmployerCost();
            require(co.piaAmount() != null && co.hostAmount() != null, "amounts missing for a total of %s", total);
            require(co.piaAmount().scale() == 2 && co.hostAmount().scale() == 2, "amounts %s / %s are not to the cent",
                    co.piaAmount(), co.hostAmount());
            require(co.piaAmount().add(co.hostAmount()).compareTo(total) == 0, "PIA %s + host %s differs from total %s",
                    co.piaAmount(), co.hostAmount(), total);
            require(co.piaAmount().signum() >= 0 && co.hostAmount().signum() >= 0, "a negative amount: %s / %s",
                    co.piaAmount(), co.hostAmount());
            require(rate == null ? co.piaAmount().signum() == 0 : co.piaAmount().compareTo(parameters.piaShareOf(total)) <= 0,
                    "PIA %s exceeds %s of %s", co.piaAmount(), rate, total);
        });
    }

    /**
     * The other administrations — a territorial authority, a health establishment or an independent
     * administrative authority — never get PIA money without a ministry carrier.
     */
    public void localAuthoritiesNeedAMinistry() {
        Gen<BodyKind> local = EigGenerators.oneOf(BodyKind.TERRITORIAL_AUTHORITY, BodyKind.HEALTH_ESTABLISHMENT,
                BodyKind.INDEPENDENT_AUTHORITY);
        List<BodyKind> others = java.util.Arrays.stream(BodyKind.values()).filter(k -> k != BodyKind.MINISTRY).toList();
        Gen<BodyKind> notMinistry = org.quicktheories.generators.SourceDSL.arbitrary().pick(others);
        Gen<Application> all = applications();
        Gen<Application> gen = in -> {
            Application a = all.generate(in);
            a = Applications.with(a, "host", new org.eigrules.model.Host("Collectivité", local.generate(in), null));
            return integers().between(1, 2).generate(in) == 1 ? Applications.without(a, "fundingCarrier")
                    : Applications.with(a, "fundingCarrier", new org.eigrules.model.FundingCarrier("Porteur",
                    notMinistry.generate(in)));
        };
        forAll("no PIA money for a territorial authority, health establishment or independent authority without a "
                + "ministry carrier", gen, a -> {
            CoFinancing co = rules.evaluate(a).coFinancing();
            require(!co.granted() && co.recipient() == null, "granted to %s", co.recipient());
            require(co.piaAmount() == null || co.piaAmount().signum() == 0, "PIA amount %s", co.piaAmount());
        });
    }

    /** An application failing exactly one clause has exactly that clause as reason; fixing it gives ELIGIBLE. */
    public void aSingleFailureIsItsOwnReason() {
        forAll("a single failure is its own reason", Breakages.failingExactlyOne(parameters, eligible()), b -> {
            Decision fixed = rules.evaluate(b.original());
            require(fixed.verdict() == Verdict.ELIGIBLE, "the eligible original is %s, failing %s, missing %s",
                    fixed.verdict(), fixed.failedClauses(), fixed.missing());
            Decision broken = rules.evaluate(b.broken());
            require(broken.verdict() == Verdict.INELIGIBLE && broken.failedClauses().equals(List.of(b.clause())),
                    "broken on %s, the decision is %s failing %s (missing %s)", b.clause(), broken.verdict(),
                    broken.failedClauses(), broken.missing());
        });
    }

    /** An application missing exactly one field is INCOMPLETE, listing that field under the clauses that need it. */
    public void aSingleMissingFieldIsListed() {
        forAll("a single missing field is listed", Breakages.missingExactlyOne(parameters, eligible(), alsoNeeded), m -> {
            Decision d = rules.evaluate(m.application());
            require(d.verdict() == Verdict.INCOMPLETE, "without %s the decision is %s (reasons %s)", m.field(),
                    d.verdict(), d.failedClauses());
            require(new TreeSet<>(d.missing().stream().map(f -> f.field() + " " + f.clause()).toList())
                            .equals(new TreeSet<>(m.expected().stream().map(f -> f.field() + " " + f.clause()).toList())),
                    "without %s the missing fields are %s, expected %s", m.field(), d.missing(), m.expected());
        });
    }

    /** Fields the three-valued invariant takes out, a few at a time, so that some are missing. */
    private static final List<String> REMOVABLE = List.of("receivedAt", "challenge.problem", "challenge.purelyTechnical",
            "challenge.impactsAgentsOrUsers", "challenge.durationMonths", "eigs", "eigs[0].profile", "eigs[1].profile",
            "host", "host.kind", "fundingCarrier.kind", "mentors", "mentors.operational", "mentors.highLevel",
            "mentors.operational.name", "mentors.highLevel.name", "mentors.operational.email", "mentors.highLevel.email",
            "mentors.highLevel.position", "team", "team[0].role", "team[1].role", "team[2].role", "commitments",
            "commitments.dataAccess", "commitments.offSiteWork", "commitments.supportProgramme",
            "commitments.continuationPlan", "documents", "documents.detailedForm", "documents.pitchSlides",
            "documents.financialSimulation", "funding", "funding.mode", "funding.totalEmployerCost", "funding.requestedAmount");

    private static Application withoutIfPresent(Application a, String path) {
        try {
            return Applications.get(a, path) == null ? a : Applications.without(a, path);
        } catch (RuntimeException e) {
            return a; // a step on the way is absent, or the list is shorter
        }
    }

    /** Where a clause stands in a decision: failed, undecided (missing or implausible), or passed. */
    private static String status(Decision d, String clause) {
        if (d.failedClauses().contains(clause)) {
            return "failed";
        }
        boolean undecided = d.missing().stream().anyMatch(m -> m.clause().equals(clause))
                || d.implausible().stream().anyMatch(v -> v.clause().equals(clause));
        return undecided ? "undecided" : "passed";
    }

    /**
     * Three-valued clauses: giving a value to a field the decision lists as missing never changes a
     * clause that was already decided — a failed clause stays failed, a passed one stays passed.
     * The value comes from another generated application, so it may itself be anything well-formed.
     */
    public void decidedClausesStayDecided() {
        Set<String> clauses = rules.rules().stream().filter(r -> r.appliesTo(promotion))
                .map(RuleMetadata::clause).filter(c -> !c.startsWith("PRI-")).collect(Collectors.toCollection(TreeSet::new));
        Gen<Application> all = applications();
        Gen<Application> donors = EigGenerators.applications(parameters).mix(eligible(), 50);
        Gen<String> holes = arbitrary().pick(REMOVABLE);
        Gen<Application[]> pairs = in -> {
            Application a = all.generate(in);
            for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
                a = withoutIfPresent(a, holes.generate(in));
            }
            return new Application[]{a, donors.generate(in)};
        };
        forAll("adding a value to a missing field never changes a decided clause", pairs, pair -> {
            Application a = pair[0];
            Decision before = rules.evaluate(a);
            for (MissingField missing : before.missing()) {
                Object value;
                try {
                    value = Applications.get(pair[1], missing.field());
                } catch (RuntimeException e) {
                    continue; // the donor has no such element (a shorter list)
                }
                if (value == null) {
                    continue;
                }
                Application given = Applications.with(a, missing.field(), value);
                if (!rules.violations(given).isEmpty()) {
                    continue; // the value contradicts another field (a request on a self-funded file)
                }
                Decision after = rules.evaluate(given);
                for (String clause : clauses) {
                    String was = status(before, clause);
                    String is = status(after, clause);
                    require(was.equals("undecided") || was.equals(is),
                            "%s was %s; giving %s the value %s makes it %s", clause, was, missing.field(), value, is);
                }
            }
        });
    }

    /** Priorities rank and never exclude: changing only what they read never changes a verdict. */
    public void prioritiesNeverChangeAVerdict() {
        Gen<Application> all = applications();
        Gen<Application> gen = in -> {
            Application a = all.generate(in);
            a = Applications.with(a, "challenge.dataScience", EigGenerators.mostly(50).generate(in));
            a = Applications.with(a, "challenge.linkedToAp2022", EigGenerators.mostly(50).generate(in));
            a = Applications.with(a, "challenge.openDataOrDataGovernance", EigGenerators.mostly(50).generate(in));
            a = Applications.with(a, "challenge.datasetsToOpen", lists().of(EigGenerators.oneOf("d")).ofSizeBetween(0, 2)
                    .generate(in));
            return Applications.with(a, "challenge.partners", lists().of(EigGenerators.oneOf("p")).ofSizeBetween(0, 2)
                    .generate(in));
        };
        forAll("priorities never change a verdict", gen, a -> {
            Application plain = Applications.with(Applications.with(Applications.with(Applications.with(Applications.with(a,
                    "challenge.dataScience", false), "challenge.linkedToAp2022", false), "challenge.openDataOrDataGovernance",
                    false), "challenge.datasetsToOpen", List.of()), "challenge.partners", List.of());
            Decision with = rules.evaluate(a);
            Decision without = rules.evaluate(plain);
            require(with.verdict() == without.verdict() && with.failedClauses().equals(without.failedClauses()),
                    "with priorities %s the verdict is %s %s, without %s %s", with.priorities(), with.verdict(),
                    with.failedClauses(), without.verdict(), without.failedClauses());
        });
    }

    /** The offset a receipt time is written with never changes the verdict for the same instant. */
    public void receiptOffsetsNeverChangeAVerdict() {
        forAll("the receipt time's offset never changes a verdict", applications().assuming(a -> a.receivedAt() != null),
                a -> {
                    Verdict verdict = rules.evaluate(a).verdict();
                    for (ZoneOffset offset : EigGenerators.OFFSETS) {
                        Application moved = Applications.with(a, "receivedAt", a.receivedAt().withOffsetSameInstant(offset));
                        require(rules.evaluate(moved).verdict() == verdict, "written at %s the verdict is %s, at %s it is %s",
                                a.receivedAt(), verdict, moved.receivedAt(), rules.evaluate(moved).verdict());
                    }
                });
    }

    /** A batch gives the same decisions as one-by-one evaluation, whatever its order. */
    public void batchesAgreeWithSingleEvaluations() {
        Gen<List<Application>> batches = lists().of(applications()).ofSizeBetween(0, 12);
        forAll("a batch agrees with one-by-one evaluation", batches.zip(integers().all(), (batch, shuffle) -> {
            List<Application> shuffled = new ArrayList<>(batch);
            Collections.shuffle(shuffled, new Random(shuffle));
            return shuffled;
        }), batch -> {
            List<Decision> together = rules.evaluateAll(batch);
            for (int i = 0; i < batch.size(); i++) {
                require(together.get(i).equals(rules.evaluate(batch.get(i))), "element %d of a batch of %d differs", i,
                        batch.size());
            }
        });
    }

    /** Every clause a rule can fail is failed by some generated application. */
    public void everyClauseIsReachable() {
        Set<String> failable = new TreeSet<>();
        rules.rules().stream().filter(r -> r.appliesTo(promotion) && r.canFail()).forEach(r -> failable.add(r.clause()));
        Set<String> reached = new TreeSet<>();
        Gen<Application> gen = applications();
        QuickTheory.qt().withExamples(Math.max(examples, 500)).withFixedSeed(seed == null ? 20181 : seed)
                .forAll(gen).checkAssert(a -> reached.addAll(rules.evaluate(a).failedClauses()));
        for (String clause : Breakages.clauses()) {
            if (failable.contains(clause) && !reached.contains(clause)) {
                QuickTheory.qt().withExamples(50).withFixedSeed(seed == null ? 20182 : seed)
                        .forAll(Breakages.failingExactly(clause, parameters, eligible()))
                        .checkAssert(b -> reached.addAll(rules.evaluate(b.broken()).failedClauses()));
            }
        }
        Set<String> unreached = new TreeSet<>(failable);
        unreached.removeAll(reached);
        require(unreached.isEmpty(), "every clause is reachable: no generated application fails %s", unreached);
    }

    /** The kit's invariants, by name (each a method of this class), in the order {@link #checkAll()} runs them. */
    private Map<String, Runnable> builtInInvariants() {
        Map<String, Runnable> all = new LinkedHashMap<>();
        all.put("verdictsExplainThemselves", this::verdictsExplainThemselves);
        all.put("amountsAddUp", this::amountsAddUp);
        all.put("localAuthoritiesNeedAMinistry", this::localAuthoritiesNeedAMinistry);
        all.put("aSingleFailureIsItsOwnReason", this::aSingleFailureIsItsOwnReason);
        all.put("aSingleMissingFieldIsListed", this::aSingleMissingFieldIsListed);
        all.put("decidedClausesStayDecided", this::decidedClausesStayDecided);
        all.put("prioritiesNeverChangeAVerdict", this::prioritiesNeverChangeAVerdict);
        all.put("receiptOffsetsNeverChangeAVerdict", this::receiptOffsetsNeverChangeAVerdict);
        all.put("batchesAgreeWithSingleEvaluations", this::batchesAgreeWithSingleEvaluations);
        all.put("everyClauseIsReachable", this::everyClauseIsReachable);
        return all;
    }

    /** Every invariant to run, by name: the kit's and the rule set's own, without those left out. */
    private Map<String, Runnable> toRun() {
        Map<String, Runnable> all = builtInInvariants();
        added.forEach((name, check) -> all.put(name, () -> forAll(name, applications(), check)));
        excluded.keySet().forEach(all::remove);
        return all;
    }

    /**
     * Runs one invariant by its name, the kit's or one added with {@link #withInvariant}.
     *
     * @throws IllegalArgumentException for a name {@link #invariants()} does not list
     */
    public void check(String invariant) {
        Runnable run = toRun().get(invariant);
        if (run == null) {
            throw new IllegalArgumentException("no invariant named " + invariant + " to run"
                    + (excluded.containsKey(invariant) ? " (left out: " + excluded.get(invariant) + ")" : "")
                    + "; known: " + String.join(", ", invariants()));
        }
        run.run();
    }

    /**
     * Runs every invariant — the kit's, then those added with {@link #withInvariant}, without those
     * left out with {@link #without} — and reports each one that fails, not only the first.
     */
    public void checkAll() {
        InvariantRun.all(toRun());
    }
}
