package org.eigrules.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An application that cannot be evaluated because some of its input is malformed: a wrong type,
 * a negative amount, an unknown enum value, a bad SIRET, an unknown field, a duplicate key, a file
 * that is not UTF-8 or over a reading limit, an unknown promotion. Every problem is listed, not
 * only the first (up to a limit), each with its path and its message in English and French.
 * Missing information is not an error: it yields an INCOMPLETE decision.
 */
public final class InvalidApplicationException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidApplicationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** Every problem found, in path order. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return "invalid application: " + violations.stream().map(Violation::toString)
                .collect(Collectors.joining("; "));
    }
}
