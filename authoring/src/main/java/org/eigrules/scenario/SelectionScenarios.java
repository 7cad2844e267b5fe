package org.eigrules.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.eigrules.io.SelectionFiles;
import org.eigrules.selection.RankedDefi;
import org.eigrules.selection.SelectionCheck;
import org.eigrules.selection.SelectionResult;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scenarios of selections, run by {@code eig check} beside the application scenarios: a file holds
 * one scenario or a list under {@code scenarios:}; each has a {@code name} (a sentence), a
 * {@code selection} (a selection file's path, relative to the scenario file) and {@code expect}:
 * any of {@code ranks} and {@code statuses} (by défi name), {@code ties}, {@code notRanked},
 * {@code envelope} ({@code used}, {@code remaining}, or null), {@code totals} ({@code defis},
 * {@code eigs}, {@code grantAmount}, {@code hostAmount}), {@code checks} ({@code "KIND défi"}, or
 * {@code "OVER_ENVELOPE"}) and {@code invalid} (the paths of an invalid selection's errors).
 */
public final class SelectionScenarios {

    private static final Set<String> FIELDS = Set.of("name", "selection", "expect");
    private static final Set<String> EXPECTATIONS = Set.of("ranks", "statuses", "ties", "notRanked", "envelope", "totals",
            "checks", "invalid");
    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    /** One selection scenario. */
    public record SelectionScenario(String file, int index, String name, Path selection, JsonNode expect) {
    }

    /** A selection scenario's outcome: passed when there is no difference. */
    public record Outcome(SelectionScenario scenario, List<ScenarioResult.Difference> differences) {
        public boolean passed() {
            return differences.isEmpty();
        }
    }

    private SelectionScenarios() {
    }

    /** Whether a scenario file holds selection scenarios (a {@code selection} instead of an {@code application}). */
    public static boolean holdsSelections(Path file) {
        try {
            JsonNode root = YAML.readTree(file.toFile());
            JsonNode first = root != null && root.has("scenarios") && root.get("scenarios").isArray()
                    && !root.get("scenarios").isEmpty() ? root.get("scenarios").get(0) : root;
            return first != null && first.isObject() && first.has("selection");
        } catch (IOException e) {
            return false; // the application scenario reader reports what is wrong with it
        }
    }

    /**
     * The selection scenarios of a file.
     *
     * @throws ScenarioFiles.ScenarioFileException naming the file and the field that is wrong
     */
    public static List<SelectionScenario> read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new ScenarioFiles.ScenarioFileException(file + ": not readable: " + e.getMessage());
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (root != null && root.has("scenarios")) {
            root.get("scenarios").forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        List<SelectionScenario> scenarios = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String where = file + ", scenario " + (i + 1);
            if (node == null || !node.isObject() || !node.path("name").isTextual() || !node.path("selection").isTextual()) {
                throw new ScenarioFiles.ScenarioFileException(where + ": expected a name and a selection file's path");
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    throw new ScenarioFiles.ScenarioFileException(where + ": " + name + ": unknown field (expected name, "
                            + "selection, expect)");
                }
            }
            JsonNode expect = node.path("expect");
            if (!expect.isObject()) {
                throw new ScenarioFiles.ScenarioFileException(where + ": expect: expected a mapping of expectations");
            }
            for (Iterator<String> names = expect.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!EXPECTATIONS.contains(name)) {
                    throw new ScenarioFiles.ScenarioFileException(where + ": expect." + name + ": unknown expectation "
                            + "(expected one of " + new java.util.TreeSet<>(EXPECTATIONS) + ")");
                }
            }
            Path selection = file.toAbsolutePath().getParent().resolve(node.get("selection").textValue()).normalize();
            scenarios.add(new SelectionScenario(file.toString(), i, node.get("name").textValue(), selection, expect));
        }
        return scenarios;
    }

    /** Runs one scenario and compares what the rules give with what it expects. */
    public static Outcome run(EigRules rules, SelectionScenario scenario) {
        List<ScenarioResult.Difference> differences = new ArrayList<>();
        JsonNode expect = scenario.expect();
        SelectionResult result;
        try {
            result = rules.select(SelectionFiles.read(scenario.selection()).selection());
        } catch (InvalidSelectionException e) {
            List<String> paths = e.violations().stream().map(Violation::path).toList();
            if (expect.has("invalid")) {
                compare(differences, "invalid", texts(expect.get("invalid")), paths);
            } else {
                differences.add(new ScenarioResult.Difference("selection", "a valid selection", "invalid: " + e.violations()));
            }
            return new Outcome(scenario, differences);
        }
        if (expect.has("invalid")) {
            differences.add(new ScenarioResult.Difference("invalid", texts(expect.get("invalid")).toString(),
                    "a valid selection"));
        }
        if (expect.has("ranks")) {
            byName(differences, "ranks", expect.get("ranks"), result, r -> String.valueOf(r.rank()));
        }
        if (expect.has("statuses")) {
            byName(differences, "statuses", expect.get("statuses"), result, r -> r.status().name());
        }
        if (expect.has("ties")) {
            List<String> want = new ArrayList<>();
            expect.get("ties").forEach(tie -> want.add(texts(tie).toString()));
            compare(differences, "ties", want, result.ties().stream().map(List::toString).toList());
        }
        if (expect.has("notRanked")) {
            compare(differences, "notRanked", sorted(texts(expect.get("notRanked"))),
                    sorted(result.notRanked().stream().map(n -> n.application()).toList()));
        }
        if (expect.has("envelope")) {
            JsonNode envelope = expect.get("envelope");
            if (envelope.isNull()) {
                compare(differences, "envelope", "null", result.envelope() == null ? "null" : "an envelope");
            } else if (result.envelope() == null) {
                differences.add(new ScenarioResult.Difference("envelope", envelope.toString(), "null"));
            } else {
                amount(differences, "envelope.used", envelope.get("used"), result.envelope().used());
                amount(differences, "envelope.remaining", envelope.get("remaining"), result.envelope().remaining());
            }
        }
        if (expect.has("totals")) {
            JsonNode totals = expect.get("totals");
            if (totals.has("defis")) {
                compare(differences, "totals.defis", totals.get("defis").asText(), String.valueOf(result.totals().defis()));
            }
            if (totals.has("eigs")) {
                compare(differences, "totals.eigs", totals.get("eigs").asText(), String.valueOf(result.totals().eigs()));
            }
            amount(differences, "totals.grantAmount", totals.get("grantAmount"), result.totals().grantAmount());
            amount(differences, "totals.hostAmount", totals.get("hostAmount"), result.totals().hostAmount());
        }
        if (expect.has("checks")) {
            compare(differences, "checks", sorted(texts(expect.get("checks"))), sorted(result.checks().stream()
                    .map(SelectionScenarios::check).toList()));
        }
        return new Outcome(scenario, differences);
    }

    private static String check(SelectionCheck check) {
        return check.application() == null ? check.kind().name() : check.kind() + " " + check.application();
    }

    private static void byName(List<ScenarioResult.Difference> differences, String field, JsonNode expected,
                               SelectionResult result, java.util.function.Function<RankedDefi, String> value) {
        Map<String, String> found = new TreeMap<>();
        result.ranking().forEach(r -> found.put(r.application(), value.apply(r)));
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            compare(differences, field + "." + entry.getKey(), entry.getValue().asText(),
                    found.getOrDefault(entry.getKey(), "not ranked"));
        }
    }

    private static void amount(List<ScenarioResult.Difference> differences, String field, JsonNode expected, BigDecimal found) {
        if (expected != null) {
            compare(differences, field, expected.asText(), found == null ? "null" : found.toPlainString());
        }
    }

    private static void compare(List<ScenarioResult.Difference> differences, String field, Object expected, Object found) {
        if (!expected.equals(found)) {
            differences.add(new ScenarioResult.Difference(field, String.valueOf(expected), String.valueOf(found)));
        }
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> texts.add(n.asText()));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }

    private static List<String> sorted(List<String> texts) {
        return texts.stream().sorted().toList();
    }
}
