package org.eigrules.engine;

import org.eigrules.evaluation.EvaluationException;
import org.eigrules.evaluation.EvaluationLimits;
import org.eigrules.evaluation.Explanation;

import org.eigrules.ruleset.RuleSetAccess;

import org.eigrules.ruleset.RuleSet;
import org.eigrules.decision.Decision;
import org.eigrules.decision.MissingField;
import org.eigrules.model.Application;
import org.eigrules.promotion.PromotionParameters;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.List;

/**
 * Runs a rule set over one application at a time. Thread-safe: the rule base is shared and
 * read-only, each evaluation gets its own session.
 */
public final class RuleEngine {

    /** The name under which the rule files reach the {@link Findings}. */
    static final String FINDINGS = "findings";

    private final RuleSet ruleSet;
    // The rule base and each rule's metadata, which RuleSet keeps out of its public methods.
    private final RuleSetAccess.Bridge access = RuleSetAccess.get();
    // Each promotion is evaluated on a rule base of its own rules, with its own sessions, made on
    // first use: no agenda filter runs, and no other promotion's conditions are evaluated.
    private final java.util.concurrent.ConcurrentHashMap<Integer, Promotion> byPromotion =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final AgendaEventListener stamp;
    private final EvaluationLimits limits;
    // A rule folder's consequences run on a worker thread that the caller stops waiting for at
    // the time limit, so that even a consequence that loops by itself cannot hang the caller.
    // The built-in rules are trusted and run on the caller's thread, without the hand-off.
    private final boolean watched;

    public RuleEngine(RuleSet ruleSet) {
        this(ruleSet, EvaluationLimits.defaultsFor(ruleSet));
    }

    /** An engine whose evaluations stop with an {@link EvaluationException} past the given limits. */
    public RuleEngine(RuleSet ruleSet, EvaluationLimits limits) {
        this.ruleSet = ruleSet;
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
        this.watched = !RuleSet.BUILT_IN_ORIGIN.equals(ruleSet.origin());
        // Stateless, so one instance serves every session: the findings are the session's global,
        // and they know the promotion's rules.
        this.stamp = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                Findings findings = (Findings) event.getKieRuntime().getGlobal(FINDINGS);
                // The guard first: it names the rules fired when one fails, and it halts a loop.
                findings.guard.beforeMatchFired(event);
                findings.firing(findings.rules.metadata(event.getMatch().getRule()), event.getMatch());
            }
        };
    }

    /**
     * One promotion's rules: its rule base, a pool of its sessions, and its rules' metadata by the
     * rule object (looked up at every firing, so without building a key).
     */
    static final class Promotion {
        // Sessions are reused, reset between evaluations: measured no slower than a new session
        // each time (about 1 µs either way) and with less garbage. The pool grows with the threads.
        final KieSessionsPool sessions;
        private final java.util.Map<org.kie.api.definition.rule.Rule, org.eigrules.ruleset.RuleMetadata> metadata =
                new java.util.IdentityHashMap<>();

        Promotion(KieBase base, java.util.function.Function<org.kie.api.definition.rule.Rule,
                org.eigrules.ruleset.RuleMetadata> metadataOf) {
            for (org.kie.api.definition.KiePackage pkg : base.getKiePackages()) {
                for (org.kie.api.definition.rule.Rule rule : pkg.getRules()) {
                    metadata.put(rule, metadataOf.apply(rule));
                }
            }
            this.sessions = base.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        }

        org.eigrules.ruleset.RuleMetadata metadata(org.kie.api.definition.rule.Rule rule) {
            return metadata.get(rule);
        }
    }

    private Promotion promotion(int number) {
        return byPromotion.computeIfAbsent(number,
                n -> new Promotion(access.ruleBase(ruleSet, n), rule -> access.metadata(ruleSet, rule)));
    }

    /**
     * Evaluates a well-formed application whose missing fields are already known.
     *
     * @param application the application, already checked for malformed input
     * @param parameters  the parameters of the application's promotion
     * @param missing     the missing fields found by validation
     */
    public Decision evaluate(Application application, PromotionParameters parameters, List<MissingField> missing) {
        Findings findings = run(application, parameters, missing, false);
        try {
            return DecisionAssembly.assemble(application, parameters, findings, ruleSet.messages(), ruleSet.citations());
        } catch (Throwable e) { // whatever a rule left behind fails this decision only
            throw new EvaluationException("the decision could not be built: " + describe(e), List.of(), e);
        }
    }

    /** The limits each evaluation runs within. */
    public EvaluationLimits limits() {
        return limits;
    }

    /** Evaluates as {@link #evaluate} does, and keeps each rule's firing with the facts it matched. */
    public Explanation explain(Application application, PromotionParameters parameters, List<MissingField> missing) {
        Findings findings = run(application, parameters, missing, true);
        try {
            Decision decision = DecisionAssembly.assemble(application, parameters, findings, ruleSet.messages(), ruleSet.citations());
            return Explanation.of(decision, findings.firings(), ruleSet, parameters, facts(application));
        } catch (Throwable e) { // whatever a rule left behind fails this decision only
            throw new EvaluationException("the decision could not be built: " + describe(e), List.of(), e);
        }
    }

    /**
     * Fires the rules that apply to the parameters' promotion over the application and its parts.
     * Null parts are not inserted: the rules about them cannot match, and their absence is
     * already in {@code missing}.
     */
    private Findings run(Application application, PromotionParameters parameters, List<MissingField> missing,
                         boolean trace) {
        Promotion rules = promotion(parameters.promotion());
        KieSession session = rules.sessions.newKieSession();
        // The firing's guard is told of each firing by the one listener of the pooled session,
        // through the findings, instead of a listener added and removed at each evaluation.
        GuardedRun firing = new GuardedRun(session, limits, "a rule");
        Findings findings = new Findings(missing, trace, rules, firing);
        firing.run(() -> {
            session.setGlobal(FINDINGS, findings);
            if (!session.getAgendaEventListeners().contains(stamp)) {
                session.addEventListener(stamp);
            }
            insertFacts(session, application, parameters);
            session.fireAllRules();
        }, watched);
        return findings;
    }

    /** The innermost cause's kind and message, without the engine's wrapping. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root instanceof ArithmeticException ? "arithmetic error"
                : root instanceof NullPointerException ? "a value was absent"
                : root instanceof StackOverflowError ? "too deep a recursion"
                : root instanceof OutOfMemoryError ? "out of memory"
                : root instanceof Error ? "a failure of the Java platform"
                : "error";
        // A null pointer's message names Java types, an Error's names classes; the rule names in the
        // error say where to look.
        String message = root.getMessage() == null || root instanceof NullPointerException || root instanceof Error ? ""
                : ": " + root.getMessage().lines().findFirst().orElse("");
        return kind + message;
    }

    private static void insertFacts(KieSession session, Application a, PromotionParameters parameters) {
        session.insert(parameters);
        facts(a).forEach(session::insert);
    }

    /** The application and its present parts: the facts the rules match. */
    private static List<Object> facts(Application a) {
        List<Object> facts = new java.util.ArrayList<>();
        facts.add(a);
        for (Object part : new Object[]{a.challenge(), a.host(), a.fundingCarrier(), a.mentors(), a.commitments(),
                a.documents(), a.funding()}) {
            if (part != null) {
                facts.add(part);
            }
        }
        if (a.eigs() != null) {
            a.eigs().stream().filter(java.util.Objects::nonNull).forEach(facts::add);
        }
        return facts;
    }
}
