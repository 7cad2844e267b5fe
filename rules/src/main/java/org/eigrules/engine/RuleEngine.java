package org.eigrules.engine;

import org.eigrules.decision.MissingField;
import org.eigrules.model.Application;
import org.eigrules.promotion.PromotionParameters;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a compiled rule base over one application at a time. Thread-safe: the rule base is shared
 * and read-only, each evaluation gets its own session.
 */
public final class RuleEngine {

    /** The name under which the rule files reach the {@link Findings}. */
    static final String FINDINGS = "findings";

    private final KieBase kieBase;
    private final Map<String, RuleMetadata> metadata;
    private final Messages messages;

    /** Checks that every rule declares its metadata; lists every rule that does not. */
    public RuleEngine(KieBase kieBase, Messages messages) {
        this.kieBase = kieBase;
        this.messages = messages;
        Map<String, RuleMetadata> byKey = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                try {
                    byKey.put(key(rule), RuleMetadata.of(rule));
                } catch (InvalidRuleSetException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        this.metadata = Map.copyOf(byKey);
    }

    /** The metadata of every rule in the rule base. */
    public List<RuleMetadata> rules() {
        return metadata.values().stream()
                .sorted(java.util.Comparator.comparing(RuleMetadata::clause).thenComparing(RuleMetadata::rule))
                .toList();
    }

    /**
     * Evaluates a well-formed application whose missing fields are already known.
     *
     * @param application the application, already checked for malformed input
     * @param parameters  the parameters of the application's promotion
     * @param missing     the missing fields found by validation
     */
    public org.eigrules.decision.Decision evaluate(Application application, PromotionParameters parameters,
                                                   List<MissingField> missing) {
        return DecisionAssembly.assemble(application, parameters, run(application, parameters, missing), messages);
    }

    /**
     * Fires the rules that apply to the parameters' promotion over the application and its parts.
     * Null parts are not inserted: the rules about them cannot match, and their absence is
     * already in {@code missing}.
     */
    Findings run(Application application, PromotionParameters parameters, List<MissingField> missing) {
        Findings findings = new Findings(missing);
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal(FINDINGS, findings);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    findings.firing(metadata.get(key(event.getMatch().getRule())));
                }
            });
            insertFacts(session, application, parameters);
            int promotion = parameters.promotion();
            session.fireAllRules(match -> metadata.get(key(match.getRule())).appliesTo(promotion));
        } finally {
            session.dispose();
        }
        return findings;
    }

    private static void insertFacts(KieSession session, Application a, PromotionParameters parameters) {
        session.insert(parameters);
        session.insert(a);
        insertIfPresent(session, a.challenge());
        insertIfPresent(session, a.host());
        insertIfPresent(session, a.fundingCarrier());
        insertIfPresent(session, a.mentors());
        insertIfPresent(session, a.commitments());
        insertIfPresent(session, a.documents());
        insertIfPresent(session, a.funding());
        if (a.eigs() != null) {
            a.eigs().forEach(eig -> insertIfPresent(session, eig));
        }
    }

    private static void insertIfPresent(KieSession session, Object fact) {
        if (fact != null) {
            session.insert(fact);
        }
    }

    private static String key(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }
}
