package org.eigrules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eigrules.EigRules;
import org.eigrules.InvalidApplicationException;
import org.eigrules.Violation;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Note;
import org.eigrules.engine.RuleMetadata;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.model.Application;

import java.io.ByteArrayInputStream;
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
 * counts how many scenarios fired each rule.
 */
public final class ScenarioRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CO_FINANCING_FIELDS = Set.of("mode", "funder", "granted", "recipient", "rate", "grantAmount", "piaAmount",
            "hostAmount");

    private final EigRules rules;
    private final Map<String, Integer> firedBy = new LinkedHashMap<>();

    public ScenarioRunner(EigRules rules) {
        this.rules = rules;
        rules.rules().forEach(r -> firedBy.put(r.rule(), 0));
    }

    /** Runs one scenario; its fired rules count towards the coverage. */
    public ScenarioResult run(Scenario scenario) {
        List<ScenarioResult.Difference> differences = new ArrayList<>();
        JsonNode expect = scenario.expect();
        Decision decision = null;
        try {
            decision = rules.evaluate(application(scenario));
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
        if (expect.has("verdict")) {
            compare(differences, "verdict", expect.get("verdict").asText(), decision.verdict().name());
        }
        if (expect.has("reasons")) {
            compare(differences, "reasons", new TreeSet<>(texts(expect.get("reasons"))), new TreeSet<>(decision.failedClauses()));
        }
        if (expect.has("missing")) {
            compare(differences, "missing", sorted(missing(expect.get("missing"))),
                    sorted(decision.missing().stream().map(m -> m.field() + " " + m.clause()).toList()));
        }
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
        if (expect.has("fired")) {
            for (String rule : texts(expect.get("fired"))) {
                if (!decision.rulesFired().contains(rule)) {
                    differences.add(new ScenarioResult.Difference("fired", "rule \"" + rule + "\" to fire",
                            "it did not (fired: " + decision.rulesFired() + ")"));
                }
            }
        }
        if (expect.has("coFinancing")) {
            coFinancing(differences, expect.get("coFinancing"), decision.coFinancing());
        }
        return new ScenarioResult(scenario, differences, decision);
    }

    /** How many scenarios run so far fired each rule of the rule set, in the rule set's order. */
    public Map<RuleMetadata, Integer> coverage() {
        Map<RuleMetadata, Integer> coverage = new LinkedHashMap<>();
        for (RuleMetadata rule : rules.rules()) {
            coverage.put(rule, firedBy.getOrDefault(rule.rule(), 0));
        }
        return coverage;
    }

    private Application application(Scenario scenario) throws IOException {
        JsonNode application = scenario.application();
        if (application.isTextual()) {
            Path base = Path.of(scenario.file()).toAbsolutePath().getParent();
            return ApplicationFiles.read(base.resolve(application.textValue()).normalize());
        }
        return ApplicationFiles.read(new ByteArrayInputStream(JSON.writeValueAsBytes(application)),
                ApplicationFiles.Format.JSON);
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
