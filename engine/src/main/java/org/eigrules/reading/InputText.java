package org.eigrules.reading;

import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;

/**
 * The texts of input errors, in French and English ({@code input_fr.properties},
 * {@code input_en.properties} beside this class). A text is a key and its arguments; an argument
 * may itself be a text, formatted in the same language. Values taken from the input are shown
 * through {@link #shown(String)}: control characters escaped, cut at
 * {@link ReadingLimits#MAX_SHOWN_CHARS}.
 */
public final class InputText {

    private static final Properties ENGLISH = load("input_en.properties");
    private static final Properties FRENCH = load("input_fr.properties");

    private final String key;
    private final Object[] args;

    private InputText(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    /** The text under {@code key} with its arguments; fails at once on an unknown key. */
    public static InputText of(String key, Object... args) {
        if (!ENGLISH.containsKey(key) || !FRENCH.containsKey(key)) {
            throw new IllegalArgumentException("no input message " + key);
        }
        return new InputText(key, args.clone());
    }

    /** A violation at {@code path} with this text in both languages. */
    public static Violation violation(String path, String key, Object... args) {
        return of(key, args).at(path);
    }

    /** This text as a violation at {@code path}. */
    public Violation at(String path) {
        return new Violation(path, in(Language.EN), in(Language.FR));
    }

    /** The text in a language. */
    public String in(Language language) {
        String pattern = (language == Language.FR ? FRENCH : ENGLISH).getProperty(key);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                Object arg = index < args.length ? args[index] : null;
                out.append(arg instanceof InputText text ? text.in(language) : String.valueOf(arg));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A value from the input as an error message shows it: in quotes, control characters and
     * other invisible characters escaped (so no terminal sequence reaches the screen), cut at
     * {@link ReadingLimits#MAX_SHOWN_CHARS} characters.
     */
    public static String shown(String value) {
        return "\"" + escaped(value) + "\"";
    }

    /** As {@link #shown}, without the quotes. */
    public static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (count++ == ReadingLimits.MAX_SHOWN_CHARS) {
                out.append('…');
                break;
            }
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (isControl(cp)) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * At most {@link ReadingLimits#MAX_PROBLEMS} problems, the rest counted in one more
     * ("… and 12 more problems"), as a garbage application is answered.
     */
    public static java.util.List<Violation> capped(java.util.List<Violation> problems) {
        if (problems.size() <= ReadingLimits.MAX_PROBLEMS) {
            return problems;
        }
        java.util.List<Violation> kept = new java.util.ArrayList<>(problems.subList(0, ReadingLimits.MAX_PROBLEMS));
        kept.add(violation("", "more-problems", problems.size() - ReadingLimits.MAX_PROBLEMS));
        return kept;
    }

    /**
     * A value from the input shown whole within a message (a file's path): only its control and
     * other invisible characters escaped, as {@link #escaped} escapes them; nothing cut.
     */
    public static String controlsEscaped(String value) {
        if (value.codePoints().noneMatch(InputText::isControl)) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (isControl(cp)) {
                out.append(cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : cp == '\t' ? "\\t" : String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** C0 and C1 controls, DEL, and the format characters that reorder or hide text. */
    public static boolean isControl(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputText t && t.key.equals(key) && Arrays.equals(t.args, args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(InputText.class.getResourceAsStream(name), name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
