package org.eigrules.decision;

import java.util.Objects;

/**
 * A remark on co-financing, citing the clause that decided it.
 *
 * @param clause  the clause id
 * @param message the remark, in French and English
 */
public record Note(String clause, LocalizedText message) {
    /** The clause and the message must be given. */
    public Note {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(message, "message");
    }
}
