package org.eigrules.reading;

import org.eigrules.validation.Violation;

/**
 * An input that cannot be read at all: not UTF-8, not JSON or YAML, over a limit, a duplicate
 * key, several documents. Reading stops at the first such problem.
 */
public final class ReadingException extends RuntimeException {

    private final transient Violation violation;
    private final int line;
    private final long byteOffset;

    ReadingException(Violation violation, int line) {
        this(violation, line, -1);
    }

    ReadingException(Violation violation, int line, long byteOffset) {
        super(violation.toString(), null, false, false);
        this.violation = violation;
        this.line = line;
        this.byteOffset = byteOffset;
    }

    ReadingException(String path, int line, String key, Object... args) {
        this(InputText.violation(path, key, args), line);
    }

    /** What is wrong, where, in both languages. */
    public Violation violation() {
        return violation;
    }

    /** For bytes that are not UTF-8: the offset of the first bad byte, from 0; -1 otherwise. */
    public long byteOffset() {
        return byteOffset;
    }

    /** The line of the input, from 1; 0 when unknown. */
    public int line() {
        return line;
    }
}
