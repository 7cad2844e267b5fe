package org.eigrules.selection;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a selection's input, in the contract's words. Core has no message files:
 * it names the problem by a key and its arguments, which the rules module turns into French or
 * English, and keeps the English text for callers that need no other language.
 *
 * @param path    the field, e.g. {@code grids[2].scores[4]}
 * @param message what was expected and what was found, in English
 * @param key     the problem's key in the rules' input message files ({@code selection.…})
 * @param args    the values the message shows, in the order the key's texts number them
 */
public record InputProblem(String path, String message, String key, List<Object> args) {
    public InputProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }
}
