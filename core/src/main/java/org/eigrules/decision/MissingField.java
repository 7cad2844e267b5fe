package org.eigrules.decision;

import java.util.Objects;

/**
 * A piece of information that a clause needs and the application lacks.
 *
 * @param field  the field's path in the application, e.g. {@code mentors.highLevel}
 * @param clause the clause that needs it
 */
public record MissingField(String field, String clause) {
    /** The field and the clause must be given. */
    public MissingField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(clause, "clause");
    }
}
