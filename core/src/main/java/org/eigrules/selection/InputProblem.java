package org.eigrules.selection;

import java.util.Objects;

/**
 * One thing wrong with a selection's input, in the contract's words.
 *
 * @param path    the field, e.g. {@code grids[2].scores[4]}
 * @param message what was expected and what was found
 */
public record InputProblem(String path, String message) {
    public InputProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
