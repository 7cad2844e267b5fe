package org.eigrules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.ruleset.CandidateRule;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Note;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Runs scenarios against a rule set, compares each decision with what the scenario expects, and
 * counts how many scenarios fired each rule, the défi rules and the candidates' rules alike.
 */
public final class ScenarioRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CO_FINANCING_FIELDS = Set.of("mode", "funder", "granted", "recipient", "rate", "grantAmount", "piaAmount",
            "hostAmount");

    private final EigRules rules;
    /** What a candidacy's decision does not have, by expectation, and what it is. */
    private static final List<Map.Entry<String, String>> APPLICATION_ONLY = List.of(
            Map.entry("implausible", "implausible values are checked"), Map.entry("priorities", "priorities are read"),
            Map.entry("notes", "co-financing notes are given"), Map.entry("coFinancing", "co-financing is decided"));

    private final Map<String, Integer> firedBy = new LinkedHashMap<>();
    private final Map<String, Integer> candidateFiredBy = new LinkedHashMap<>();

    public ScenarioRunner(EigRules rules) {
        this.rules = rules;
        rules.rules().forEach(r -> firedBy.put(r.rule(), 0));
    }

    /**
     * Runs one scenario; its fired rules count towards the coverage. A scenario's file is a défi
     * application or a candidacy ({@code kind: CANDIDACY}), told apart as {@code eig evaluate}
     * tells them apart.
     */
    public ScenarioResult run(Scenario scenario) {
        List<ScenarioResult.Difference> differences = new ArrayList<>();
        JsonNode expect = scenario.expect();
        Decision decision;
        try {
            CandidacyFiles.ApplicationOrCandidacy file = read(scenario);
            if (file.candidacy() != null) {
                return candidacy(scenario, rules.evaluate(file.candidacy()));
            }
            decision = rules.evaluate(file.application());
        } catch (InvalidApplicationException e) {
            List<String> paths = e.violations().stream().map(Violation::path).sorted().toList();
            if (expect.has("invalid")) {
                compare(differences, "invalid", sorted(texts(expect.get("invalid"))), paths);
            } else {
                differences.add(new ScenarioResult.Difference("application", "a valid application",
                        "invalid: " + e.violations()));
            }
            return new ScenarioResult(scenario, differences, null);
        } catch (IOException | RuntimeException e) {
            differences.add(new ScenarioResult.Difference("application", "a readable application", e.getMessage()));
            return new ScenarioResult(scenario, differences, null);
        }
        new TreeSet<>(decision.rulesFired()).forEach(rule -> firedBy.merge(rule, 1, Integer::sum));
        if (expect.has("invalid")) {
            differences.add(new ScenarioResult.Difference("invalid", texts(expect.get("invalid")).toString(),
                    "a valid application, " + decision.verdict()));
        }
        common(differences, expect, decision.verdict().name(), decision.failedClauses(),
                decision.missing().stream().map(m -> m.field() + " " + m.clause()).toList(), decision.rulesFired());
        if (expect.has("implausible")) {
            compare(differences, "implausible", sorted(missing(expect.get("implausible"))),
                    sorted(decision.implausible().stream().map(m -> m.field() + " " + m.clause()).toList()));
        }
        if (expect.has("priorities")) {
            compare(differences, "priorities", new TreeSet<>(texts(expect.get("priorities"))), new TreeSet<>(decision.priorities()));
        }
        if (expect.has("notes")) {
            compare(differences, "notes", new TreeSet<>(texts(expect.get("notes"))),
                    new TreeSet<>(decision.coFinancing().notes().stream().map(Note::clause).toList()));
        }
        if (expect.has("coFinancing")) {
            coFinancing(differences, expect.get("coFinancing"), decision.coFinancing());
        }
        return new ScenarioResult(scenario, differences, decision);
    }

    /** Compares a candidacy's decision with the expectations that apply to candidacies. */
    private ScenarioResult candidacy(Scenario scenario, CandidacyDecision decision) {
        List<ScenarioResult.Difference> differences = new ArrayList<>();
        JsonNode expect = scenario.expect();
        new TreeSet<>(decision.rulesFired()).forEach(rule -> candidateFiredBy.merge(rule, 1, Integer::sum));
        if (expect.has("invalid")) {
            differences.add(new ScenarioResult.Difference("invalid", texts(expect.get("invalid")).toString(),
                    "a valid candidacy, " + decision.verdict()));
        }
        // A candidacy is decided on its eligibility only: an expectation on what only a défi
        // application has is a mistake in the scenario, said as such rather than compared.
        for (Map.Entry<String, String> only : APPLICATION_ONLY) {
            if (expect.has(only.getKey())) {
                differences.add(new ScenarioResult.Difference(only.getKey(), "a défi application (" + only.getValue()
                        + " only for défi applications: remove this expectation)", "a candidacy (kind: CANDIDACY)"));
            }
        }
        common(differences, expect, decision.verdict().name(), decision.failedClauses(),
                decision.missing().stream().map(m -> m.field() + " " + m.clause()).toList(), decision.rulesFired());
        return new ScenarioResult(scenario, differences, null, decision);
    }

    /** The expectations both kinds of file share: verdict, reasons, missing fields, rules fired. */
    private static void common(List<ScenarioResult.Difference> differences, JsonNode expect, String verdict,
                               List<String> failedClauses, List<String> missingFields, List<String> fired) {
        if (expect.has("verdict")) {
            compare(differences, "verdict", expect.get("verdict").asText(), verdict);
        }
        if (expect.has("reasons")) {
            compare(differences, "reasons", new TreeSet<>(texts(expect.get("reasons"))), new TreeSet<>(failedClauses));
        }
        if (expect.has("missing")) {
            compare(differences, "missing", sorted(missing(expect.get("missing"))), sorted(missingFields));
        }
        if (expect.has("fired")) {
            for (String rule : texts(expect.get("fired"))) {
                if (!fired.contains(rule)) {
                    differences.add(new ScenarioResult.Difference("fired", "rule \"" + rule + "\" to fire",
                            "it did not (fired: " + fired + ")"));
                }
            }
        }
    }

    /**
     * How many scenarios run so far fired each rule: the rule set's rules in its order, then the
     * candidates' rules (the rule set's, see {@code EigRules.candidacyRules()}) in theirs.
     */
    public Map<RuleMetadata, Integer> coverage() {
        Map<RuleMetadata, Integer> coverage = new LinkedHashMap<>();
        for (RuleMetadata rule : rules.rules()) {
            coverage.put(rule, firedBy.getOrDefault(rule.rule(), 0));
        }
        for (CandidateRule rule : rules.candidacyRules()) {
            coverage.put(rule.metadata(), candidateFiredBy.getOrDefault(rule.rule(), 0));
        }
        return coverage;
    }

    private CandidacyFiles.ApplicationOrCandidacy read(Scenario scenario) throws IOException {
        JsonNode application = scenario.application();
        if (application.isTextual()) {
            Path base = Path.of(scenario.file()).toAbsolutePath().getParent();
            return CandidacyFiles.readAny(base.resolve(application.textValue()).normalize());
        }
        return CandidacyFiles.readAny(JSON.writeValueAsBytes(application), ApplicationFiles.Format.JSON);
    }

    private static void coFinancing(List<ScenarioResult.Difference> differences, JsonNode expected, CoFinancing actual) {
        Map<String, Function<CoFinancing, Object>> fields = Map.of(
                "mode", c -> c.mode() == null ? null : c.mode().name(),
                "funder", CoFinancing::funder,
                "grantAmount", CoFinancing::grantAmount,
                "granted", CoFinancing::granted,
                "recipient", CoFinancing::recipient,
                "rate", CoFinancing::rate,
                "piaAmount", CoFinancing::piaAmount,
                "hostAmount", CoFinancing::hostAmount);
        for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CO_FINANCING_FIELDS.contains(name)) {
                differences.add(new ScenarioResult.Difference("coFinancing." + name, "a known field",
                        "unknown field (expected " + String.join(", ", new TreeSet<>(CO_FINANCING_FIELDS)) + ")"));
                continue;
            }
            JsonNode want = expected.get(name);
            Object found = fields.get(name).apply(actual);
            boolean same;
            if (want.isNull()) {
                same = found == null;
            } else if (found instanceof BigDecimal amount) {
                same = isNumber(want.asText()) && new BigDecimal(want.asText()).compareTo(amount) == 0;
            } else {
                same = found != null && want.asText().equals(found.toString());
            }
            if (!same) {
                differences.add(new ScenarioResult.Difference("coFinancing." + name,
                        want.isNull() ? "null" : want.asText(), String.valueOf(found instanceof BigDecimal b
                        ? b.toPlainString() : found)));
            }
        }
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void compare(List<ScenarioResult.Difference> differences, String field, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            differences.add(new ScenarioResult.Difference(field, expected.toString(), actual.toString()));
        }
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> texts.add(item.asText()));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }

    private static List<String> missing(JsonNode node) {
        List<String> entries = new ArrayList<>();
        for (JsonNode item : node.isArray() ? node : JSON.createArrayNode().add(node)) {
            entries.add(item.isObject() ? item.path("field").asText() + " " + item.path("clause").asText() : item.asText());
        }
        return entries;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
