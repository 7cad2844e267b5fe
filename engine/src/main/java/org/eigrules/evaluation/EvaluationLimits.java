package org.eigrules.evaluation;

import org.eigrules.ruleset.RuleSet;

import java.time.Duration;
import java.util.Objects;

/**
 * What one evaluation may spend — of an application, a candidacy, or a selection — a number of
 * rule firings and a wall-clock time. Both guard against rules that never stop — a rule that updates a fact without {@code no-loop}, or
 * inserts a new fact each time it fires — and end that evaluation with an error naming the last
 * rules fired, instead of hanging or exhausting memory.
 *
 * @param maxFirings most rule firings in one evaluation
 * @param maxTime    longest one evaluation may run: checked between firings and, for a rule
 *                   folder's rules, by a watchdog that leaves a consequence still running at the
 *                   limit behind (a rule folder is code: review it as code)
 */
public record EvaluationLimits(int maxFirings, Duration maxTime) {

    /**
     * Firings allowed per rule of the rule set, by default. An evaluation fires each rule at most
     * once per matching fact: the built-in rules fire about 30 times in all for one application.
     */
    public static final int FIRINGS_PER_RULE = 100;

    /** The fewest firings allowed by default, for very small rule sets. */
    public static final int MIN_FIRINGS = 1_000;

    /**
     * The default time limit of one evaluation. One takes well under a millisecond; ten
     * seconds leaves room for a loaded machine and still answers the next input.
     */
    public static final Duration DEFAULT_TIME = Duration.ofSeconds(10);

    public EvaluationLimits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxFirings < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("expected at least one firing and a positive time, found "
                    + maxFirings + " and " + maxTime);
        }
    }

    /**
     * These limits for one run over {@code inputs} inputs at once, as a selection runs over its
     * défis: the firing limit times their number (the selection's ties are found pair by pair), the
     * time limit unchanged.
     */
    public EvaluationLimits overInputs(int inputs) {
        long firings = (long) maxFirings * Math.max(1, inputs);
        return new EvaluationLimits((int) Math.min(Integer.MAX_VALUE, firings), maxTime);
    }

    /** The defaults for a rule set: {@link #FIRINGS_PER_RULE} per rule (at least {@link #MIN_FIRINGS}), {@link #DEFAULT_TIME}. */
    public static EvaluationLimits defaultsFor(RuleSet ruleSet) {
        long firings = Math.max(MIN_FIRINGS, (long) FIRINGS_PER_RULE * ruleSet.rules().size());
        return new EvaluationLimits((int) Math.min(Integer.MAX_VALUE, firings), DEFAULT_TIME);
    }
}
