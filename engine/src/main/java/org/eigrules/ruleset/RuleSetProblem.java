package org.eigrules.ruleset;

import java.util.Objects;

/**
 * One thing wrong with a rule set, located like a compiler error.
 *
 * @param file    the file, relative to the rule folder (or the built-in resource path)
 * @param line    the line, from 1; 0 when unknown
 * @param column  the column, from 1; 0 when unknown
 * @param message what is wrong
 */
public record RuleSetProblem(String file, int line, int column, String message) {

    public RuleSetProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with a whole file, or somewhere in it that cannot be pinned down. */
    public static RuleSetProblem in(String file, String message) {
        return new RuleSetProblem(file, 0, 0, message);
    }

    /** Compiler style: {@code p3/cofinancing.drl:42:7: message}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
