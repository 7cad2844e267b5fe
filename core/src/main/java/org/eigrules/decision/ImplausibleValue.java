package org.eigrules.decision;

import java.util.Objects;

/**
 * A value that is given but cannot be right (FIN-4): the file stays INCOMPLETE until it is
 * corrected. Not a missing field: the value is there.
 *
 * @param field   the field's path in the application, e.g. {@code funding.totalEmployerCost}
 * @param clause  the clause that finds it implausible
 * @param label   what the field is, in French and English (null when no label is written)
 * @param message why it is implausible, in French and English
 */
public record ImplausibleValue(String field, String clause, LocalizedText label, LocalizedText message) {
    public ImplausibleValue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(message, "message");
    }
}
