package org.eigrules.selection;

import org.eigrules.decision.Language;

import java.util.Objects;

/**
 * One finding of the selection rules: the clause, the rule that made it, and why, in French and
 * English.
 *
 * @param clause the clause id, e.g. {@code SEL-5}
 * @param rule   the name of the rule that fired
 * @param fr     the message in French
 * @param en     the message in English
 */
public record SelectionNote(String clause, String rule, String fr, String en) {
    public SelectionNote {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    /** The message in a language. */
    public String message(Language language) {
        return language == Language.EN ? en : fr;
    }
}
