package org.eigrules;

import org.eigrules.evaluation.EvaluationException;
import org.eigrules.evaluation.EvaluationLimits;
import org.eigrules.evaluation.Explanation;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;

import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.candidacy.CandidateJury;
import org.eigrules.engine.candidacy.CandidateParameters;
import org.eigrules.candidacy.CandidateRanking;
import org.eigrules.engine.candidacy.CandidateRankings;
import org.eigrules.engine.candidacy.CandidateRules;
import org.eigrules.decision.Decision;
import org.eigrules.engine.InputValidation;
import org.eigrules.engine.RuleEngine;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.model.Application;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.reading.InputText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The entry point: evaluates défi applications against the EIG programme's rules.
 *
 * <pre>{@code
 * EigRules rules = EigRules.builtIn();
 * Decision decision = rules.evaluate(application);
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe: build it once and share it. Evaluation never reads
 * the clock and never changes its input; the same application always gives an equal decision.
 */
public final class EigRules {

    private final RuleSet ruleSet;
    private final RuleEngine engine;
    private final Map<Integer, PromotionParameters> promotions;
    private final Set<Integer> evaluable;
    private final InputValidation validation;
    // Worked out on first need, not at start: the candidates' rules load only when a candidacy comes.
    private final Map<Integer, CandidateParameters> candidateParameters = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile SortedSet<Integer> candidacyPromotions;
    // The candidates' and the selection's rules: a folder's own when it has them, else the built-in
    // ones, made on first need.
    private volatile CandidateRules candidateRules;
    private volatile org.eigrules.engine.selection.SelectionRules selectionRules;

    EigRules(RuleSet ruleSet) {
        this(ruleSet, EvaluationLimits.defaultsFor(ruleSet));
    }

    private EigRules(RuleSet ruleSet, EvaluationLimits limits) {
        this.ruleSet = ruleSet;
        this.engine = new RuleEngine(ruleSet, limits);
        this.promotions = ruleSet.parameters();
        this.evaluable = ruleSet.evaluablePromotions();
        this.validation = InputValidation.shared();
    }

    /**
     * The built-in rules and promotion parameters, from the rule base compiled when the library was
     * built. The first call reads them; each promotion's rule base is built the first time that
     * promotion is evaluated (a few hundred milliseconds in all, see docs/performance.md). Later calls return the same instance.
     */
    public static EigRules builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final EigRules INSTANCE = new EigRules(RuleSet.builtIn());
    }

    /**
     * Rules over a rule set built elsewhere: the built-in one with other parameters
     * ({@code RuleSet.builtIn().withParameters(…)}), or a rule author's folder, which
     * {@code eig-authoring} compiles ({@code RuleFolders.load(folder)} gives its {@code EigRules}).
     */
    public static EigRules of(RuleSet ruleSet) {
        return new EigRules(ruleSet);
    }

    /**
     * The same rules with other limits on each evaluation: most rule firings and longest time.
     * The defaults ({@link EvaluationLimits#defaultsFor}) allow {@value EvaluationLimits#FIRINGS_PER_RULE}
     * firings per rule and {@link EvaluationLimits#DEFAULT_TIME}.
     */
    public EigRules withLimits(EvaluationLimits limits) {
        return new EigRules(ruleSet, limits);
    }

    /** The limits each evaluation runs within. */
    public EvaluationLimits limits() {
        return engine.limits();
    }

    /**
     * Evaluates one application.
     *
     * @param application the application; not modified
     * @return the decision: ELIGIBLE, INELIGIBLE with every failing clause, or INCOMPLETE with
     *         every missing field
     * @throws InvalidApplicationException when the application is malformed or names a
     *                                     promotion these rules do not cover; every problem is listed.
     *                                     This is the only exception malformed input causes.
     * @throws EvaluationException         when a well-formed application could not be evaluated: a
     *                                     rule threw (an arithmetic overflow, for instance), or the
     *                                     evaluation passed its firing or time limit ({@link #limits()});
     *                                     the message names the last rules fired. Built-in rules do
     *                                     not; a rule folder's may.
     * @throws NullPointerException        when {@code application} is null
     */
    public Decision evaluate(Application application) {
        InputValidation.Result checked = wellFormed(application);
        return engine.evaluate(application, promotions.get(application.promotion()), checked.missing());
    }

    /**
     * Evaluates several applications; the decisions come in the same order.
     *
     * @throws InvalidApplicationException when any application is malformed: nothing is evaluated,
     *                                     and every problem is listed with the application's index
     *                                     ({@code [2].eigs[0].profile})
     * @throws EvaluationException         as {@link #evaluate} does, for the first application that fails
     */
    public List<Decision> evaluateAll(List<Application> applications) {
        Objects.requireNonNull(applications, "applications");
        List<Violation> violations = new ArrayList<>();
        List<InputValidation.Result> checked = new ArrayList<>(applications.size());
        for (int i = 0; i < applications.size(); i++) {
            Application application = applications.get(i);
            if (application == null) {
                violations.add(InputText.violation("[" + i + "]", "null-application"));
                checked.add(null);
                continue;
            }
            InputValidation.Result result = check(application);
            for (Violation v : result.invalid()) {
                violations.add(v.under("[" + i + "]"));
            }
            checked.add(result);
        }
        if (!violations.isEmpty()) {
            throw new InvalidApplicationException(violations);
        }
        List<Decision> decisions = new ArrayList<>(applications.size());
        for (int i = 0; i < applications.size(); i++) {
            Application application = applications.get(i);
            decisions.add(engine.evaluate(application, promotions.get(application.promotion()), checked.get(i).missing()));
        }
        return decisions;
    }

    /**
     * Evaluates one application and keeps the trace: the rules fired in order, the facts and
     * parameter values each read, and the status of every clause.
     *
     * @throws InvalidApplicationException as {@link #evaluate} does
     * @throws EvaluationException         as {@link #evaluate} does
     */
    public Explanation explain(Application application) {
        InputValidation.Result checked = wellFormed(application);
        return engine.explain(application, promotions.get(application.promotion()), checked.missing());
    }

    /**
     * Ranks a promotion's défis from their jury grids, walks the envelope down the ranking and, when
     * the selection names the défis the programme selected, checks them (SEL-1 … SEL-6). Each
     * application is evaluated as {@link #evaluate} does; the selection rules then run over all the
     * decisions and grids at once. The result explains itself like a decision: each ranked défi
     * carries the findings (clause, rule, message) that placed it, and each défi left out says why.
     *
     * @throws InvalidSelectionException listing every problem: a grid that SEL-1 refuses, a name that
     *                                   matches no défi, a promotion without parameters, a malformed
     *                                   application ({@code applications[2].eigs[0].profile})
     * @throws EvaluationException       when a rule failed or passed the limits, for one of the
     *                                   applications or for the selection itself
     */
    public org.eigrules.selection.SelectionResult select(org.eigrules.selection.Selection asGiven) {
        Objects.requireNonNull(asGiven, "selection");
        // Grids and the decided selection may name a défi by its application's id: read them as names.
        org.eigrules.selection.Selection selection = org.eigrules.selection.SelectionInput.byName(asGiven);
        List<Violation> violations = new ArrayList<>();
        Integer promotion = selection.promotion();
        PromotionParameters known = promotion == null ? null : promotions.get(promotion);
        org.eigrules.selection.JuryScale scale = known == null ? null
                : org.eigrules.ruleset.CandidateKeys.juryScale(known);
        org.eigrules.selection.SelectionInput.problems(selection, scale)
                .forEach(p -> violations.add(InputText.of(p.key(), p.args().stream() // names from the file, shown escaped
                        .map(a -> a instanceof String text ? InputText.escaped(text) : a).toArray()).at(p.path())));
        if (promotion != null && promotion > 0 && !promotions.containsKey(promotion)) {
            violations.add(InputText.violation("promotion", "selection.promotion-without-parameters",
                    promotions.keySet(), promotion));
        } else if (known != null && scale == null) {
            // Without the jury's scale no grid can be checked, so none can be ranked.
            violations.add(InputText.violation("promotion", "selection.no-jury-scale", promotion));
        } else if (promotion != null && promotion > 0 && !selectionRunner().serves(promotion)) {
            // Without a selection rule, nothing would rank or place a défi: refused, not decided.
            violations.add(InputText.violation("promotion", "selection.no-selection-rule-yet", promotion,
                    promotions.keySet().stream().filter(selectionRunner()::serves).toList()));
        }
        List<InputValidation.Result> checked = new ArrayList<>();
        for (int i = 0; i < selection.applications().size(); i++) {
            Application application = selection.applications().get(i);
            InputValidation.Result result = application == null ? null : check(application);
            if (result != null) {
                for (Violation v : result.invalid()) {
                    violations.add(new Violation("applications[" + i + "]" + (v.path().isEmpty() ? "" : "." + v.path()),
                            v.message(), v.messageFr()));
                }
            }
            checked.add(result);
        }
        if (!violations.isEmpty()) {
            throw new InvalidSelectionException(InputText.capped(violations));
        }
        PromotionParameters parameters = promotions.get(promotion);
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < selection.applications().size(); i++) {
            decisions.add(engine.evaluate(selection.applications().get(i), parameters, checked.get(i).missing()));
        }
        return selectionRunner().select(parameters, selection.applications(),
                decisions, selection.grids(), selection.selected(), engine.limits());
    }

    /**
     * Every malformed field of an application, in path order; empty when it can be evaluated.
     * Missing information is not listed here: it makes the decision INCOMPLETE.
     */
    public List<Violation> violations(Application application) {
        Objects.requireNonNull(application, "application");
        return check(application).invalid();
    }

    /** The promotions these rules evaluate: a parameter file and at least one rule that applies. */
    public SortedSet<Integer> promotions() {
        return new TreeSet<>(evaluable);
    }

    /** The parameters of a promotion that has a parameter file, with each value's label and source. */
    public PromotionParameters parameters(int promotion) {
        PromotionParameters parameters = promotions.get(promotion);
        if (parameters == null) {
            throw new IllegalArgumentException("no parameters for promotion " + promotion
                    + "; these rules have parameter files for promotion(s) " + promotions.keySet());
        }
        return parameters;
    }

    /** The rule set: its rules with their clause, promotions, source and file, its parameters, its messages. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Every rule with its clause, promotions, source, file and the parameters it reads. */
    public List<RuleMetadata> rules() {
        return ruleSet.rules();
    }

    /**
     * The rules of the calls for candidates these rules decide candidacies by, in their file's
     * order: a rule folder's own when it has a candidates' rule file, else the built-in ones.
     */
    public List<org.eigrules.ruleset.CandidateRule> candidacyRules() {
        return candidatesRunner().rules();
    }

    /**
     * The selection's rules these rules select by, by name: a rule folder's own when it has a
     * selection rule file, else the built-in ones.
     */
    public List<RuleMetadata> selectionRules() {
        return selectionRunner().rules().stream().map(org.eigrules.engine.selection.SelectionRules.Metadata::described)
                .toList();
    }

    /**
     * Decides one candidacy to a call for candidates (CND clauses) with this rule set's candidates'
     * rules ({@link #candidacyRules()}) and its parameters.
     *
     * @param candidacy the candidacy; not modified
     * @return ELIGIBLE, INELIGIBLE with every failing clause, or INCOMPLETE with every missing field
     * @throws InvalidApplicationException when the candidacy is malformed or names a promotion
     *                                     whose parameters give no call for candidates
     * @throws EvaluationException         when a candidates' rule failed or passed the limits
     * @throws NullPointerException        when {@code candidacy} is null
     */
    public CandidacyDecision evaluate(Candidacy candidacy) {
        Objects.requireNonNull(candidacy, "candidacy");
        List<Violation> invalid = violations(candidacy);
        if (!invalid.isEmpty()) {
            throw new InvalidApplicationException(invalid);
        }
        return candidatesRunner().evaluate(candidacy, candidateParameters(candidacy.promotion()), ruleSet.citations(),
                engine.limits());
    }

    /** Every malformed field of a candidacy, in path order; empty when it can be decided. */
    public List<Violation> violations(Candidacy candidacy) {
        Objects.requireNonNull(candidacy, "candidacy");
        List<Violation> invalid = new ArrayList<>(validation.validateBean(candidacy).invalid());
        Integer promotion = candidacy.promotion();
        if (promotion != null && promotion > 0 && !candidacyPromotions().contains(promotion)) {
            // A call without a candidates' rule for it would be decided ELIGIBLE by no rule at all.
            boolean called = promotions.containsKey(promotion) && candidateParameters(promotion).definesTheCall();
            invalid.add(0, InputText.violation("promotion", called ? "promotion.no-candidate-rule-yet"
                    : "promotion.no-call-for-candidates", promotion, candidacyPromotions()));
        }
        return invalid;
    }

    /**
     * Ranks a promotion's auditioned candidates (CND-10, CND-14): one list per défi and profile,
     * best total first, ties reported and not broken.
     *
     * @throws InvalidApplicationException when the marks are malformed or the promotion's sources give no scale
     */
    public CandidateRanking rankCandidates(CandidateJury jury) {
        Objects.requireNonNull(jury, "jury");
        List<Violation> invalid = new ArrayList<>(validation.validateBean(jury).invalid());
        PromotionParameters parameters = jury.promotion() == null ? null : promotions.get(jury.promotion());
        if (jury.promotion() != null && jury.promotion() > 0 && parameters == null) {
            invalid.add(0, InputText.violation("promotion", "promotion.no-call-for-candidates", jury.promotion(),
                    candidacyPromotions()));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidApplicationException(invalid);
        }
        return CandidateRankings.rank(jury, candidateParameters(jury.promotion()), parameters.profiles() == null ? null
                : parameters.profiles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * The promotions whose calls for candidates these rules decide: their parameters give the call's
     * values and a candidates' rule applies to them.
     */
    public SortedSet<Integer> candidacyPromotions() {
        SortedSet<Integer> known = candidacyPromotions;
        if (known == null) {
            SortedSet<Integer> result = new TreeSet<>();
            for (Integer number : promotions.keySet()) {
                if (candidateParameters(number).definesTheCall()
                        && candidatesRunner().rules().stream().anyMatch(rule -> rule.appliesTo(number))) {
                    result.add(number);
                }
            }
            known = java.util.Collections.unmodifiableSortedSet(result);
            candidacyPromotions = known; // a race works the same set out twice, which is harmless
        }
        return known;
    }

    /** The rule set's compiled rules when it compiled some of {@code decision}'s, else null. */
    private org.eigrules.ruleset.CompiledRules compiledFor(org.eigrules.ruleset.PolicyLayout decision) {
        org.eigrules.ruleset.CompiledRules compiled = org.eigrules.ruleset.RuleSetAccess.get().compiledRules(ruleSet);
        return compiled.rules().stream().anyMatch(r -> decision.rulePackage().equals(r.packageName())) ? compiled : null;
    }

    /** The candidates' rules: the rule set's own when it compiled some, else the built-in ones. */
    private CandidateRules candidatesRunner() {
        CandidateRules rules = candidateRules;
        if (rules == null) {
            org.eigrules.ruleset.CompiledRules compiled = compiledFor(org.eigrules.ruleset.PolicyLayout.CANDIDACIES);
            rules = compiled != null ? CandidateRules.of(compiled,
                    ruleSet.textOf(org.eigrules.ruleset.PolicyLayout.CANDIDACIES), promotions.keySet())
                    : CandidateRules.builtIn();
            candidateRules = rules; // a race makes them twice, which is harmless
        }
        return rules;
    }

    /** The selection's rules: the rule set's own when it compiled some, else the built-in ones. */
    private org.eigrules.engine.selection.SelectionRules selectionRunner() {
        org.eigrules.engine.selection.SelectionRules rules = selectionRules;
        if (rules == null) {
            org.eigrules.ruleset.CompiledRules compiled = compiledFor(org.eigrules.ruleset.PolicyLayout.SELECTION);
            rules = compiled != null ? org.eigrules.engine.selection.SelectionRules.of(compiled, promotions.keySet())
                    : org.eigrules.engine.selection.SelectionRules.builtIn();
            selectionRules = rules;
        }
        return rules;
    }

    /** A promotion's call for candidates, read from its parameters once. */
    private CandidateParameters candidateParameters(int promotion) {
        return candidateParameters.computeIfAbsent(promotion, n -> CandidateParameters.of(promotions.get(n)));
    }

    /** The application's missing fields, once it is known to be well formed. */
    private InputValidation.Result wellFormed(Application application) {
        Objects.requireNonNull(application, "application");
        InputValidation.Result checked = check(application);
        if (!checked.invalid().isEmpty()) {
            throw new InvalidApplicationException(checked.invalid());
        }
        return checked;
    }

    private InputValidation.Result check(Application application) {
        InputValidation.Result result = validation.validate(application);
        Integer promotion = application.promotion();
        if (promotion != null && promotion > 0 && !evaluable.contains(promotion)) {
            List<Violation> invalid = new ArrayList<>(result.invalid());
            invalid.add(0, InputText.violation("promotion", promotions.containsKey(promotion)
                    ? "promotion.no-rule-yet" : "promotion.not-covered", promotion, promotions()));
            return new InputValidation.Result(invalid, result.missing());
        }
        return result;
    }
}
