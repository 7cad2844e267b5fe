package org.eigrules.engine;

import org.eigrules.evaluation.EvaluationLimits;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Watches one evaluation's firings: counts them, remembers the last few rules fired, and halts
 * the session when a limit is passed. One instance per evaluation; synchronized, because the
 * caller reads it while a watched evaluation's worker thread may still be firing.
 */
final class EvaluationGuard extends DefaultAgendaEventListener {

    /** How many of the last rules fired an error names. */
    static final int RULES_NAMED = 5;

    private final KieSession session;
    private final EvaluationLimits limits;
    private final long start = System.nanoTime();
    private final Deque<String> last = new ArrayDeque<>(RULES_NAMED);
    private int firings;
    private String exceeded;

    EvaluationGuard(KieSession session, EvaluationLimits limits) {
        this.session = session;
        this.limits = limits;
    }

    @Override
    public synchronized void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (last.size() == RULES_NAMED) {
            last.removeFirst();
        }
        last.addLast(event.getMatch().getRule().getName());
        firings++;
        if (exceeded != null) {
            return;
        }
        if (firings > limits.maxFirings()) {
            exceeded = "the rules fired more than " + limits.maxFirings() + " times (the firing limit): "
                    + "a rule may be re-activating itself";
            session.halt();
        } else if (System.nanoTime() - start > limits.maxTime().toNanos()) {
            exceeded = "the evaluation ran longer than " + limits.maxTime().toMillis() + " ms (the time limit)";
            session.halt();
        }
    }

    /** Why the evaluation was halted, or null when it ran within its limits. */
    synchronized String exceeded() {
        return exceeded;
    }

    /** The last rules fired, oldest first. */
    synchronized List<String> lastRules() {
        return new ArrayList<>(last);
    }
}
