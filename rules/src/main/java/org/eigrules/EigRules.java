package org.eigrules;

import org.eigrules.decision.Decision;
import org.eigrules.engine.Explanation;
import org.eigrules.engine.InputValidation;
import org.eigrules.engine.InvalidRuleSetException;
import org.eigrules.engine.RuleEngine;
import org.eigrules.engine.RuleMetadata;
import org.eigrules.engine.RuleSet;
import org.eigrules.model.Application;
import org.eigrules.promotion.PromotionParameters;

import java.nio.file.Path;

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

    EigRules(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.engine = new RuleEngine(ruleSet);
        this.promotions = ruleSet.parameters();
        this.evaluable = ruleSet.evaluablePromotions();
        this.validation = InputValidation.shared();
    }

    /**
     * The built-in rules and promotion parameters, from the rule base compiled when the library was
     * built. The first call loads them (about a second); later calls return the same instance.
     */
    public static EigRules builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final EigRules INSTANCE = new EigRules(RuleSet.builtIn());
    }

    /**
     * A rule author's folder, compiled now (a few seconds): its rule files replace the built-in
     * rules when it has any, its parameter files ({@code p3.yaml}, …) replace or add to the built-in
     * ones, its {@code messages_fr.properties} and {@code messages_en.properties} add messages.
     *
     * @throws InvalidRuleSetException listing every problem with its file, line and column
     */
    public static EigRules fromFolder(Path folder) {
        return new EigRules(RuleSet.fromFolder(folder));
    }

    /** Rules over a rule set built elsewhere, for instance with other parameters. */
    public static EigRules of(RuleSet ruleSet) {
        return new EigRules(ruleSet);
    }

    /**
     * Evaluates one application.
     *
     * @param application the application; not modified
     * @return the decision: ELIGIBLE, INELIGIBLE with every failing clause, or INCOMPLETE with
     *         every missing field
     * @throws InvalidApplicationException when the application is malformed or names a
     *                                     promotion these rules do not cover; every problem is listed
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
     */
    public List<Decision> evaluateAll(List<Application> applications) {
        Objects.requireNonNull(applications, "applications");
        List<Violation> violations = new ArrayList<>();
        List<InputValidation.Result> checked = new ArrayList<>(applications.size());
        for (int i = 0; i < applications.size(); i++) {
            Application application = applications.get(i);
            if (application == null) {
                violations.add(new Violation("[" + i + "]", "must not be null"));
                checked.add(null);
                continue;
            }
            InputValidation.Result result = check(application);
            for (Violation v : result.invalid()) {
                violations.add(new Violation("[" + i + "]" + (v.path().isEmpty() ? "" : "." + v.path()), v.message()));
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
     */
    public org.eigrules.selection.SelectionResult select(org.eigrules.selection.Selection selection) {
        Objects.requireNonNull(selection, "selection");
        List<Violation> violations = new ArrayList<>();
        org.eigrules.selection.SelectionInput.problems(selection)
                .forEach(p -> violations.add(new Violation(p.path(), p.message())));
        Integer promotion = selection.promotion();
        if (promotion != null && promotion > 0 && !promotions.containsKey(promotion)) {
            violations.add(new Violation("promotion", "expected a promotion with a parameter file "
                    + promotions.keySet() + ", found " + promotion));
        }
        List<InputValidation.Result> checked = new ArrayList<>();
        for (int i = 0; i < selection.applications().size(); i++) {
            Application application = selection.applications().get(i);
            InputValidation.Result result = application == null ? null : check(application);
            if (result != null) {
                for (Violation v : result.invalid()) {
                    violations.add(new Violation("applications[" + i + "]" + (v.path().isEmpty() ? "" : "." + v.path()),
                            v.message()));
                }
            }
            checked.add(result);
        }
        if (!violations.isEmpty()) {
            throw new InvalidSelectionException(violations);
        }
        PromotionParameters parameters = promotions.get(promotion);
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < selection.applications().size(); i++) {
            decisions.add(engine.evaluate(selection.applications().get(i), parameters, checked.get(i).missing()));
        }
        return org.eigrules.engine.selection.SelectionRules.builtIn().select(parameters, selection.applications(),
                decisions, selection.grids(), selection.selected());
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
            invalid.add(0, new Violation("promotion", (promotions.containsKey(promotion)
                    ? "no rule applies to promotion " + promotion + " yet"
                    : "no rules for promotion " + promotion) + "; these rules cover promotion(s) " + promotions()));
            return new InputValidation.Result(invalid, result.missing());
        }
        return result;
    }
}
