package org.eigrules.parameters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.eigrules.engine.InvalidRuleSetException;
import org.eigrules.model.BodyKind;
import org.eigrules.model.Profile;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads promotion parameter files: YAML files of labelled, sourced values, one file per promotion
 * (in the style of OpenFisca's parameters). Every problem in a file is reported with the file and
 * the key, never a default.
 *
 * <pre>{@code
 * promotion: 3
 * title: "…"
 * parameters:
 *   contract.months:
 *     label: "Length of an EIG's contract, in months"
 *     value: 10
 *     source: "Cahier des charges P3 (4 May 2018)"
 * }</pre>
 */
public final class ParameterFiles {

    /** The classpath folder of the built-in files, and the index that lists them. */
    static final String BUILT_IN_FOLDER = "promotions/";
    static final String BUILT_IN_INDEX = BUILT_IN_FOLDER + "index.txt";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ParameterFiles() {
    }

    /** The built-in promotion files, by promotion number. */
    public static Map<Integer, PromotionParameters> builtIn() {
        ClassLoader loader = ParameterFiles.class.getClassLoader();
        List<String> problems = new ArrayList<>();
        Map<Integer, PromotionParameters> result = new TreeMap<>();
        for (String file : lines(loader, BUILT_IN_INDEX)) {
            try (InputStream in = loader.getResourceAsStream(BUILT_IN_FOLDER + file)) {
                if (in == null) {
                    problems.add(BUILT_IN_INDEX + ": lists " + file + ", which does not exist");
                    continue;
                }
                PromotionParameters parameters = read(file, in);
                if (result.putIfAbsent(parameters.promotion(), parameters) != null) {
                    problems.add(file + ": promotion " + parameters.promotion() + " is defined twice");
                }
            } catch (InvalidRuleSetException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(file + ": cannot be read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        return result;
    }

    /**
     * Reads one parameter file.
     *
     * @param name the file's name, used in error messages
     * @throws InvalidRuleSetException listing every missing, unknown or malformed value
     */
    public static PromotionParameters read(String name, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidRuleSetException(List.of(name + ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr() + ": " + oneLine(e.getOriginalMessage())));
        }
        return new Reader(name, root).read();
    }

    private static List<String> lines(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidRuleSetException(List.of(resource + ": not found on the classpath"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new InvalidRuleSetException(List.of(resource + ": cannot be read: " + e.getMessage()));
        }
    }

    /** One file's worth of reading, collecting every problem before failing. */
    private static final class Reader {
        private final String file;
        private final JsonNode root;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Parameter> read = new LinkedHashMap<>();
        private final Map<String, JsonNode> entries = new HashMap<>();
        private final Set<String> known = new java.util.HashSet<>();

        Reader(String file, JsonNode root) {
            this.file = file;
            this.root = root;
        }

        PromotionParameters read() {
            if (root == null || !root.isObject()) {
                throw new InvalidRuleSetException(List.of(file + ": expected a mapping with promotion, title and parameters"));
            }
            Integer promotion = root.path("promotion").canConvertToInt() && root.path("promotion").isIntegralNumber()
                    ? root.get("promotion").intValue() : null;
            if (promotion == null || promotion < 1) {
                problems.add(file + ": promotion: expected a promotion number, found " + describe(root.get("promotion")));
            }
            String title = root.path("title").isTextual() ? root.get("title").textValue() : null;
            if (title == null || title.isBlank()) {
                problems.add(file + ": title: expected a readable title, found " + describe(root.get("title")));
            }
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!Set.of("promotion", "title", "parameters").contains(name)) {
                    problems.add(file + ": " + name + ": unknown top-level key (expected promotion, title, parameters)");
                }
            }
            JsonNode parameters = root.get("parameters");
            if (parameters == null || !parameters.isObject()) {
                problems.add(file + ": parameters: expected a mapping of parameter keys");
            } else {
                parameters.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
            }

            ZoneId timeZone = value("timeZone", ZoneId::of, "a time-zone id such as Europe/Paris");
            LocalDate opens = value("callForProjects.opens", LocalDate::parse, "a date such as 2018-05-04");
            LocalDateTime closes = value("callForProjects.closes", LocalDateTime::parse,
                    "a local date-time such as 2018-06-15T17:00:00");
            int contractMonths = positive("contract.months");
            int minEigs = positive("eigs.min");
            int maxEigs = positive("eigs.max");
            Set<Profile> profiles = enums("eigs.profiles", Profile.class);
            Set<BodyKind> hostKinds = enums("host.eligibleKinds", BodyKind.class);
            int minMembers = positive("projectTeam.minMembers");
            int minRoles = positive("projectTeam.minRoles");
            int maxSlides = positive("documents.maxPitchSlides");
            BigDecimal salary = amount("salary.netMonthly");
            BigDecimal rate = value("pia.rate", ParameterFiles::rate, "a rate between 0 and 1 such as 0.70");
            Set<BodyKind> direct = enums("pia.directRecipientKinds", BodyKind.class);
            Set<BodyKind> carrierRequired = enums("pia.carrierRequiredKinds", BodyKind.class);
            Set<BodyKind> agreement = enums("pia.agreementKinds", BodyKind.class);
            Set<BodyKind> carriers = enums("pia.carrierKinds", BodyKind.class);
            Set<BodyKind> agreementCarriers = enums("pia.agreementCarrierKinds", BodyKind.class);
            BigDecimal envelope = amount("pia.envelope");
            entries.keySet().stream().filter(k -> !known.contains(k)).sorted()
                    .forEach(k -> problems.add(file + ": parameters." + k + ": unknown parameter"));
            if (minEigs > maxEigs) {
                problems.add(file + ": parameters.eigs.min: " + minEigs + " is above eigs.max " + maxEigs);
            }
            if (!problems.isEmpty()) {
                throw new InvalidRuleSetException(problems);
            }
            return new PromotionParameters(promotion, title, timeZone, opens, closes, contractMonths, minEigs,
                    maxEigs, profiles, hostKinds, minMembers, minRoles, maxSlides, salary, rate, direct,
                    carrierRequired, agreement, carriers, agreementCarriers, envelope, read);
        }

        private <T> T value(String key, Function<String, T> parse, String expected) {
            known.add(key);
            JsonNode entry = entries.get(key);
            if (entry == null) {
                problems.add(file + ": parameters." + key + ": missing (expected " + expected + ")");
                return null;
            }
            String label = text(entry, key, "label");
            String source = text(entry, key, "source");
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!Set.of("label", "value", "source").contains(name)) {
                    problems.add(file + ": parameters." + key + "." + name + ": unknown field (expected label, value, source)");
                }
            }
            JsonNode value = entry.get("value");
            if (value == null || value.isNull() || value.isContainerNode() && !value.isArray()) {
                problems.add(file + ": parameters." + key + ".value: missing (expected " + expected + ")");
                return null;
            }
            String text = value.isArray() ? arrayText(value) : value.asText();
            T parsed;
            try {
                parsed = parse.apply(text);
            } catch (RuntimeException e) {
                problems.add(file + ": parameters." + key + ".value: expected " + expected + ", found \"" + text + "\"");
                return null;
            }
            if (label != null && source != null) {
                read.put(key, new Parameter(key, label, text, source));
            }
            return parsed;
        }

        private String text(JsonNode entry, String key, String field) {
            JsonNode node = entry.get(field);
            if (node == null || !node.isTextual() || node.textValue().isBlank()) {
                problems.add(file + ": parameters." + key + "." + field + ": missing (every value needs a " + field + ")");
                return null;
            }
            return node.textValue();
        }

        private int positive(String key) {
            Integer n = value(key, text -> {
                int parsed = Integer.parseInt(text);
                if (parsed < 1) {
                    throw new IllegalArgumentException();
                }
                return parsed;
            }, "a whole number above 0");
            return n == null ? 0 : n;
        }

        private BigDecimal amount(String key) {
            return value(key, text -> {
                BigDecimal parsed = new BigDecimal(text);
                if (parsed.signum() < 0 || parsed.scale() > 2) {
                    throw new IllegalArgumentException();
                }
                return parsed.setScale(2);
            }, "an amount in euros with at most two decimals");
        }

        private <E extends Enum<E>> Set<E> enums(String key, Class<E> type) {
            Set<E> parsed = value(key, text -> {
                EnumSet<E> set = EnumSet.noneOf(type);
                for (String part : text.split(",")) {
                    if (!part.isBlank()) {
                        set.add(Enum.valueOf(type, part.strip()));
                    }
                }
                return set;
            }, "a list of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return parsed == null ? Set.of() : parsed;
        }
    }

    private static BigDecimal rate(String text) {
        BigDecimal rate = new BigDecimal(text);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException();
        }
        // YAML reads 0.70 as a float; keep at least the cents' precision so it prints as 0.70.
        return rate.scale() < 2 ? rate.setScale(2) : rate;
    }

    private static String arrayText(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return String.join(", ", items);
    }

    /** The YAML parser's message, which draws a caret under the line, as one line. */
    static String oneLine(String message) {
        return message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("^"))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String describe(JsonNode node) {
        return node == null || node.isNull() ? "nothing" : "\"" + node.asText() + "\"";
    }
}
