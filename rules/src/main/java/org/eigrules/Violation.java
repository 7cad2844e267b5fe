package org.eigrules;

import java.util.Objects;

/**
 * One thing wrong with an input: which field, and what is wrong with it.
 *
 * @param path    the field's path, e.g. {@code eigs[1].profile}; empty for the file as a whole
 * @param message what is wrong, naming what was expected and what was found
 */
public record Violation(String path, String message) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
