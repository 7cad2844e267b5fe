package org.eigrules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.eigrules.validation.Violation;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.ReadingException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads scenario files: YAML, one scenario or a list of them under {@code scenarios:}. A
 * scenario's {@code application} is a défi application or a candidacy ({@code kind: CANDIDACY}),
 * by path or inline; a candidacy's scenario expects only what a candidacy's decision has
 * ({@code verdict}, {@code reasons}, {@code missing}, {@code fired}, {@code invalid}).
 *
 * <pre>{@code
 * scenarios:
 *   - name: a territorial authority without a ministry carrier gets no PIA money
 *     application: ../examples/eligible/region.yaml      # or the application inline
 *     expect:
 *       verdict: ELIGIBLE
 *       coFinancing: { granted: false, hostAmount: "140000.00" }
 *       notes: [FIN-2]
 * }</pre>
 */
public final class ScenarioFiles {

    /** The expectation fields a scenario may set. */
    public static final Set<String> EXPECTATIONS = Set.of("verdict", "reasons", "missing", "implausible",
            "coFinancing", "notes", "priorities", "fired", "invalid");
    private static final Set<String> SCENARIO_FIELDS = Set.of("name", "application", "expect");

    private ScenarioFiles() {
    }

    /** A problem in a scenario file: the file and what is wrong. */
    public static final class ScenarioFileException extends RuntimeException {
        public ScenarioFileException(String message) {
            super(message);
        }
    }

    /** The scenario files among the given paths: files as given, folders searched for {@code .yaml}/{@code .yml}. */
    public static List<Path> find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml"))
                            .filter(p -> !ParameterFiles.FILE_NAME.matcher(p.getFileName().toString()).matches())
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * Reads one scenario file.
     *
     * @throws ScenarioFileException naming the file and every problem found in it
     */
    public static List<Scenario> read(Path file) {
        JsonNode root;
        // The same reading layer and limits as application files: duplicate keys, several
        // documents and over-limit files are refused with their line.
        try (InputStream in = Files.newInputStream(file)) {
            root = DocumentReader.parse(DocumentReader.readBounded(in), DocumentReader.Syntax.YAML).root();
        } catch (ReadingException e) {
            Violation v = e.violation();
            throw new ScenarioFileException(file + (e.line() > 0 ? ":" + e.line() : "") + ": " + v);
        } catch (IOException e) {
            throw new ScenarioFileException(file + ": cannot be read: " + e.getMessage());
        }
        List<JsonNode> entries = new ArrayList<>();
        if (root != null && root.has("scenarios")) {
            if (root.size() != 1 || !root.get("scenarios").isArray()) {
                throw new ScenarioFileException(file + ": expected only a list under scenarios:");
            }
            root.get("scenarios").forEach(entries::add);
        } else if (root != null && root.isObject()) {
            entries.add(root);
        } else {
            throw new ScenarioFileException(file + ": expected a scenario (name, application, expect) or a list under scenarios:");
        }
        List<String> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String where = entries.size() > 1 ? "scenarios[" + i + "]" : "scenario";
            if (!entry.isObject()) {
                problems.add(where + ": expected a mapping with name, application and expect");
                continue;
            }
            unknown(entry, SCENARIO_FIELDS, where, problems);
            JsonNode name = entry.get("name");
            if (name == null || !name.isTextual() || name.textValue().isBlank()) {
                problems.add(where + ".name: missing (a sentence saying what the scenario shows)");
            }
            JsonNode application = entry.get("application");
            if (application == null || !(application.isTextual() || application.isObject())) {
                problems.add(where + ".application: expected the path of an application or candidacy file, or one inline");
            }
            JsonNode expect = entry.get("expect");
            if (expect == null || !expect.isObject() || expect.isEmpty()) {
                problems.add(where + ".expect: expected at least one of " + String.join(", ", EXPECTATIONS.stream().sorted().toList()));
            } else {
                unknown(expect, EXPECTATIONS, where + ".expect", problems);
            }
            if (name != null && name.isTextual()) {
                scenarios.add(new Scenario(name.textValue(), file.toString(), i, application, expect));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(file + ": " + String.join("; ", problems));
        }
        return scenarios;
    }

    private static void unknown(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                problems.add(where + "." + field + ": unknown field (expected " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }
}
