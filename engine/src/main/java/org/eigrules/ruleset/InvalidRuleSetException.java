package org.eigrules.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that cannot be used: a rule that does not compile or lacks its metadata, a parameter
 * file with a malformed value, a rule reading a value its promotion does not define. Every problem
 * is listed, each with its file and, when known, line and column.
 */
public final class InvalidRuleSetException extends RuntimeException {

    private final transient List<RuleSetProblem> problems;

    public InvalidRuleSetException(List<RuleSetProblem> problems) {
        super(problems.stream().map(RuleSetProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<RuleSetProblem> problems() {
        return problems;
    }
}
