package org.eigrules.engine.candidacy;

import org.eigrules.decision.Language;
import org.eigrules.decision.LocalizedText;

import org.eigrules.ruleset.PolicyLayout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/** The candidates' decision messages, in French and English ({@code candidates_*.properties}). */
final class CandidateMessages {

    private final Map<String, String> french = load("candidates_fr.properties");
    private final Map<String, String> english = load("candidates_en.properties");

    LocalizedText text(String key, Object... args) {
        if (!french.containsKey(key) || !english.containsKey(key)) {
            throw new IllegalStateException("no candidates' message " + key);
        }
        Object[] copy = args.clone();
        // Written when read, in the language read: most readers want one language, some none.
        return LocalizedText.lazily(language -> language == Language.EN
                ? format(english, Locale.ENGLISH, key, copy) : format(french, Locale.FRENCH, key, copy));
    }

    String clauseTitle(String clause, Language language) {
        return (language == Language.EN ? english : french).get("clause." + clause);
    }

    Set<String> keys(Language language) {
        return (language == Language.EN ? english : french).keySet();
    }

    private static String format(Map<String, String> messages, Locale locale, String key, Object[] args) {
        String pattern = messages.get(key);
        if (pattern == null) {
            throw new IllegalStateException("no candidates' message " + key);
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDateTime dateTime) {
                out[i] = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), locale).format(dateTime);
            } else if (out[i] instanceof LocalDate date) {
                out[i] = DateTimeFormatter.ofPattern(messages.get("format.date"), locale).format(date);
            } else if (out[i] != null && !(out[i] instanceof Number)) {
                out[i] = out[i].toString();
            }
        }
        return new MessageFormat(pattern, locale).format(out);
    }

    private static Map<String, String> load(String name) {
        try (InputStream in = CandidateMessages.class.getClassLoader()
                .getResourceAsStream(PolicyLayout.CANDIDACIES.resource() + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
