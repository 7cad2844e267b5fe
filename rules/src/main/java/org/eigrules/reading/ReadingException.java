package org.eigrules.reading;

import org.eigrules.Violation;

/**
 * An input that cannot be read at all: not UTF-8, not JSON or YAML, over a limit, a duplicate
 * key, several documents. Reading stops at the first such problem.
 */
public final class ReadingException extends RuntimeException {

    private final transient Violation violation;
    private final int line;

    ReadingException(Violation violation, int line) {
        super(violation.toString(), null, false, false);
        this.violation = violation;
        this.line = line;
    }

    ReadingException(String path, int line, String key, Object... args) {
        this(InputText.violation(path, key, args), line);
    }

    /** What is wrong, where, in both languages. */
    public Violation violation() {
        return violation;
    }

    /** The line of the input, from 1; 0 when unknown. */
    public int line() {
        return line;
    }
}
