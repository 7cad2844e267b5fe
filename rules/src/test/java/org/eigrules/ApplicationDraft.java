package org.eigrules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.engine.ApplicationBinding;
import org.eigrules.reading.DocumentReader;
import org.eigrules.model.Application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An application under construction for tests: starts from a complete, eligible promotion 3 file
 * and changes one field at a time by its contract path ({@code eigs[1].profile}), so each test
 * shows only what it varies. Goes through the real file reader, as a user's file would.
 */
public final class ApplicationDraft {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ELIGIBLE = """
            {
              "promotion": 3,
              "receivedAt": "2018-06-14T16:30:00+02:00",
              "challenge": {
                "name": "Test défi",
                "problem": "Agents re-type the same data in three systems.",
                "purelyTechnical": false,
                "impactsAgentsOrUsers": true,
                "durationMonths": 10,
                "dataScience": false,
                "linkedToAp2022": false,
                "openDataOrDataGovernance": false,
                "datasetsToOpen": [],
                "partners": []
              },
              "eigs": [
                { "profile": "DATA_SCIENCE", "mission": "models" },
                { "profile": "DATA_SCIENCE", "mission": "more models" }
              ],
              "host": { "name": "Ministère de la Culture", "kind": "MINISTRY", "siret": "11000201100044" },
              "mentors": {
                "operational": { "name": "Claude Moreau", "email": "claude.moreau@example.org" },
                "highLevel": { "name": "Maxime Lefebvre", "email": "maxime.lefebvre@example.org", "position": "Secrétaire général" }
              },
              "team": [
                { "name": "Noa Girard", "role": "product owner" },
                { "name": "Eden Roux", "role": "data steward" }
              ],
              "commitments": {
                "dataAccess": true, "technicalEnvironment": true, "offSiteWork": true,
                "supportProgramme": true, "openSourceAndOpenData": true,
                "continuationPlan": "The IT department runs the service afterwards."
              },
              "documents": { "detailedForm": true, "pitchSlides": 10, "financialSimulation": true },
              "funding": { "mode": "PIA", "totalEmployerCost": 140000.00, "requestedPiaAmount": 98000.00 }
            }""";

    private final ObjectNode root;

    private ApplicationDraft(ObjectNode root) {
        this.root = root;
    }

    /**
     * A complete promotion 3 file that meets every clause and no priority: two data scientists,
     * a ministry host receiving PIA money directly, 70% of 140,000 euros requested.
     */
    public static ApplicationDraft eligible() {
        try {
            return new ApplicationDraft((ObjectNode) JSON.readTree(ELIGIBLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A complete promotion 4 file that meets every clause and no priority: the promotion 3 file
     * received in promotion 4's window, in the contract's names, with the host's payroll budget
     * programme, the accessibility commitment, and 40% of 140,000 euros requested.
     */
    public static ApplicationDraft eligibleP4() {
        return eligible().with("promotion", 4).with("receivedAt", "2020-02-20T10:00:00+01:00")
                .with("host.payrollBudgetProgramme", "224")
                .with("commitments.accessibility", true)
                .with("funding", java.util.Map.of("mode", "CO_FINANCED",
                        "totalEmployerCost", new java.math.BigDecimal("140000.00"),
                        "requestedAmount", new java.math.BigDecimal("56000.00")));
    }

    /**
     * A complete promotion 5 file that meets every clause and no priority: received in promotion 5's
     * window, the host's payroll budget programme, the accessibility commitment, one 10-month
     * employer cost per salary band (52,000 and 59,000 euros) and no EIG's band stated.
     */
    public static ApplicationDraft eligibleP5() {
        return eligible().with("promotion", 5).with("receivedAt", "2021-03-20T10:00:00+01:00")
                .with("host.payrollBudgetProgramme", "224")
                .with("commitments.accessibility", true)
                .with("funding", java.util.Map.of("mode", "CO_FINANCED",
                        "employerCostUpTo5Years", new java.math.BigDecimal("52000.00"),
                        "employerCostOver5Years", new java.math.BigDecimal("59000.00")));
    }

    /**
     * Sets the field at {@code path} (created if absent; a list index one past the end appends) to a
     * JSON value: text, number, boolean, list, map or null.
     */
    public ApplicationDraft with(String path, Object value) {
        JsonNode node = JSON.valueToTree(value);
        Step last = walk(path, true);
        if (last.index >= 0 && last.index == last.parent.size()) {
            ((ArrayNode) last.parent).add(node);
        } else if (last.index >= 0) {
            ((ArrayNode) last.parent).set(last.index, node);
        } else {
            ((ObjectNode) last.parent).set(last.name, node);
        }
        return this;
    }

    /** Removes the field at {@code path}: the information is then missing. */
    public ApplicationDraft without(String path) {
        Step last = walk(path, false);
        if (last.index >= 0) {
            ((ArrayNode) last.parent).remove(last.index);
        } else {
            ((ObjectNode) last.parent).remove(last.name);
        }
        return this;
    }

    /** The file as JSON text. */
    public String json() {
        return root.toString();
    }

    /** The application, parsed and bound as a user's JSON file is. */
    public Application build() {
        return ApplicationBinding.bind(
                DocumentReader.parse(json().getBytes(StandardCharsets.UTF_8), DocumentReader.Syntax.JSON).root());
    }

    private record Step(JsonNode parent, String name, int index) {
    }

    private Step walk(String path, boolean create) {
        String[] parts = path.replace("[", ".[").split("\\.");
        JsonNode current = root;
        for (int i = 0; i < parts.length - 1; i++) {
            current = child(current, parts[i], create, path);
        }
        String last = parts[parts.length - 1];
        return last.startsWith("[")
                ? new Step(current, null, Integer.parseInt(last.substring(1, last.length() - 1)))
                : new Step(current, last, -1);
    }

    private static JsonNode child(JsonNode node, String part, boolean create, String path) {
        if (part.startsWith("[")) {
            JsonNode next = node.get(Integer.parseInt(part.substring(1, part.length() - 1)));
            if (next == null) {
                throw new IllegalArgumentException("no element " + part + " on the way to " + path);
            }
            return next;
        }
        JsonNode next = node.get(part);
        if (next == null || next.isNull()) {
            if (!create) {
                throw new IllegalArgumentException("no field " + part + " on the way to " + path);
            }
            next = ((ObjectNode) node).putObject(part);
        }
        return next;
    }
}
