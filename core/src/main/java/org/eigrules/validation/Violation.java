package org.eigrules.validation;

import org.eigrules.decision.Language;

import java.util.Objects;

/**
 * One thing wrong with an input: which field, and what is wrong with it, in English and French.
 *
 * @param path      the field's path, e.g. {@code eigs[1].profile}; empty for the input as a whole
 * @param message   what is wrong, in English, naming what was expected and what was found
 * @param messageFr the same in French
 */
public record Violation(String path, String message, String messageFr) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageFr, "messageFr");
    }

    /** A violation whose message has no French version: the English one stands for both. */
    public Violation(String path, String message) {
        this(path, message, message);
    }

    /** The message in a language. */
    public String messageIn(Language language) {
        return language == Language.FR ? messageFr : message;
    }

    /** The same violation with its path under {@code prefix}: {@code [2]} and {@code eigs[0]} give {@code [2].eigs[0]}. */
    public Violation under(String prefix) {
        String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(joined, message, messageFr);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
