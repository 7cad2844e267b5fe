package org.eigrules.engine;

import org.eigrules.decision.Language;
import org.eigrules.decision.LocalizedText;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.MissingResourceException;

/**
 * The decision messages, one bundle per language next to the rule files
 * ({@code org/eigrules/rules/messages_fr.properties} and {@code messages_en.properties}).
 * Rules name a message by key and pass its arguments.
 */
public final class Messages {

    static final String BUNDLE = "org.eigrules.rules.messages";
    static final String DATE_TIME_FORMAT = "format.dateTime";
    static final String DATE_FORMAT = "format.date";

    private final ResourceBundle french;
    private final ResourceBundle english;

    private Messages(ResourceBundle french, ResourceBundle english) {
        this.french = french;
        this.english = english;
    }

    /** The built-in bundles, read once. */
    public static Messages builtIn() {
        // No fallback: an English lookup must never land on the French file because of the JVM's locale.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Messages(
                ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, Messages.class.getClassLoader(), exact),
                ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Messages.class.getClassLoader(), exact));
    }

    /** The message {@code key} in both languages, with its arguments filled in. */
    public LocalizedText text(String key, Object... args) {
        return new LocalizedText(format(french, Locale.FRENCH, key, args), format(english, Locale.ENGLISH, key, args));
    }

    /** Whether both languages define {@code key}. */
    public boolean defines(String key) {
        return french.containsKey(key) && english.containsKey(key);
    }

    /** Every key the given language defines. */
    public java.util.Set<String> keys(Language language) {
        return (language == Language.EN ? english : french).keySet();
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A rule author's typo must not break an evaluation; the bundle test catches it.
            return "[" + key + "] " + java.util.Arrays.toString(args);
        }
        return new MessageFormat(pattern, locale).format(localTimes(bundle, locale, args));
    }

    /** MessageFormat knows nothing of java.time: dates are written with the bundle's own patterns. */
    private static Object[] localTimes(ResourceBundle bundle, Locale locale, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDateTime dateTime) {
                out[i] = DateTimeFormatter.ofPattern(bundle.getString(DATE_TIME_FORMAT), locale).format(dateTime);
            } else if (out[i] instanceof LocalDate date) {
                out[i] = DateTimeFormatter.ofPattern(bundle.getString(DATE_FORMAT), locale).format(date);
            }
        }
        return out;
    }
}
