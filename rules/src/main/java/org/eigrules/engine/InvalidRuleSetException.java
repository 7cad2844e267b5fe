package org.eigrules.engine;

import java.util.List;

/**
 * A rule set that cannot be used: a rule without its metadata, a parameter file with a missing
 * or malformed value. Every problem is listed.
 */
public final class InvalidRuleSetException extends RuntimeException {

    private final transient List<String> problems;

    public InvalidRuleSetException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one sentence each, naming the file or rule. */
    public List<String> problems() {
        return problems;
    }
}
