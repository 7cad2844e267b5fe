package org.eigrules.decision;

import java.util.Objects;

/**
 * A piece of information that a clause needs and the application lacks: its absence leaves the
 * clause undecided.
 *
 * @param field  the field's path in the application, e.g. {@code mentors.highLevel}
 * @param clause the clause that needs it
 * @param label  what the field is, in words, in French and English; null until the decision is
 *               assembled, or when the messages give no label
 */
public record MissingField(String field, String clause, LocalizedText label) {
    public MissingField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(clause, "clause");
    }

    /** A missing field without its label. */
    public MissingField(String field, String clause) {
        this(field, clause, null);
    }

    /** The same field and clause with a label. */
    public MissingField withLabel(LocalizedText label) {
        return new MissingField(field, clause, label);
    }

    /** Equal field and clause: the label is a rendering, not part of what is missing. */
    public boolean sameAs(MissingField other) {
        return field.equals(other.field) && clause.equals(other.clause);
    }
}
