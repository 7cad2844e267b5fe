package org.eigrules.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import org.eigrules.model.BodyKind;
import org.eigrules.model.Profile;
import org.eigrules.promotion.Funder;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.InputText;
import org.eigrules.reading.ReadingException;

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
 *     label:
 *       fr: "Durée du contrat d’un EIG, en mois"
 *       en: "Length of an EIG's contract, in months"
 *     value: 10
 *     source: "Cahier des charges EIG 3 (4 mai 2018)"
 * }</pre>
 *
 * A label or a source is written in both languages, so that published pages read in one, or as one
 * text, which then serves both (parameter files written before the two languages still load).
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
        keys.put("funder", List.of("funding.funder"));
        keys.put("wouldGrant", List.of("contract.months"));
        keys.put("shareOf", List.of("contract.months"));
        keys.put("grantMonths", List.of("funding.grantMonths"));
        keys.put("grantRate", List.of("funding.grantMonths", "contract.months"));
        keys.put("grantShareOf", List.of("funding.grantMonths", "contract.months"));
        keys.put("bandGrant", List.of("funding.grantMonths", "contract.months"));
        keys.put("netMonthlySalaryUpTo5Years", List.of("salary.netMonthly.upTo5Years"));
        keys.put("netMonthlySalaryOver5Years", List.of("salary.netMonthly.over5Years"));
        keys.put("leastPlausibleEmployerCostIn", List.of("salary.netMonthly.upTo5Years",
                "salary.netMonthly.over5Years", "contract.months"));
        keys.put("directRecipientKinds", List.of("funding.directRecipientKinds"));
        keys.put("parentMinistryKinds", List.of("funding.parentMinistryKinds"));
        keys.put("parentMinistryCarrierKinds", List.of("funding.parentMinistryCarrierKinds"));
        keys.put("agreementKinds", List.of("funding.agreementKinds"));
        keys.put("promotion", List.of());
        keys.put("title", List.of());
        KEYS_BY_ACCESSOR = java.util.Collections.unmodifiableMap(keys);
    }

    private ParameterFiles() {
    }

    /**
     * Reads one parameter file.
     *
     * @param name the file's name, used in error messages
     * @throws InvalidRuleSetException listing every unknown or malformed value
     */
    public static PromotionParameters read(String name, InputStream in) throws IOException {
        return new Reader(name, yaml(name, in)).read();
    }

    /** A policy file's YAML, read by the hardened reader; what it refuses is a problem of the file, at its line. */
    static DocumentReader.Document yaml(String name, InputStream in) throws IOException {
        try {
            return DocumentReader.parse(DocumentReader.readBounded(in), DocumentReader.Syntax.YAML);
        } catch (ReadingException e) {
            String path = e.violation().path();
            throw new InvalidRuleSetException(List.of(new RuleSetProblem(name, e.line(), 0,
                    (path.isEmpty() ? "" : path + ": ") + e.violation().message())));
        }
    }

    /** The YAML parser's message, which draws a caret under the line, as one line. */
    public static String oneLine(String message) {
        return message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("^"))
                .collect(Collectors.joining(" "));
    }

    /** One file's worth of reading, collecting every problem before failing. */
    private static final class Reader {
        private final String file;
        private final DocumentReader.Document document;
        private final JsonNode root;
        private final List<RuleSetProblem> problems = new ArrayList<>();
        private int moreProblems; // past ReadingLimits.MAX_PROBLEMS: counted, not listed
        private final Map<String, Parameter> read = new LinkedHashMap<>();
        private final Map<String, JsonNode> entries = new HashMap<>();
        private final Set<String> known = new HashSet<>();

        Reader(String file, DocumentReader.Document document) {
            this.file = file;
            this.document = document;
            this.root = document.root();
        }

        /** A problem at a path, located at the path's line, or its nearest enclosing one's. */
        private void problem(String path, String message) {
            int line = 0;
            for (String p = path; line == 0 && !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
                line = document.line(p);
            }
            if (problems.size() >= org.eigrules.reading.ReadingLimits.MAX_PROBLEMS) {
                moreProblems++;
                return;
            }
            problems.add(new RuleSetProblem(file, line, 0, path + ": " + message));
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
                problem("promotion", "expected a promotion number, found " + describe(number));
            }
            String title = root.path("title").isTextual() ? root.get("title").textValue() : null;
            if (title == null || title.isBlank()) {
                problem("title", "expected a readable title, found " + describe(root.get("title")));
            }
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!Set.of("promotion", "title", "documents", "parameters").contains(name)) {
                    problem(InputText.escaped(name),
                            "unknown top-level key (expected promotion, title, documents, parameters)");
                }
            }
            Map<String, String> documents = new java.util.LinkedHashMap<>();
            JsonNode named = root.get("documents");
            if (named != null && !named.isObject()) {
                problem("documents", "expected a mapping of document kinds to the names rules cite them by, found "
                        + describe(named));
            } else if (named != null) {
                named.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual() && !e.getValue().textValue().isBlank()) {
                        documents.put(e.getKey(), e.getValue().textValue().strip());
                    } else {
                        problem("documents." + InputText.escaped(e.getKey()), "expected the document's name as the "
                                + "rules cite it, such as \"Cahier des charges EIG 5 (1er février 2021)\", found "
                                + describe(e.getValue()));
                    }
                });
            }
            JsonNode parameters = root.get("parameters");
            if (parameters == null || !parameters.isObject()) {
                problem("parameters", "expected a mapping of parameter keys");
            } else {
                parameters.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
            }

            ZoneId timeZone = textual("timeZone", ZoneId::of, "a time-zone id such as Europe/Paris");
            LocalDate opens = textual("callForProjects.opens", LocalDate::parse, "a date such as 2018-05-04");
            LocalDateTime closes = textual("callForProjects.closes", LocalDateTime::parse,
                    "a local date-time such as 2018-06-15T17:00:00");
            Integer contractMonths = positive("contract.months");
            Integer minEigs = positive("eigs.min");
            Integer maxEigs = positive("eigs.max");
            Set<Profile> profiles = enums("eigs.profiles", Profile.class, true);
            Set<BodyKind> hostKinds = enums("host.eligibleKinds", BodyKind.class, true);
            Integer minMembers = positive("projectTeam.minMembers");
            Integer minRoles = positive("projectTeam.minRoles");
            Integer maxSlides = positive("documents.maxPitchSlides");
            BigDecimal salary = amount("salary.netMonthly");
            BigDecimal rate = value("pia.rate", ParameterFiles::rate, "a rate between 0 and 1 with at most two decimals, such as 0.70");
            Set<BodyKind> direct = enums("pia.directRecipientKinds", BodyKind.class, false);
            Set<BodyKind> carrierRequired = enums("pia.carrierRequiredKinds", BodyKind.class, false);
            Set<BodyKind> agreement = enums("pia.agreementKinds", BodyKind.class, false);
            Set<BodyKind> carriers = enums("pia.carrierKinds", BodyKind.class, false);
            Set<BodyKind> agreementCarriers = enums("pia.agreementCarrierKinds", BodyKind.class, false);
            BigDecimal envelope = amount("pia.envelope");
            // From promotion 4 on: budget programme 352, paying some of the contract's months.
            Funder funder = textual("funding.funder", Funder::valueOf, "one of PIA, PROGRAMME_352");
            Integer grantMonths = positive("funding.grantMonths");
            BigDecimal salaryUpTo5 = amount("salary.netMonthly.upTo5Years");
            BigDecimal salaryOver5 = amount("salary.netMonthly.over5Years");
            Set<BodyKind> directKinds = enums("funding.directRecipientKinds", BodyKind.class, false);
            Set<BodyKind> parentKinds = enums("funding.parentMinistryKinds", BodyKind.class, false);
            Set<BodyKind> parentCarriers = enums("funding.parentMinistryCarrierKinds", BodyKind.class, false);
            Set<BodyKind> agreementKinds = enums("funding.agreementKinds", BodyKind.class, false);
            if (grantMonths != null && contractMonths != null && grantMonths > contractMonths) {
                problem("parameters.funding.grantMonths", grantMonths + " is above contract.months " + contractMonths);
            }
            // The calls for candidates' values: checked here, read by org.eigrules.candidacy.
            Map<String, Object> keyed = new java.util.HashMap<>();
            CandidateKeys.KEYS.forEach((key, kind) -> {
                Object value = value(key, kind.check(), kind.expected());
                if (value != null) {
                    keyed.put(key, value);
                }
            });
            if (keyed.get(CandidateKeys.JURY_LOWEST) instanceof Integer lowestScore
                    && keyed.get(CandidateKeys.JURY_HIGHEST) instanceof Integer highestScore
                    && lowestScore >= highestScore) {
                problem("parameters." + CandidateKeys.JURY_LOWEST, "the lowest score " + lowestScore
                        + " is not below " + CandidateKeys.JURY_HIGHEST + " " + highestScore);
            }
            long scaleValues = java.util.stream.Stream.of(CandidateKeys.JURY_CRITERIA, CandidateKeys.JURY_LOWEST,
                    CandidateKeys.JURY_HIGHEST).filter(entries::containsKey).count();
            if (scaleValues > 0 && scaleValues < 3) {
                problem("parameters." + CandidateKeys.JURY_CRITERIA, "a jury scale needs "
                        + CandidateKeys.JURY_CRITERIA + ", " + CandidateKeys.JURY_LOWEST + " and "
                        + CandidateKeys.JURY_HIGHEST + " together, found " + scaleValues + " of them");
            }
            amount("envelope"); // the selection's envelope (SEL-5), read through PromotionParameters.envelope()
            // Where to ask for the processing's rules (ALG-1): read by org.eigrules.notice, not by rules.
            textual("programme.contact", ParameterFiles::contact, "an e-mail address such as eig@data.gouv.fr");
            entries.keySet().stream().filter(k -> !known.contains(k)).sorted()
                    .forEach(k -> problem("parameters." + InputText.escaped(k), "unknown parameter"));
            if (opens != null && closes != null && !closes.toLocalDate().isAfter(opens.minusDays(1))) {
                problem("parameters.callForProjects.closes", "the call closes (" + closes + ") before it opens (" + opens + ")");
            }
            if (minEigs != null && maxEigs != null && minEigs > maxEigs) {
                problem("parameters.eigs.min", minEigs + " is above eigs.max " + maxEigs);
            }
            // Each accepted kind of host needs a co-financing route, or its défis would get no money
            // and no note saying why: the PIA's lists (promotion 3), programme 352's (FIN-7 to FIN-9).
            everyHostRouted(hostKinds, "PIA list", List.of("pia.directRecipientKinds", "pia.carrierRequiredKinds",
                    "pia.agreementKinds"), direct, carrierRequired, agreement);
            everyHostRouted(hostKinds, "funding list", List.of("funding.directRecipientKinds",
                    "funding.parentMinistryKinds", "funding.agreementKinds"), directKinds, parentKinds, agreementKinds);
            if (!problems.isEmpty()) {
                if (moreProblems > 0) {
                    problems.add(RuleSetProblem.in(file, InputText.violation("", "more-problems", moreProblems).message()));
                }
                throw new InvalidRuleSetException(problems);
            }
            return new PromotionParameters(promotion, title, timeZone, opens, closes, contractMonths, minEigs,
                    maxEigs, profiles, hostKinds, minMembers, minRoles, maxSlides, salary, rate, direct,
                    carrierRequired, agreement, carriers, agreementCarriers, envelope, funder, grantMonths, salaryUpTo5,
                    salaryOver5, directKinds, parentKinds, parentCarriers, agreementKinds, read, documents);
        }

        /** Reports each accepted kind of host that none of the route lists names (when all are given). */
        @SafeVarargs
        private void everyHostRouted(Set<BodyKind> hostKinds, String what, List<String> keys, Set<BodyKind>... routes) {
            if (hostKinds == null || Arrays.stream(routes).anyMatch(java.util.Objects::isNull)) {
                return;
            }
            Set<BodyKind> routed = EnumSet.noneOf(BodyKind.class);
            Arrays.stream(routes).forEach(routed::addAll);
            hostKinds.stream().filter(k -> !routed.contains(k)).forEach(k -> problem("parameters.host.eligibleKinds",
                    k + " is in no " + what + " (" + String.join(", ", keys) + ")"));
        }

        /** The value under {@code key}, or null when the file leaves it out. */
        private <T> T value(String key, Function<JsonNode, T> parse, String expected) {
            known.add(key);
            JsonNode entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (!entry.isObject()) {
                problem("parameters." + key, "expected a mapping with label, value and source");
                return null;
            }
            String[] label = texts(entry, key, "label");
            String[] source = texts(entry, key, "source");
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!Set.of("label", "value", "source").contains(name)) {
                    problem("parameters." + key + "." + InputText.escaped(name), "unknown field (expected label, value, source)");
                }
            }
            JsonNode value = entry.get("value");
            if (value == null || value.isNull() || value.isObject()) {
                problem("parameters." + key + ".value", "missing (expected " + expected
                        + "; leave the whole parameter out when the sources give nothing)");
                return null;
            }
            T parsed;
            try {
                parsed = parse.apply(value);
            } catch (BadItem e) {
                problem("parameters." + key + ".value[" + e.index + "]", "expected " + e.expected + ", found " + shown(e.item));
                return null;
            } catch (RuntimeException e) {
                problem("parameters." + key + ".value", "expected " + expected + ", found " + shown(value));
                return null;
            }
            if (label != null && source != null) {
                read.put(key, new Parameter(key, label[1], value.isArray() ? arrayText(value) : value.asText(), source[1],
                        label[0], source[0]));
            }
            return parsed;
        }

        /**
         * A label or source: {@code {fr: "…", en: "…"}}, so that a notice or page reads in one language,
         * or one text for both (as parameter files were written before, still read). French first.
         */
        private String[] texts(JsonNode entry, String key, String field) {
            JsonNode node = entry.get(field);
            if (node != null && node.isObject()) {
                String fr = text(node, key + "." + field, "fr");
                String en = text(node, key + "." + field, "en");
                for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!name.equals("fr") && !name.equals("en")) {
                        problem("parameters." + key + "." + field + "." + InputText.escaped(name),
                                "unknown language (expected fr and en)");
                    }
                }
                return fr == null || en == null ? null : new String[] {fr, en};
            }
            if (node == null || !node.isTextual() || node.textValue().isBlank()) {
                problem("parameters." + key + "." + field, "missing (every value needs a " + field
                        + ": one text, or {fr: \"…\", en: \"…\"})");
                return null;
            }
            return new String[] {node.textValue(), node.textValue()};
        }

        private String text(JsonNode entry, String key, String field) {
            JsonNode node = entry.get(field);
            if (node == null || !node.isTextual() || node.textValue().isBlank()) {
                problem("parameters." + key + "." + field, "missing (every value needs a " + field + ")");
                return null;
            }
            return node.textValue();
        }

        /** Text, such as a date or a time-zone id. */
        private <T> T textual(String key, Function<String, T> parse, String expected) {
            return value(key, node -> {
                if (!node.isTextual()) {
                    throw new IllegalArgumentException();
                }
                return parse.apply(node.textValue());
            }, expected);
        }

        private Integer positive(String key) {
            return value(key, node -> {
                if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
                    throw new IllegalArgumentException();
                }
                return node.intValue();
            }, "a whole number above 0");
        }

        private BigDecimal amount(String key) {
            return value(key, node -> {
                BigDecimal parsed = decimal(node);
                if (parsed.signum() < 0 || parsed.scale() > 2 || (long) parsed.precision() - parsed.scale() > 12) {
                    throw new IllegalArgumentException();
                }
                return parsed.setScale(2);
            }, "an amount in euros of 0 or more, with at most twelve digits before the point and two after");
        }

        /**
         * A list of enum names, written as a YAML list. {@code nonEmpty}: a promotion that
         * recruits no profile, or accepts no kind of host, is a mistake, not a policy.
         */
        private <E extends Enum<E>> Set<E> enums(String key, Class<E> type, boolean nonEmpty) {
            String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return value(key, node -> {
                if (!node.isArray() || (nonEmpty && node.isEmpty())) {
                    throw new IllegalArgumentException();
                }
                EnumSet<E> set = EnumSet.noneOf(type);
                for (int i = 0; i < node.size(); i++) {
                    JsonNode item = node.get(i);
                    E constant = item.isTextual() ? Arrays.stream(type.getEnumConstants())
                            .filter(c -> c.name().equals(item.textValue())).findFirst().orElse(null) : null;
                    if (constant == null) {
                        throw new BadItem(i, item, "one of " + names);
                    }
                    set.add(constant);
                }
                return set;
            }, (nonEmpty ? "a non-empty list of " : "a list of ") + names);
        }
    }

    /** One item of a list that is not what it should be. */
    private static final class BadItem extends RuntimeException {
        final int index;
        final transient JsonNode item;
        final String expected;

        BadItem(int index, JsonNode item, String expected) {
            super(null, null, false, false);
            this.index = index;
            this.item = item;
            this.expected = expected;
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException();
        }
        return node.decimalValue();
    }

    /**
     * A rate: a number from 0 to 1 with at most two decimals (a whole percentage), which is also
     * how decisions print it; 0.123456789 would make every decision's rate unprintable.
     */
    private static BigDecimal rate(JsonNode node) {
        BigDecimal rate = decimal(node);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.scale() > 2) {
            throw new IllegalArgumentException();
        }
        return rate.setScale(2);
    }

    /** An e-mail address: one {@code @}, something either side, no blank. */
    private static String contact(String text) {
        if (!text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException();
        }
        return text;
    }

    private static String shown(JsonNode node) {
        if (node.isTextual()) {
            return InputText.shown(node.textValue());
        }
        if (node.isArray()) {
            return "a list [" + InputText.escaped(arrayText(node)) + "]";
        }
        return InputText.escaped(node.asText());
    }

    /** A list as its items joined by ", ", an item that is itself a list (one défi's spellings) by " | ". */
    private static String arrayText(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> {
            if (item.isArray()) {
                List<String> spellings = new ArrayList<>();
                item.forEach(spelling -> spellings.add(spelling.asText()));
                items.add(String.join(CandidateKeys.SPELLINGS, spellings));
            } else {
                items.add(item.asText());
            }
        });
        return String.join(", ", items);
    }

    private static String describe(JsonNode node) {
        return node == null || node.isNull() ? "nothing" : shown(node);
    }
}
