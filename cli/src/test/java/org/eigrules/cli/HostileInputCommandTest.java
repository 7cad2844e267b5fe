package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.DATAJUST;
import static org.eigrules.cli.EvaluateCommandTest.PLUME;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/**
 * The command line under hostile input (issue 8): no input stops the inputs after it, output
 * line N answers input line N, and every decision says which file or line it answers.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostileInputCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String validLine() throws IOException {
        return JSON.writeValueAsString(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(DATAJUST.toFile()));
    }

    static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (!line.isEmpty()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    /** The JSON Lines of {@code bytes}, read from a file and from the standard input: both must agree. */
    private static List<JsonNode> jsonLinesBothWays(Path dir, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("input.jsonl"), bytes);
        EvaluateCommandTest.Run fromFile = eig("evaluate", "--jsonl", "--lang", "en", file);
        InputStream stdin = System.in;
        EvaluateCommandTest.Run fromStdin;
        try {
            System.setIn(new ByteArrayInputStream(bytes));
            fromStdin = eig("evaluate", "--jsonl", "--lang", "en", "-");
        } finally {
            System.setIn(stdin);
        }
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
        assertThat(fromStdin.status()).isEqualTo(fromFile.status());
        return lines(fromFile.out());
    }

    @Test
    void a_line_of_bad_utf8_affects_only_that_line_from_a_file_and_from_stdin(@TempDir Path dir) throws IOException {
        String valid = validLine();
        byte[] good = (valid + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = valid.replace("DataJust", "Data\u00e9Just").getBytes(StandardCharsets.UTF_8);
        int e = valid.indexOf("DataJust") + 4;
        bad[e + 1] = 'X'; // é is two bytes: keep its lead byte, break its continuation
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(good);
        input.write(bad);
        input.write('\n');
        input.write(good);
        List<JsonNode> out = jsonLinesBothWays(dir, input.toByteArray());
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("file").asText()).isEqualTo("line 1");
        assertThat(out.get(0).get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(out.get(1).get("file").asText()).isEqualTo("line 2");
        assertThat(out.get(1).get("errors").get(0).get("message").asText()).isEqualTo("not valid UTF-8 at byte " + e + " of the line");
        assertThat(out.get(2).get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(out.toString()).doesNotContain("\uFFFD");
    }

    @Test
    void a_lone_cr_stays_inside_its_line_and_blank_lines_are_answered(@TempDir Path dir) throws IOException {
        String valid = validLine();
        String input = valid + "\n" + "\n" + "{\"promotion\": 3,\r\"challenge\": {\"name\": \"x\"}, \"x\": 1}\n" + "   \n" + valid + "\n";
        List<JsonNode> out = jsonLinesBothWays(dir, input.getBytes(StandardCharsets.UTF_8));
        assertThat(out).extracting(n -> n.get("file").asText())
                .containsExactly("line 1", "line 2", "line 3", "line 4", "line 5");
        assertThat(out.get(1).toString()).isEqualTo(
                "{\"file\":\"line 2\",\"valid\":false,\"errors\":[{\"path\":\"\",\"message\":\"blank line\"}]}");
        assertThat(out.get(2).get("errors").get(0).get("path").asText()).isEqualTo("x");
        assertThat(out.get(3).get("errors").get(0).get("message").asText()).isEqualTo("blank line");
        assertThat(out.get(4).get("verdict").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void a_line_over_the_size_limit_is_refused_and_the_next_answered(@TempDir Path dir) throws IOException {
        String valid = validLine();
        StringBuilder input = new StringBuilder(valid).append('\n');
        input.append("{\"challenge\": {\"name\": \"").append("x".repeat(2 << 20)).append("\"}}\n");
        input.append(valid); // the last line has no newline
        List<JsonNode> out = jsonLinesBothWays(dir, input.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(out).hasSize(3);
        assertThat(out.get(1).get("errors").get(0).get("message").asText()).isEqualTo("larger than the limit of 1048576 bytes");
        assertThat(out.get(2).get("file").asText()).isEqualTo("line 3");
        assertThat(out.get(2).get("verdict").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void an_application_that_breaks_one_evaluation_does_not_stop_the_others(@TempDir Path dir) throws IOException {
        // 1e2147483647 once passed the checks and stopped the command; now it is refused on its own.
        String valid = validLine();
        String huge = valid.replaceFirst("\"totalEmployerCost\":[0-9.]+", "\"totalEmployerCost\":1e2147483647");
        assertThat(huge).contains("1e2147483647");
        List<JsonNode> out = jsonLinesBothWays(dir, (valid + "\n" + huge + "\n" + valid + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(out).hasSize(3);
        assertThat(out.get(1).get("errors").get(0).get("path").asText()).isEqualTo("funding.totalEmployerCost");
        assertThat(out.get(2).get("verdict").asText()).isEqualTo("ELIGIBLE");

        Path hugeFile = Files.writeString(dir.resolve("huge.json"), huge);
        EvaluateCommandTest.Run run = eig("evaluate", "--json", DATAJUST, hugeFile, PLUME);
        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> answers = lines(run.out());
        assertThat(answers).extracting(n -> n.get("file").asText())
                .containsExactly(DATAJUST.toString(), hugeFile.toString(), PLUME.toString());
        assertThat(answers.get(0).has("verdict")).isTrue();
        assertThat(answers.get(1).get("valid").asBoolean()).isFalse();
        assertThat(answers.get(2).has("verdict")).isTrue();
    }

    @Test
    void every_decision_printed_as_json_names_its_file() throws IOException {
        EvaluateCommandTest.Run run = eig("evaluate", "--json", DATAJUST);
        JsonNode decision = lines(run.out()).get(0);
        assertThat(decision.get("file").asText()).isEqualTo(DATAJUST.toString());
        assertThat(run.out().indexOf("\"file\"")).isLessThan(run.out().indexOf("\"application\""));
    }

    @Test
    void input_errors_are_in_french_by_default_and_in_english_on_request(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), Files.readString(DATAJUST).replace("pitchSlides: ", "pitchSlides: '1' #"));
        JsonNode fr = lines(eig("evaluate", "--json", bad).out()).get(0);
        assertThat(fr.get("errors").get(0).get("message").asText()).isEqualTo("attendu : un nombre entier ; trouvé : \"1\"");
        JsonNode en = lines(eig("evaluate", "--json", "--lang", "en", bad).out()).get(0);
        assertThat(en.get("errors").get(0).get("message").asText()).isEqualTo("expected a whole number, found \"1\"");
        assertThat(eig("evaluate", bad).err()).contains("attendu : un nombre entier");
    }

    @Test
    void a_rule_that_calls_system_exit_is_refused_before_anything_runs(@TempDir Path dir) throws IOException {
        assertThat(eig("init", dir.resolve("rules")).status()).isZero();
        Path drl = dir.resolve("rules/rules/challenge.drl");
        Files.writeString(drl, Files.readString(drl).replace("findings.fail(\"CHL-1.no-problem\");",
                "System.exit(3);"));
        EvaluateCommandTest.Run run = eig("evaluate", "--rules", dir.resolve("rules"), DATAJUST);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("rules/challenge.drl:").contains("rule \"CHL-1").contains("names \"System.exit\", which a rule may not use");
    }

    @Test
    void a_rule_that_never_stops_fails_its_file_only_and_the_next_is_answered(@TempDir Path dir) throws IOException {
        assertThat(eig("init", dir.resolve("rules")).status()).isZero();
        Files.writeString(dir.resolve("rules/rules/loop.drl"), """
                package org.eigrules.rules

                import org.eigrules.model.Challenge

                global org.eigrules.engine.Findings findings

                rule "CHL-1 a test rule that updates its fact without no-loop"
                    @clause("CHL-1")
                    @promotions("3")
                    @source("a test")
                when
                    $c : Challenge( name == "DataJust" )
                then
                    update($c);
                end
                """);
        EvaluateCommandTest.Run run = eig("evaluate", "--json", "--lang", "en", "--rules", dir.resolve("rules"), DATAJUST, PLUME);
        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> answers = lines(run.out());
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).get("file").asText()).isEqualTo(DATAJUST.toString());
        assertThat(answers.get(0).get("errors").get(0).get("message").asText())
                .startsWith("the evaluation failed: the rules fired more than")
                .contains("CHL-1 a test rule that updates its fact without no-loop");
        assertThat(answers.get(1).get("verdict")).isNotNull();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_seeded_stream_of_garbage_lines_gets_one_answer_per_line_in_order(@TempDir Path dir) throws IOException {
        byte[] valid = validLine().getBytes(StandardCharsets.UTF_8);
        java.util.Random random = new java.util.Random(8_2026_1129L);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        int lines = 600;
        for (int n = 0; n < lines; n++) {
            byte[] line = valid.clone();
            switch (random.nextInt(6)) {
                case 0 -> line = new byte[random.nextInt(3)]; // blank, or a few NULs
                case 1 -> line[random.nextInt(line.length)] = (byte) (0x80 + random.nextInt(0x80)); // bad UTF-8
                case 2 -> line[random.nextInt(line.length)] = '\r';
                case 3 -> line = java.util.Arrays.copyOf(line, random.nextInt(line.length));
                case 4 -> line[random.nextInt(line.length)] = (byte) random.nextInt(0x80);
                default -> { } // valid
            }
            for (int i = 0; i < line.length; i++) {
                if (line[i] == '\n') {
                    line[i] = ' ';
                }
            }
            input.write(line);
            input.write('\n');
        }
        List<JsonNode> out = jsonLinesBothWays(dir, input.toByteArray());
        assertThat(out).hasSize(lines);
        for (int n = 0; n < lines; n++) {
            JsonNode answer = out.get(n);
            assertThat(answer.get("file").asText()).isEqualTo("line " + (n + 1));
            assertThat(answer.has("verdict") || !answer.get("valid").asBoolean()).as(answer.toString()).isTrue();
            assertThat(answer.toString()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("\uFFFD");
        }
    }
}
