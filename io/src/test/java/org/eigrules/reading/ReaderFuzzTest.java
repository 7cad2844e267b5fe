package org.eigrules.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Decision;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.ruleset.RuleSetProblem;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.ApplicationFiles.Format;
import org.eigrules.model.Application;
import org.eigrules.ruleset.ParameterFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.ApplicationDraft.eligible;

/**
 * A seeded fuzz suite of mutated and hostile application files, JSON and YAML, run on every
 * build. For each case: no exception other than {@link InvalidApplicationException} escapes
 * reading; a file that is read is decided by the built-in rules without error; a refused one
 * names each problem with a path and a message in both languages that shows no Java or library
 * name and no raw control character. A failure prints the seed and the case number to replay.
 */
class ReaderFuzzTest {

    static final long SEED = 0x8_2026_1129L;
    static final int CASES = 4000;
    static final int PARAMETER_CASES = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values that have broken lenient readers: wrong types, limits, encodings, bombs. */
    static final List<Object> HOSTILE_VALUES = List.of(
            7, "6", " MINISTRY", "DESIGN\t", "DESIGN\u0000", 12345, 1, 0, -1, "10", "true", true, false,
            "1e2147483647", 1e300, -0.001, 0.001, 10.5, 9.999, Long.MAX_VALUE, "NaN", "", " ", "\u001b[31mred",
            Map.of(), List.of(), Map.of("a", Map.of("b", 1)), List.of(List.of(List.of())), "x".repeat(25_000),
            "2018-06-14T16:30:00", "2018-13-45T99:00:00+02:00", "MINISTRY", "DATA_SCIENCE", "PIA", "SELF_FUNDED",
            "\uD800", "é\u202Etxt");

    /** Text inserted by byte-level mutations. */
    private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\n", "\r",
            "\t", "---\n", "&a ", "*a", "!!str ", "!!python/object:x ", "<<: *a\n", "~", "null", "015", "0x1F", ".nan",
            "1e2147483647", "  - ", "? ", "|\n", "#", "\u0000", "\u001b[2J", "\"promotion\": 3,", "promotion: 3\n");

    @Test
    void no_mutated_or_hostile_file_escapes_the_readers() {
        String json = eligible().json();
        String yaml = HostileInputRegressionTest.yaml(eligible());
        EigRules rules = EigRules.builtIn();
        Random random = new Random(SEED);
        int decided = 0;
        int refused = 0;
        for (int n = 0; n < CASES; n++) {
            Format format = random.nextBoolean() ? Format.JSON : Format.YAML;
            String base = format == Format.JSON ? json : yaml;
            byte[] input;
            try {
                input = mutate(random, base, format);
            } catch (Exception e) {
                throw new AssertionError("case " + n + " (seed " + SEED + ") could not be built", e);
            }
            Application application;
            try {
                application = ApplicationFiles.read(input, format);
            } catch (InvalidApplicationException e) {
                refused++;
                check(e.violations(), n, input);
                continue;
            } catch (Throwable t) {
                throw new AssertionError("case " + n + " (seed " + SEED + "): reading threw " + t + " for "
                        + preview(input), t);
            }
            try {
                Decision decision = rules.evaluate(application);
                assertThat(decision.verdict()).isNotNull();
                decided++;
            } catch (InvalidApplicationException e) {
                refused++; // a promotion these rules do not cover
                check(e.violations(), n, input);
            } catch (Throwable t) {
                throw new AssertionError("case " + n + " (seed " + SEED + "): evaluating threw " + t + " for "
                        + preview(input), t);
            }
        }
        System.out.printf("Fuzzed %d files (seed %d): %d decided, %d refused%n", CASES, SEED, decided, refused);
        assertThat(decided).as("some mutated files stay valid").isGreaterThan(CASES / 20);
        assertThat(refused).as("most mutated files are refused").isGreaterThan(CASES / 2);
    }

    @Test
    void no_mutated_parameter_file_escapes_its_reader() throws Exception {
        String p3;
        try (var in = ReaderFuzzTest.class.getClassLoader().getResourceAsStream("org/eigrules/promotions/p3.yaml")) {
            p3 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Random random = new Random(SEED + 1);
        int read = 0;
        int refused = 0;
        for (int n = 0; n < PARAMETER_CASES; n++) {
            byte[] input = random.nextInt(3) == 0 ? parameterValue(random, p3) : bytes(random, p3);
            try {
                ParameterFiles.read("p3.yaml", new java.io.ByteArrayInputStream(input));
                read++;
            } catch (InvalidRuleSetException e) {
                refused++;
                for (RuleSetProblem problem : e.problems()) {
                    String where = "parameter case " + n + " (seed " + (SEED + 1) + "): " + problem;
                    assertThat(problem.file()).as(where).isEqualTo("p3.yaml");
                    assertThat(problem.message()).as(where).isNotBlank()
                            .doesNotContainPattern(HostileInputRegressionTest.LEAK).doesNotContainPattern("[\\p{Cc}]");
                }
            } catch (Throwable t) {
                throw new AssertionError("parameter case " + n + " (seed " + (SEED + 1) + ") threw " + t + " for "
                        + preview(input), t);
            }
        }
        System.out.printf("Fuzzed %d parameter files (seed %d): %d read, %d refused%n", PARAMETER_CASES, SEED + 1,
                read, refused);
        assertThat(refused).isGreaterThan(PARAMETER_CASES / 2);
    }

    /** One parameter's value replaced by a hostile one, as YAML text. */
    private static byte[] parameterValue(Random random, String p3) {
        List<String> lines = new ArrayList<>(p3.lines().toList());
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("    value:")) {
                values.add(i);
            }
        }
        List<String> hostile = List.of("0.123456789", ".nan", "-1", "DESIGN", "[]", "\"10\"", "015", "1e2147483647",
                "2018-13-01", "{a: 1}", "[DESIGN, DESIGN]", "[design]", "!!str 1", "*nothing", "~", "0.7000",
                "2030-01-01", "2000-01-01T00:00:00", "Mars/Olympus", "99999999999999.99");
        lines.set(values.get(random.nextInt(values.size())), "    value: " + hostile.get(random.nextInt(hostile.size())));
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static void check(List<Violation> violations, int n, byte[] input) {
        assertThat(violations).as("case %d: a refusal names at least one problem", n).isNotEmpty();
        for (Violation v : violations) {
            String where = "case " + n + " (seed " + SEED + "): " + v + " for " + preview(input);
            assertThat(v.path()).as(where).doesNotContainPattern("[\\p{Cc}]");
            for (String message : List.of(v.message(), v.messageFr())) {
                assertThat(message).as(where).isNotBlank().doesNotContainPattern(HostileInputRegressionTest.LEAK)
                        .doesNotContainPattern("[\\p{Cc}]");
                assertThat(message.length()).as(where).isLessThan(600);
            }
        }
    }

    static String preview(byte[] input) {
        String text = new String(input, 0, Math.min(input.length, 300), StandardCharsets.UTF_8);
        return InputText.escaped(text) + (input.length > 300 ? " (" + input.length + " bytes)" : "");
    }

    // ------------------------------------------------------------ mutations

    static byte[] mutate(Random random, String base, Format format) throws Exception {
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0, 1, 2 -> bytes(random, base);
            case 3, 4, 5 -> tree(random, base, format);
            case 6 -> unknownField(random, base, format);
            case 7 -> format == Format.YAML ? yamlHostile(random, base) : jsonHostile(random, base);
            case 8 -> { // several mutations at once
                byte[] once = tree(random, base, format);
                yield bytes(random, new String(once, StandardCharsets.UTF_8));
            }
            default -> resourceBomb(random, format);
        };
    }

    /** Byte-level: flip, delete, duplicate, truncate, insert fragments or invalid UTF-8. */
    static byte[] bytes(Random random, String base) {
        byte[] b = base.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(b.length);
        return switch (random.nextInt(6)) {
            case 0 -> {
                byte[] c = b.clone();
                c[at] = (byte) random.nextInt(256);
                yield c;
            }
            case 1 -> cut(b, at, Math.min(b.length, at + 1 + random.nextInt(40)));
            case 2 -> Arrays.copyOf(b, at);
            case 3 -> insert(b, at, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
            case 4 -> insert(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + random.nextInt(60))));
            default -> insert(b, at, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Value-level: one value anywhere in the tree replaced by a hostile one. */
    static byte[] tree(Random random, String base, Format format) throws Exception {
        JsonNode root = JSON.readTree(base.startsWith("{") ? base : JSON.writeValueAsString(
                new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(base)));
        List<Map.Entry<JsonNode, Object>> slots = new ArrayList<>();
        collect(root, slots);
        Map.Entry<JsonNode, Object> slot = slots.get(random.nextInt(slots.size()));
        JsonNode value = JSON.valueToTree(HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size())));
        if (slot.getKey() instanceof ObjectNode o) {
            o.set((String) slot.getValue(), value);
        } else {
            ((ArrayNode) slot.getKey()).set((Integer) slot.getValue(), value);
        }
        return write(root, format);
    }

    private static void collect(JsonNode node, List<Map.Entry<JsonNode, Object>> slots) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(name -> {
                slots.add(Map.entry(o, name));
                collect(o.get(name), slots);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(Map.entry(a, i));
                collect(a.get(i), slots);
            }
        }
    }

    private static byte[] unknownField(Random random, String base, Format format) throws Exception {
        JsonNode root = JSON.readTree(JSON.writeValueAsString(format == Format.JSON ? JSON.readTree(base)
                : new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(base)));
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        target.set("x" + random.nextInt(3), JSON.valueToTree(HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()))));
        return write(root, format);
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode o) {
            objects.add(o);
        }
        node.forEach(child -> collectObjects(child, objects));
    }

    private static byte[] write(JsonNode root, Format format) throws Exception {
        return format == Format.JSON ? JSON.writeValueAsBytes(root)
                : new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsBytes(root);
    }

    private static byte[] jsonHostile(Random random, String base) {
        Function<String, String> m = switch (random.nextInt(5)) {
            case 0 -> s -> s.replaceFirst("\\{", "{\"promotion\":3,");                        // duplicate key
            case 1 -> s -> s + s;                                                                // two documents
            case 2 -> s -> s.replace("140000.0", "1e" + (random.nextBoolean() ? "-" : "")
                    + random.nextInt(Integer.MAX_VALUE));                                            // huge exponents
            case 3 -> s -> s.replace("\"host\":", "\"host\":" + "[".repeat(30) + "]".repeat(30) + ",\"x\":");
            default -> s -> s.replace("\"Test défi\"", "\"Test\\u0000d\\u00e9fi\\ud800\"");
        };
        return m.apply(base).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] yamlHostile(Random random, String base) {
        String mutated = switch (random.nextInt(6)) {
            case 0 -> base.replace("pitchSlides: 10", "pitchSlides: 0" + random.nextInt(100));    // octal trap
            case 1 -> base + "---\n" + base;                                                     // two documents
            case 2 -> base.replace("host:\n", "host: &h\n").replace("fundingCarrier", "x") + "fundingCarrier: *h\n";
            case 3 -> base.replace("name: \"Test défi\"", "name: !!java.io.File /etc/passwd");     // tag
            case 4 -> base.replace("receivedAt:", "receivedAt: \"2018-07-14T16:30:00+02:00\"\nreceivedAt:");
            default -> base.replace("documents:\n", "documents: *undefined\nx:\n");
        };
        return mutated.getBytes(StandardCharsets.UTF_8);
    }

    /** Rare, larger inputs: alias bombs, long strings, many items, deep nesting, big files. */
    private static byte[] resourceBomb(Random random, Format format) {
        StringBuilder out = new StringBuilder();
        switch (random.nextInt(5)) {
            case 0 -> {
                out.append("a: &a [x, x, x, x, x, x, x, x]\n");
                for (char c = 'b'; c <= 'h'; c++) {
                    char p = (char) (c - 1);
                    out.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p)
                            .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
                }
            }
            case 1 -> out.append(format == Format.JSON ? "{\"challenge\":{\"name\":\"" : "challenge:\n  name: ")
                    .append("n".repeat(20_001 + random.nextInt(1000))).append(format == Format.JSON ? "\"}}" : "\n");
            case 2 -> {
                out.append(format == Format.JSON ? "{\"eigs\":[" : "eigs:\n");
                int items = 101 + random.nextInt(5_000);
                for (int i = 0; i < items; i++) {
                    out.append(format == Format.JSON ? (i == 0 ? "" : ",") + "{\"profile\":\"DESIGN\"}" : "- profile: DESIGN\n");
                }
                out.append(format == Format.JSON ? "]}" : "");
            }
            case 3 -> out.append(format == Format.JSON ? "{\"a\":" : "a: ").append("[".repeat(200 + random.nextInt(5000)));
            default -> out.append(random.nextBoolean() ? " " : "#").append(" ".repeat(1 << 20));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] cut(byte[] b, int from, int to) {
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        return out;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }
}
