package org.eigrules.engine;

import org.eigrules.evaluation.EvaluationException;
import org.eigrules.evaluation.EvaluationLimits;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.runtime.KieSession;

import java.util.List;

/**
 * One firing of a session's rules, the same for the three decisions (a défi application, a
 * candidacy, a selection): within the evaluation's limits (firings and time), a rule folder's
 * rules on a worker thread the caller stops waiting for, and any failure of a rule turned into an
 * {@link EvaluationException} that fails this input only. Each decision's listener calls
 * {@link #beforeMatchFired} first, so that one listener per pooled session serves both.
 */
public final class GuardedRun {

    private final KieSession session;
    private final EvaluationLimits limits;
    private final EvaluationGuard guard;
    private final String what;

    /**
     * @param session the session to fire, disposed by {@link #run} (a pooled one goes back to its pool)
     * @param limits  the evaluation's limits
     * @param what    what the rules are, for the errors ("a rule", "a candidates' rule")
     */
    public GuardedRun(KieSession session, EvaluationLimits limits, String what) {
        this.session = session;
        this.limits = limits;
        this.guard = new EvaluationGuard(session, limits);
        this.what = what;
    }

    /** Counts the firing and halts the session past a limit; called before every rule's consequence. */
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        guard.beforeMatchFired(event);
    }

    /** The last rules fired, oldest first, as an error names them. */
    public List<String> lastRules() {
        return guard.lastRules();
    }

    /**
     * Runs {@code work} (set the globals, insert the facts, fire) and disposes of the session.
     *
     * @param watched true for a rule folder's rules: they run on a worker thread that is left
     *                running, the session with it, when a consequence outlasts the time limit
     * @throws EvaluationException when a rule fails, or a limit is passed
     */
    public void run(Runnable work, boolean watched) {
        boolean abandoned = false;
        try {
            if (watched) {
                abandoned = !Watchdog.run(work, limits.maxTime());
            } else {
                work.run();
            }
        } catch (Throwable e) {
            // Interrupted while a folder's rules fire on the worker: the worker may still be firing
            // on the session, which must not go back to its pool.
            abandoned = watched && Thread.currentThread().isInterrupted();
            // Any failure of a rule, an Error included (out of memory, an assertion, a missing
            // class, a stopped thread), fails this input only: the next one is answered.
            throw new EvaluationException(what + " failed: " + RuleEngine.describe(e), guard.lastRules(), e);
        } finally {
            if (!abandoned) {
                session.dispose();
            }
        }
        if (abandoned) {
            throw new EvaluationException("the evaluation ran longer than " + limits.maxTime().toMillis()
                    + " ms (the time limit) inside one rule's consequence, which was left running", guard.lastRules(), null);
        }
        if (guard.exceeded() != null) {
            throw new EvaluationException(guard.exceeded(), guard.lastRules(), null);
        }
    }
}
