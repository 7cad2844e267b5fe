package org.eigrules.evaluation;

import java.util.List;

/**
 * An evaluation that could not finish although its input (an application, a candidacy, a
 * selection) was well formed: a rule threw
 * an exception (an arithmetic overflow, a null it did not expect), the rules fired more times
 * than the rule set's firing limit allows (a rule that keeps re-activating itself), or the
 * evaluation ran past its time limit. Only that evaluation fails; the rules stay usable.
 * The message says what happened and names the last rules fired.
 */
public final class EvaluationException extends RuntimeException {

    private final transient List<String> lastRulesFired;

    public EvaluationException(String message, List<String> lastRulesFired, Throwable cause) {
        super(message + (lastRulesFired.isEmpty() ? "" : "; last rules fired: " + String.join(", ", lastRulesFired)),
                cause);
        this.lastRulesFired = List.copyOf(lastRulesFired);
    }

    /** The names of the last rules that fired before the evaluation stopped, oldest first. */
    public List<String> lastRulesFired() {
        return lastRulesFired;
    }
}
