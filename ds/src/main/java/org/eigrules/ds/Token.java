package org.eigrules.ds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The API token: a secret. It is read from the environment or a file, sent only in the
 * {@code Authorization} header, and never shown: its {@link #toString} hides it.
 */
public final class Token {

    /** The environment variable read when no file is given. */
    public static final String VARIABLE = "DS_TOKEN";

    private final String secret;

    private Token(String secret) {
        this.secret = secret;
    }

    /** A token given as it is (for programs that hold it already). */
    public static Token of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("empty token");
        }
        return new Token(secret.strip());
    }

    /**
     * The token from a file (its first line, surrounding spaces dropped) or else from
     * {@value #VARIABLE}; null when neither gives one.
     */
    public static Token find(Path file, Function<String, String> environment) throws IOException {
        String secret = file != null ? Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("")
                : environment.apply(VARIABLE);
        return secret == null || secret.isBlank() ? null : new Token(secret.strip());
    }

    /** The header's value. */
    String bearer() {
        return "Bearer " + secret;
    }

    /** Whether a text shows the secret (so that a message quoting an answer never leaks it). */
    boolean shownIn(String text) {
        return text != null && text.contains(secret);
    }

    @Override
    public String toString() {
        return "Token[hidden]";
    }
}
