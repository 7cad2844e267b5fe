package org.eigrules.decision;

import java.util.Objects;

/**
 * A clause that fails, and why.
 *
 * @param clause    the clause id from the policy (what programs match on), e.g. {@code CAL-1}
 * @param message   the explanation, in French and English
 * @param reference the source section the clause comes from
 */
public record Reason(String clause, LocalizedText message, String reference) {
    /** The clause and the message must be given. */
    public Reason {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reference, "reference");
    }
}
