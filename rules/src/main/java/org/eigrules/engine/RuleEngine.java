package org.eigrules.engine;

import org.eigrules.decision.Decision;
import org.eigrules.decision.MissingField;
import org.eigrules.model.Application;
import org.eigrules.promotion.PromotionParameters;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
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
    // Sessions are reused, reset between evaluations: measured no slower than a new session each
    // time (about 1 µs either way) and with less garbage. The pool grows with the threads using it.
    private final KieSessionsPool sessions;
    private final AgendaEventListener stamp;

    public RuleEngine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.sessions = ruleSet.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        // Stateless, so one instance serves every session: the findings are the session's global.
        this.stamp = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                ((Findings) event.getKieRuntime().getGlobal(FINDINGS))
                        .firing(ruleSet.metadata(event.getMatch().getRule()), event.getMatch().getObjects());
            }
        };
    }

    /**
     * Evaluates a well-formed application whose missing fields are already known.
     *
     * @param application the application, already checked for malformed input
     * @param parameters  the parameters of the application's promotion
     * @param missing     the missing fields found by validation
     */
    public Decision evaluate(Application application, PromotionParameters parameters, List<MissingField> missing) {
        return DecisionAssembly.assemble(application, parameters, run(application, parameters, missing, false),
                ruleSet.messages());
    }

    /** Evaluates as {@link #evaluate} does, and keeps each rule's firing with the facts it matched. */
    public Explanation explain(Application application, PromotionParameters parameters, List<MissingField> missing) {
        Findings findings = run(application, parameters, missing, true);
        Decision decision = DecisionAssembly.assemble(application, parameters, findings, ruleSet.messages());
        return Explanation.of(decision, findings.firings(), ruleSet, parameters, facts(application));
    }

    /**
     * Fires the rules that apply to the parameters' promotion over the application and its parts.
     * Null parts are not inserted: the rules about them cannot match, and their absence is
     * already in {@code missing}.
     */
    private Findings run(Application application, PromotionParameters parameters, List<MissingField> missing,
                         boolean trace) {
        Findings findings = new Findings(missing, trace);
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal(FINDINGS, findings);
            if (!session.getAgendaEventListeners().contains(stamp)) {
                session.addEventListener(stamp);
            }
            insertFacts(session, application, parameters);
            int promotion = parameters.promotion();
            session.fireAllRules(match -> ruleSet.metadata(match.getRule()).appliesTo(promotion));
        } finally {
            session.dispose(); // back to the pool, reset
        }
        return findings;
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
