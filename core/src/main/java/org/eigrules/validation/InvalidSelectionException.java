package org.eigrules.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A selection that cannot be ranked because some of its input is malformed: an invalid grid
 * (SEL-1), a grid or selected name that matches no défi, or an application that cannot be
 * evaluated. Every problem is listed, by path ({@code grids[2].scores[4]},
 * {@code applications[3].eigs[0].profile}).
 */
public final class InvalidSelectionException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidSelectionException(List<Violation> violations) {
        super("invalid selection: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** Every problem found, in input order. */
    public List<Violation> violations() {
        return violations;
    }
}
