package org.eigrules.parameters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.eigrules.engine.InvalidRuleSetException;
import org.eigrules.engine.RuleSetProblem;
import org.eigrules.model.BodyKind;
import org.eigrules.model.Profile;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads promotion parameter files: YAML files of labelled, sourced values, one file per promotion
 * ({@code p3.yaml}), in the style of OpenFisca's parameters. A value the sources do not give is
 * left out of the file; a rule that needs it then cannot apply to that promotion (the rule set
 * says so when it loads). Every problem is reported with the file and the key, never defaulted.
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

    /** What a parameter file is called: {@code p} and the promotion number. */
    public static final Pattern FILE_NAME = Pattern.compile("p(\\d+)\\.ya?ml");

    /**
     * The parameter keys behind each accessor of {@link PromotionParameters} that a rule may call,
     * derived values included: how the rule set knows which values a rule reads.
     */
    public static final Map<String, List<String>> KEYS_BY_ACCESSOR;

    static {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("timeZone", List.of("timeZone"));
        keys.put("callOpens", List.of("callForProjects.opens"));
        keys.put("callCloses", List.of("callForProjects.closes"));
        keys.put("callOpensAt", List.of("callForProjects.opens", "timeZone"));
        keys.put("callClosesAt", List.of("callForProjects.closes", "timeZone"));
        keys.put("contractMonths", List.of("contract.months"));
        keys.put("minEigs", List.of("eigs.min"));
        keys.put("maxEigs", List.of("eigs.max"));
        keys.put("profiles", List.of("eigs.profiles"));
        keys.put("eligibleHostKinds", List.of("host.eligibleKinds"));
        keys.put("minProjectTeamMembers", List.of("projectTeam.minMembers"));
        keys.put("minProjectTeamRoles", List.of("projectTeam.minRoles"));
        keys.put("maxPitchSlides", List.of("documents.maxPitchSlides"));
        keys.put("netMonthlySalary", List.of("salary.netMonthly"));
        keys.put("netSalaryForContract", List.of("salary.netMonthly", "contract.months"));
        keys.put("leastPlausibleEmployerCost", List.of("salary.netMonthly", "contract.months"));
        keys.put("piaRate", List.of("pia.rate"));
        keys.put("piaShareOf", List.of("pia.rate"));
        keys.put("piaDirectRecipientKinds", List.of("pia.directRecipientKinds"));
        keys.put("piaCarrierRequiredKinds", List.of("pia.carrierRequiredKinds"));
        keys.put("piaAgreementKinds", List.of("pia.agreementKinds"));
        keys.put("piaCarrierKinds", List.of("pia.carrierKinds"));
        keys.put("piaAgreementCarrierKinds", List.of("pia.agreementCarrierKinds"));
        keys.put("piaEnvelope", List.of("pia.envelope"));
        keys.put("envelope", List.of("envelope"));
        keys.put("promotion", List.of());
        keys.put("title", List.of());
        KEYS_BY_ACCESSOR = java.util.Collections.unmodifiableMap(keys);
    }

    // Decimals as written: 0.70 stays 0.70, not the float 0.7.
    private static final ObjectMapper YAML = com.fasterxml.jackson.databind.json.JsonMapper.builder(new YAMLFactory())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ParameterFiles() {
    }

    /**
     * Reads one parameter file.
     *
     * @param name the file's name, used in error messages
     * @throws InvalidRuleSetException listing every unknown or malformed value
     */
    public static PromotionParameters read(String name, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidRuleSetException(List.of(new RuleSetProblem(name, e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr(), oneLine(e.getOriginalMessage()))));
        }
        return new Reader(name, root).read();
    }

    /** The YAML parser's message, which draws a caret under the line, as one line. */
    public static String oneLine(String message) {
        return message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("^"))
                .collect(Collectors.joining(" "));
    }

    /** One file's worth of reading, collecting every problem before failing. */
    private static final class Reader {
        private final String file;
        private final JsonNode root;
        private final List<RuleSetProblem> problems = new ArrayList<>();
        private final Map<String, Parameter> read = new LinkedHashMap<>();
        private final Map<String, JsonNode> entries = new HashMap<>();
        private final Set<String> known = new HashSet<>();

        Reader(String file, JsonNode root) {
            this.file = file;
            this.root = root;
        }

        private void problem(String message) {
            problems.add(RuleSetProblem.in(file, message));
        }

        PromotionParameters read() {
            if (root == null || !root.isObject()) {
                throw new InvalidRuleSetException(List.of(RuleSetProblem.in(file,
                        "expected a mapping with promotion, title and parameters")));
            }
            JsonNode number = root.get("promotion");
            Integer promotion = number != null && number.isIntegralNumber() && number.canConvertToInt()
                    ? number.intValue() : null;
            if (promotion == null || promotion < 1) {
                problem("promotion: expected a promotion number, found " + describe(number));
            }
            String title = root.path("title").isTextual() ? root.get("title").textValue() : null;
            if (title == null || title.isBlank()) {
                problem("title: expected a readable title, found " + describe(root.get("title")));
            }
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!Set.of("promotion", "title", "parameters").contains(name)) {
                    problem(name + ": unknown top-level key (expected promotion, title, parameters)");
                }
            }
            JsonNode parameters = root.get("parameters");
            if (parameters == null || !parameters.isObject()) {
                problem("parameters: expected a mapping of parameter keys");
            } else {
                parameters.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
            }

            ZoneId timeZone = value("timeZone", ZoneId::of, "a time-zone id such as Europe/Paris");
            LocalDate opens = value("callForProjects.opens", LocalDate::parse, "a date such as 2018-05-04");
            LocalDateTime closes = value("callForProjects.closes", LocalDateTime::parse,
                    "a local date-time such as 2018-06-15T17:00:00");
            Integer contractMonths = positive("contract.months");
            Integer minEigs = positive("eigs.min");
            Integer maxEigs = positive("eigs.max");
            Set<Profile> profiles = enums("eigs.profiles", Profile.class);
            Set<BodyKind> hostKinds = enums("host.eligibleKinds", BodyKind.class);
            Integer minMembers = positive("projectTeam.minMembers");
            Integer minRoles = positive("projectTeam.minRoles");
            Integer maxSlides = positive("documents.maxPitchSlides");
            BigDecimal salary = amount("salary.netMonthly");
            BigDecimal rate = value("pia.rate", ParameterFiles::rate, "a rate between 0 and 1 such as 0.70");
            Set<BodyKind> direct = enums("pia.directRecipientKinds", BodyKind.class);
            Set<BodyKind> carrierRequired = enums("pia.carrierRequiredKinds", BodyKind.class);
            Set<BodyKind> agreement = enums("pia.agreementKinds", BodyKind.class);
            Set<BodyKind> carriers = enums("pia.carrierKinds", BodyKind.class);
            Set<BodyKind> agreementCarriers = enums("pia.agreementCarrierKinds", BodyKind.class);
            BigDecimal envelope = amount("pia.envelope");
            amount("envelope"); // the selection's envelope (SEL-5), read through PromotionParameters.envelope()
            entries.keySet().stream().filter(k -> !known.contains(k)).sorted()
                    .forEach(k -> problem("parameters." + k + ": unknown parameter"));
            if (minEigs != null && maxEigs != null && minEigs > maxEigs) {
                problem("parameters.eigs.min: " + minEigs + " is above eigs.max " + maxEigs);
            }
            if (hostKinds != null && direct != null && carrierRequired != null && agreement != null) {
                // Each accepted kind of host needs a co-financing route, or its défis would get
                // no PIA money and no note saying why.
                Set<BodyKind> routed = EnumSet.noneOf(BodyKind.class);
                routed.addAll(direct);
                routed.addAll(carrierRequired);
                routed.addAll(agreement);
                hostKinds.stream().filter(k -> !routed.contains(k)).forEach(k -> problem("parameters.host.eligibleKinds: "
                        + k + " is in no PIA list (pia.directRecipientKinds, pia.carrierRequiredKinds, pia.agreementKinds)"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRuleSetException(problems);
            }
            return new PromotionParameters(promotion, title, timeZone, opens, closes, contractMonths, minEigs,
                    maxEigs, profiles, hostKinds, minMembers, minRoles, maxSlides, salary, rate, direct,
                    carrierRequired, agreement, carriers, agreementCarriers, envelope, read);
        }

        /** The value under {@code key}, or null when the file leaves it out. */
        private <T> T value(String key, Function<String, T> parse, String expected) {
            known.add(key);
            JsonNode entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (!entry.isObject()) {
                problem("parameters." + key + ": expected a mapping with label, value and source");
                return null;
            }
            String label = text(entry, key, "label");
            String source = text(entry, key, "source");
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!Set.of("label", "value", "source").contains(name)) {
                    problem("parameters." + key + "." + name + ": unknown field (expected label, value, source)");
                }
            }
            JsonNode value = entry.get("value");
            if (value == null || value.isNull() || value.isObject()) {
                problem("parameters." + key + ".value: missing (expected " + expected
                        + "; leave the whole parameter out when the sources give nothing)");
                return null;
            }
            String text = value.isArray() ? arrayText(value) : value.asText();
            T parsed;
            try {
                parsed = parse.apply(text);
            } catch (RuntimeException e) {
                problem("parameters." + key + ".value: expected " + expected + ", found \"" + text + "\"");
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
                problem("parameters." + key + "." + field + ": missing (every value needs a " + field + ")");
                return null;
            }
            return node.textValue();
        }

        private Integer positive(String key) {
            return value(key, text -> {
                int parsed = Integer.parseInt(text);
                if (parsed < 1) {
                    throw new IllegalArgumentException();
                }
                return parsed;
            }, "a whole number above 0");
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
            return value(key, text -> {
                EnumSet<E> set = EnumSet.noneOf(type);
                for (String part : text.split(",")) {
                    if (!part.isBlank()) {
                        set.add(Enum.valueOf(type, part.strip()));
                    }
                }
                return set;
            }, "a list of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
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

    private static String describe(JsonNode node) {
        return node == null || node.isNull() ? "nothing" : "\"" + node.asText() + "\"";
    }
}
