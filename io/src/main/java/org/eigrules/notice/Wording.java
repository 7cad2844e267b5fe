package org.eigrules.notice;

import org.eigrules.decision.Language;
import org.eigrules.decision.LocalizedText;
import org.eigrules.promotion.Parameter;
import org.eigrules.ruleset.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values and field names in words, for pages a person reads: {@code oui}/{@code non} for a boolean,
 * a body kind's or profile's name for its constant, a date as a date, an amount in euros, a field by
 * what it is rather than by its path. The words come from the policy's {@code notice/words_*.properties}
 * and the rule set's messages (a rule folder's messages may rewrite those).
 */
public final class Wording {

    private static final String WORDS = "/org/eigrules/notice/words_";
    private static final Properties FR = load("fr");
    private static final Properties EN = load("en");
    /** Where each enumerated constant's name lives, by the enumeration's message prefix. */
    private static final List<String> ENUM_PREFIXES = List.of("bodyKind.", "profile.", "funder.", "fundingMode.",
            "experienceBand.", "studies.", "document.");
    private static final Pattern CONSTANTS = Pattern.compile("[A-Z][A-Z0-9_]*(, [A-Z][A-Z0-9_]*)*");
    private static final Pattern LIST_POSITION = Pattern.compile("\\[(\\d+)]");

    private final Messages messages;

    /** Words with a rule set's messages. */
    public Wording(Messages messages) {
        this.messages = messages;
    }

    private static Properties load(String language) {
        Properties words = new Properties();
        try (InputStream in = Wording.class.getResourceAsStream(WORDS + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("the policy's words (" + WORDS + language + ".properties) are missing");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Properties words(Language language) {
        return language == Language.EN ? EN : FR;
    }

    private static Locale locale(Language language) {
        return language == Language.EN ? Locale.UK : Locale.FRANCE;
    }

    /** A fixed word ({@code yes}, {@code none}) in a language. */
    public String word(String key, Language language) {
        return words(language).getProperty(key, key);
    }

    /**
     * What a field is, in both languages ({@code eigs[1].profile}: the profile of EIG no. 2); null when
     * neither the words nor the messages name it.
     */
    public LocalizedText field(String path) {
        String key = "field." + LIST_POSITION.matcher(path).replaceAll("[]");
        if (FR.containsKey(key) && EN.containsKey(key)) {
            List<Object> positions = new ArrayList<>();
            Matcher index = LIST_POSITION.matcher(path);
            while (index.find()) {
                positions.add(Integer.parseInt(index.group(1)) + 1);
            }
            Object[] args = positions.toArray();
            return new LocalizedText(MessageFormat.format(FR.getProperty(key).replace("'", "''"), args),
                    MessageFormat.format(EN.getProperty(key).replace("'", "''"), args));
        }
        return messages.fieldLabel(path);
    }

    /** A value read from a file, in words, in both languages. */
    public LocalizedText value(Object value) {
        return LocalizedText.lazily(language -> value(value, language));
    }

    /** A value read from a file, in words. */
    public String value(Object value, Language language) {
        if (value == null) {
            return word("notGiven", language);
        }
        if (value instanceof Boolean b) {
            return word(b ? "yes" : "no", language);
        }
        if (value instanceof Enum<?> constant) {
            String type = constant.getDeclaringClass().getSimpleName();
            return constant(Character.toLowerCase(type.charAt(0)) + type.substring(1) + ".", constant.name(), language);
        }
        if (value instanceof BigDecimal amount) {
            return euros(amount, language);
        }
        if (value instanceof OffsetDateTime instant) {
            return instant(instant, language);
        }
        if (value instanceof LocalDate day) {
            return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale(language)));
        }
        if (value instanceof Collection<?> items) {
            if (items.isEmpty()) {
                return word("none", language);
            }
            List<String> shown = new ArrayList<>();
            for (Object item : items) {
                shown.add(value(item, language));
            }
            // Parts of a record are separated by commas: its items by semicolons, numbered.
            if (items.iterator().next() instanceof Record) {
                List<String> numbered = new ArrayList<>();
                for (int i = 0; i < shown.size(); i++) {
                    numbered.add((i + 1) + ") " + shown.get(i));
                }
                return String.join(separator(language), numbered);
            }
            return String.join(", ", shown);
        }
        if (value instanceof Record record) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object part;
                try {
                    part = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    continue; // a record's accessor is public and takes nothing: not reached
                }
                if (part != null) {
                    parts.add(word("part." + component.getName(), language) + (language == Language.EN ? ": " : " : ")
                            + value(part, language));
                }
            }
            return String.join(", ", parts);
        }
        return value.toString();
    }

    private static String separator(Language language) {
        return language == Language.EN ? "; " : " ; ";
    }

    /** An enumerated constant by its name in the words or the messages; the constant itself only if neither names it. */
    private String constant(String prefix, String name, Language language) {
        String key = prefix + name;
        if (words(language).containsKey(key)) {
            return words(language).getProperty(key);
        }
        if (messages.defines(key)) {
            return messages.text(key).in(language);
        }
        return name;
    }

    /** A constant whose enumeration is not known: the first name any enumeration gives it. */
    private String anyConstant(String name, Language language) {
        for (String prefix : ENUM_PREFIXES) {
            String word = constant(prefix, name, language);
            if (!word.equals(name)) {
                return word;
            }
        }
        return name;
    }

    /**
     * A parameter's value as written in its file, in words: constants by name, dates as dates, a rate
     * as a percentage, an amount in euros, {@code true}/{@code false} as yes or no.
     */
    public String parameterValue(Parameter parameter, Language language) {
        String value = parameter.value().strip();
        if (value.equals("true") || value.equals("false")) {
            return word(value.equals("true") ? "yes" : "no", language);
        }
        if (CONSTANTS.matcher(value).matches()) {
            List<String> names = new ArrayList<>();
            for (String name : value.split(", ")) {
                names.add(anyConstant(name, language));
            }
            return String.join(", ", names);
        }
        if (parameter.key().endsWith("documents.required")) {
            List<String> names = new ArrayList<>();
            for (String name : value.split(", ")) {
                names.add(constant("document.", name, language));
            }
            return String.join(", ", names);
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return value(LocalDate.parse(value), language);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:]+")) {
                LocalDateTime time = LocalDateTime.parse(value);
                return time.format(DateTimeFormatter.ofPattern(language == Language.EN ? "d MMMM yyyy, HH:mm"
                        : "d MMMM yyyy 'à' HH:mm", locale(language)));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*([+-]\\d{2}:\\d{2}|Z)")) {
                return instant(OffsetDateTime.parse(value), language);
            }
        } catch (DateTimeParseException e) {
            return value; // not a date after all: as written
        }
        if (value.matches("0?\\.\\d+|1(\\.0+)?") && parameter.key().endsWith(".rate")) {
            NumberFormat percent = NumberFormat.getPercentInstance(locale(language));
            return percent.format(new BigDecimal(value));
        }
        if (value.matches("\\d+(\\.\\d+)?") && parameter.label().contains("euros")) {
            return euros(new BigDecimal(value), language);
        }
        return value;
    }

    private static String euros(BigDecimal amount, Language language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale(language));
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        if (amount.stripTrailingZeros().scale() <= 0) {
            format.setMaximumFractionDigits(0);
        }
        // The French format separates thousands with a narrow no-break space: kept, it reads well.
        return format.format(amount);
    }

    private static String instant(OffsetDateTime instant, Language language) {
        String offset = instant.getOffset().getId().equals("Z") ? "UTC" : "UTC" + instant.getOffset().getId();
        return instant.format(DateTimeFormatter.ofPattern(language == Language.EN ? "d MMMM yyyy, HH:mm"
                : "d MMMM yyyy 'à' HH:mm", locale(language))) + " (" + offset + ")";
    }
}
