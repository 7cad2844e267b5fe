package org.eigrules.ruleset;

import org.eigrules.decision.Language;
import org.eigrules.decision.LocalizedText;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The decision messages, one file per language beside the rule files
 * ({@code messages_fr.properties}, {@code messages_en.properties}, read as UTF-8). Rules name a
 * message by key and pass its arguments; a rule folder's files add keys or replace built-in ones.
 * Also holds each clause's title ({@code clause.CHL-2}) for generated documentation.
 */
public final class Messages {

    /** The file of each language, in a rule folder or under {@code org/eigrules/rules/}. */
    public static final Map<Language, String> FILES = Map.of(
            Language.FR, "messages_fr.properties", Language.EN, "messages_en.properties");
    static final String BUILT_IN_FOLDER = PolicyLayout.APPLICATIONS.resource();
    static final String DATE_TIME_FORMAT = "format.dateTime";
    static final String DATE_FORMAT = "format.date";

    private final Map<String, String> french;
    private final Map<String, String> english;
    // Parsing a pattern costs more than formatting it: parse each once, then format a copy
    // (MessageFormat is not thread-safe).
    private final Map<String, Parsed> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    // Every decision names the titles of its clauses: each is made once.
    private final Map<String, java.util.Optional<LocalizedText>> titles = new java.util.concurrent.ConcurrentHashMap<>();

    /** A message pattern as MessageFormat reads it, and written back ({00,number} is {0,number}). */
    private record Parsed(MessageFormat format, String pattern) {
        Parsed(MessageFormat format) {
            this(format, format.toPattern());
        }
    }

    private Messages(Map<String, String> french, Map<String, String> english) {
        this.french = Map.copyOf(french);
        this.english = Map.copyOf(english);
    }

    /** The built-in messages. */
    public static Messages builtIn() {
        ClassLoader loader = Messages.class.getClassLoader();
        return new Messages(load(loader, Language.FR), load(loader, Language.EN));
    }

    private static Map<String, String> load(ClassLoader loader, Language language) {
        try (InputStream in = loader.getResourceAsStream(BUILT_IN_FOLDER + FILES.get(language))) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN_FOLDER + FILES.get(language) + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a messages file as UTF-8. */
    /** Reads a messages file (UTF-8 properties). */
    public static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

    /** These messages with a language's keys added or replaced. */
    /** These messages with some added or replaced in one language. */
    public Messages with(Language language, Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(language == Language.EN ? english : french);
        merged.putAll(overrides);
        return language == Language.EN ? new Messages(french, merged) : new Messages(merged, english);
    }

    /** The message {@code key} in both languages, with its arguments filled in. */
    public LocalizedText text(String key, Object... args) {
        Object[] copy = args.clone();
        // Written when read, in the language read: most readers want one language, some none.
        return LocalizedText.lazily(language -> language == Language.EN
                ? format(english, Locale.ENGLISH, key, copy) : format(french, Locale.FRENCH, key, copy));
    }

    /** Whether both languages define {@code key}. */
    public boolean defines(String key) {
        return french.containsKey(key) && english.containsKey(key);
    }

    /** Every key a language defines. */
    public Set<String> keys(Language language) {
        return (language == Language.EN ? english : french).keySet();
    }

    /** A clause's title in both languages, or null when either is not written. */
    public LocalizedText clauseTitles(String clause) {
        return titles.computeIfAbsent(clause, c -> {
            String fr = french.get("clause." + c);
            String en = english.get("clause." + c);
            return fr == null || en == null ? java.util.Optional.empty() : java.util.Optional.of(new LocalizedText(fr, en));
        }).orElse(null);
    }

    /**
     * What a field is, in words, in both languages: the message {@code field.PATH}, where each list
     * position in the path is written {@code []} and given as an argument counted from 1
     * ({@code team[2].role} is {@code field.team[].role} with {@code {0}} = 3). Null when either
     * language has no such message.
     */
    public LocalizedText fieldLabel(String path) {
        java.util.regex.Matcher index = LIST_POSITION.matcher(path);
        List<Object> positions = new java.util.ArrayList<>();
        while (index.find()) {
            positions.add(Integer.parseInt(index.group(1)) + 1);
        }
        String key = "field." + LIST_POSITION.matcher(path).replaceAll("[]");
        if (!defines(key)) {
            return null;
        }
        return text(key, positions.toArray());
    }

    private static final java.util.regex.Pattern LIST_POSITION = java.util.regex.Pattern.compile("\\[(\\d+)]");

    /**
     * A rule's title in a language: the rule's own name in English, and in French the message
     * {@code rule.NAME} (spaces written {@code _}) when the French file gives one.
     */
    public String ruleTitle(String rule, Language language) {
        return language == Language.EN ? rule : french.getOrDefault("rule." + rule.replace(' ', '_'), rule);
    }

    /** The documents the sources name ({@code sources.N}, English file), in order. */
    public List<String> sources() {
        return english.entrySet().stream().filter(e -> e.getKey().startsWith("sources."))
                .sorted(java.util.Map.Entry.comparingByKey()).map(java.util.Map.Entry::getValue).toList();
    }

    /** A clause's title in a language, or null when none is written. */
    public String clauseTitle(String clause, Language language) {
        return (language == Language.EN ? english : french).get("clause." + clause);
    }

    private String format(Map<String, String> messages, Locale locale, String key, Object... args) {
        String pattern = messages.get(key);
        if (pattern == null) {
            // A rule author's typo must not break an evaluation; loading the rule set reports it.
            return "[" + key + "] " + Arrays.toString(args);
        }
        try {
            Parsed read = parsed.computeIfAbsent(locale.getLanguage() + ":" + key,
                    k -> new Parsed(new MessageFormat(pattern, locale)));
            return ((MessageFormat) read.format().clone())
                    .format(plainNumbers(read.pattern(), locale, localTimes(messages, locale, args)));
        } catch (RuntimeException e) {
            // A rule author's pattern that cannot be written with its arguments ({0,number} given a
            // word, a date pattern with an unclosed quote): a text is read after its decision is
            // made, sometimes much later, so it is written plainly and never throws.
            return "[" + key + "] " + Arrays.toString(args);
        }
    }

    /**
     * MessageFormat knows nothing of java.time or of labels: dates are written with the file's own
     * patterns (and French writes the first day of a month "1er"), an enum value is written with
     * its label ({@code bodyKind.MINISTRY}, {@code profile.DATA_SCIENCE}…), a time zone with its
     * name ({@code zone.Europe/Paris}), when the file defines them.
     */
    private static Object[] localTimes(Map<String, String> messages, Locale locale, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDateTime dateTime) {
                out[i] = DateTimeFormatter.ofPattern(firstOfMonth(messages.getOrDefault(DATE_TIME_FORMAT, "yyyy-MM-dd HH:mm:ss"),
                        dateTime.getDayOfMonth(), locale), locale).format(dateTime);
            } else if (out[i] instanceof LocalDate date) {
                out[i] = DateTimeFormatter.ofPattern(firstOfMonth(messages.getOrDefault(DATE_FORMAT, "yyyy-MM-dd"),
                        date.getDayOfMonth(), locale), locale).format(date);
            } else if (out[i] instanceof Enum<?> value) {
                String type = value.getDeclaringClass().getSimpleName();
                out[i] = messages.getOrDefault(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name(),
                        value.name());
            } else if (out[i] instanceof java.time.ZoneId zone) {
                out[i] = messages.getOrDefault("zone." + zone.getId(), zone.getId());
            }
        }
        return out;
    }

    // MessageFormat writes a number given to a plain {0} with a NumberFormat it makes anew each
    // time, which was most of a message's cost (measured on --jsonl): the same is written here
    // with one NumberFormat per thread and language.
    private static final ThreadLocal<Map<Locale, java.text.NumberFormat>> NUMBERS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /**
     * Numbers given only to placeholders without a format ({@code {1}}, never {@code {1,number,…}}
     * or {@code {1,choice,…}}), written as MessageFormat would write them.
     */
    private static Object[] plainNumbers(String pattern, Locale locale, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number number && !pattern.contains("{" + i + ",")) {
                args[i] = NUMBERS.get().computeIfAbsent(locale, java.text.NumberFormat::getInstance).format(number);
            }
        }
        return args;
    }

    /** French writes the first day of a month as an ordinal: "le 1er juillet 2018". */
    private static String firstOfMonth(String pattern, int day, Locale locale) {
        if (day != 1 || !locale.getLanguage().equals(Locale.FRENCH.getLanguage())) {
            return pattern;
        }
        return pattern.replaceFirst("(?<![d'])d(?!d)", "d'er'");
    }
}
