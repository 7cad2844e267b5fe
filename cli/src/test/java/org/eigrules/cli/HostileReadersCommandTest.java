package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.DATAJUST;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/**
 * Every reader of the command line under hostile input: selections kept inside their folder,
 * numbers out of range, convert never writing over its inputs, YAML lines in JSON Lines, and
 * terminal control characters from any input escaped in what is printed.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostileReadersCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Any C0 control but LF and tab, DEL, C1, bidi overrides and isolates. */
    private static final String UNSAFE = "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]";

    private static Path selection(Path dir, String text) throws IOException {
        Files.createDirectories(dir.resolve("applications"));
        Files.copy(DATAJUST, dir.resolve("applications/datajust.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Files.writeString(dir.resolve("selection.yaml"), text);
    }

    @Test
    void select_refuses_a_path_out_of_its_folder_or_that_names_no_file_in_words(@TempDir Path dir) throws IOException {
        Path jury = Files.createDirectories(dir.resolve("jury"));
        Files.writeString(dir.resolve("secret.yaml"), "password: hunter2\n");
        for (String applications : List.of("[../secret.yaml]", "[" + dir.resolve("secret.yaml") + "]", "[\"a\\0b.yaml\"]",
                "../")) {
            EvaluateCommandTest.Run run = eig("select", "--lang", "en", selection(jury, "promotion: 3\napplications: "
                    + applications + "\n"));
            assertThat(run.status()).as(applications).isEqualTo(1);
            assertThat(run.err()).as(applications).contains("invalid selection").doesNotContain("password")
                    .doesNotContain("internal error").doesNotContain("Exception").doesNotContainPattern(UNSAFE);
        }
        EvaluateCommandTest.Run inside = eig("select", "--json", selection(jury, "promotion: 3\napplications: applications\n"));
        assertThat(inside.status()).as(inside.err()).isZero();
        assertThat(JSON.readTree(inside.out()).get("ranking")).isNotNull();
    }

    @Test
    void select_text_shows_control_characters_of_the_file_escaped(@TempDir Path dir) throws IOException {
        Path file = selection(dir, "promotion: 3\napplications: applications\n");
        Path application = dir.resolve("applications/datajust.yaml");
        Files.writeString(application, Files.readString(application).replace("name: \"DataJust\"",
                "name: \"Data\\u202EJust\\rForged\""));
        EvaluateCommandTest.Run run = eig("select", "--lang", "en", file);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContainPattern(UNSAFE).contains("Data\\u202EJust\\rForged");
    }

    @Test
    void a_number_out_of_range_is_an_error_at_its_path_and_the_next_file_is_still_converted(@TempDir Path dir)
            throws IOException {
        Path huge = Files.writeString(dir.resolve("a-huge.json"), HostileInputCommandTest.validLine()
                .replaceFirst("\"promotion\":3", "\"promotion\":1e-2147483648"));
        Path valid = Files.writeString(dir.resolve("b-valid.json"), HostileInputCommandTest.validLine());
        EvaluateCommandTest.Run convert = eig("convert", "--jsonl", "--lang", "en", huge, valid);
        assertThat(convert.status()).isEqualTo(1);
        assertThat(convert.out().lines()).hasSize(1);
        assertThat(convert.err()).contains("a-huge.json: invalid file, not converted")
                .contains("  promotion: 1e-2147483648 is out of range").doesNotContain("internal error");
        EvaluateCommandTest.Run evaluate = eig("evaluate", "--lang", "en", huge, valid);
        assertThat(evaluate.err()).contains("promotion: 1e-2147483648 is out of range").doesNotContain("internal error");
        assertThat(evaluate.out()).contains("DataJust");
        byte[] input = ("{\"promotion\": 1e2147483647}\n" + HostileInputCommandTest.validLine() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        EvaluateCommandTest.Run lines = CommandLineDetailsTest.withStdin(input, "evaluate", "--jsonl", "--lang", "en");
        List<JsonNode> answers = HostileInputCommandTest.lines(lines.out());
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).at("/errors/0/path").textValue()).isEqualTo("promotion");
        assertThat(answers.get(0).at("/errors/0/message").textValue()).startsWith("1e2147483647 is out of range");
        assertThat(answers.get(1).get("verdict")).isNotNull();
    }

    @Test
    void convert_never_writes_over_one_of_its_inputs_whatever_the_path(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("input.json"), HostileInputCommandTest.validLine());
        byte[] before = Files.readAllBytes(input);
        Path link = dir.resolve("link.json");
        boolean links = true;
        try {
            Files.createSymbolicLink(link, input);
        } catch (UnsupportedOperationException | IOException e) {
            links = false;
        }
        Files.createDirectories(dir.resolve("sub"));
        List<Object[]> attempts = new java.util.ArrayList<>(List.of(
                new Object[] {input, input},
                new Object[] {dir.resolve("sub/../input.json"), input},
                new Object[] {input, dir}));
        if (links) {
            attempts.add(new Object[] {link, input});
        }
        for (Object[] attempt : attempts) {
            EvaluateCommandTest.Run run = eig("convert", "--jsonl", "--lang", "en", "--out", attempt[0], attempt[1]);
            assertThat(run.status()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("--out names one of the files to convert, which would be overwritten");
            assertThat(Files.readAllBytes(input)).isEqualTo(before);
        }
        EvaluateCommandTest.Run folder = eig("convert", "--jsonl", "--lang", "en", "--out", dir, input);
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err()).contains("--out wants a file, this is a folder");
    }

    @Test
    void convert_writes_through_a_file_beside_its_target_renamed_at_the_end(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("input.json"), HostileInputCommandTest.validLine());
        Path out = Files.writeString(dir.resolve("all.jsonl"), "old content\n");
        EvaluateCommandTest.Run run = eig("convert", "--jsonl", "--lang", "en", "--out", out, input, input);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"promotion\""));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("all.jsonl", "input.json");
        }
    }

    @Test
    void a_yaml_looking_line_is_one_invalid_line_and_the_lines_after_it_are_answered() throws IOException {
        for (String first : List.of("garbage: {", "promotion: 3", "---", "- profile: DESIGN", "# a comment")) {
            byte[] input = (first + "\n" + HostileInputCommandTest.validLine() + "\n").getBytes(StandardCharsets.UTF_8);
            EvaluateCommandTest.Run run = CommandLineDetailsTest.withStdin(input, "evaluate", "--jsonl", "--lang", "en");
            List<JsonNode> answers = HostileInputCommandTest.lines(run.out());
            assertThat(answers).as(first).hasSize(2);
            assertThat(answers.get(0).get("file").textValue()).isEqualTo("line 1");
            assertThat(answers.get(0).at("/errors/0/message").textValue()).as(first)
                    .isEqualTo("this line looks like YAML, not JSON: --jsonl wants one JSON application per line; "
                            + "convert YAML files with eig convert --jsonl FILE… > applications.jsonl");
            assertThat(answers.get(1).get("verdict").textValue()).as(first).isEqualTo("ELIGIBLE");
            assertThat(run.status()).isEqualTo(1);
        }
    }

    @Test
    void a_tampered_record_cannot_forge_a_line_nor_reach_the_terminal(@TempDir Path dir) throws IOException {
        EvaluateCommandTest.Run recorded = eig("record", "--lang", "en", DATAJUST);
        ObjectNode record = (ObjectNode) JSON.readTree(recorded.out());
        Path file = dir.resolve("tampered.json");
        ((ObjectNode) record.get("decision")).put("application", "DataJust\n" + file + ": same decision\u001b[2K\r");
        ((ObjectNode) record.get("decision")).put("x\nforged: same decision", 1);
        ((ObjectNode) record.get("library")).put("version", "0.0.1\u001b]0;title\u0007");
        Files.writeString(file, record.toString());
        EvaluateCommandTest.Run run = eig("replay", "--lang", "en", file);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).doesNotContainPattern(UNSAFE).contains("\\u001B[2K\\r");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line).satisfiesAnyOf(
                l -> assertThat(l).startsWith(file + ": different decision"), l -> assertThat(l).startsWith("  ")));
        assertThat(run.out().lines().filter(l -> l.startsWith("  "))).hasSize(3);
    }

    @Test
    void a_record_format_that_would_wrap_to_1_is_refused() throws IOException {
        Path dir = Files.createTempDirectory("eig-record");
        EvaluateCommandTest.Run recorded = eig("record", "--lang", "en", DATAJUST);
        Path file = Files.writeString(dir.resolve("r.json"), recorded.out().replace("\"recordFormat\":1",
                "\"recordFormat\":4294967297"));
        EvaluateCommandTest.Run run = eig("replay", "--lang", "en", file);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("recordFormat: expected 1, found 4294967297");
    }

    @Test
    void rank_candidates_checks_profiles_against_the_promotion_and_wants_a_defi_or_a_profile(@TempDir Path dir)
            throws IOException {
        Path jury = Files.writeString(dir.resolve("jury.yaml"), """
                promotion: 4
                auditions:
                  - { candidate: Ana, defi: LABEL, profile: WIZARD, scores: [4, 4, 3, 4, 3] }
                  - { candidate: Ben, scores: [4, 3, 4, 4, 3] }
                  - { candidate: Dan, profile: DESIGN, scores: [4, 4, 4, 4, 4] }
                """);
        EvaluateCommandTest.Run run = eig("rank-candidates", "--lang", "en", jury);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("auditions[0].profile: expected one of the profiles of promotion 4")
                .contains("auditions[1]: an audition names neither a défi nor a profile").doesNotContain("auditions[2]");
        Files.writeString(jury, Files.readString(jury).replace("WIZARD", "DEVELOPMENT").replace("candidate: Ben,",
                "candidate: Ben, defi: LABEL,"));
        assertThat(eig("rank-candidates", jury).status()).isZero();
    }

    @Test
    void terminal_text_escapes_what_a_terminal_would_act_on_and_keeps_the_rest() {
        StringWriter written = new StringWriter();
        PrintWriter out = TerminalText.over(new PrintWriter(written));
        out.print("a\u001b[31mb\rc\r\nd\u0000e\u007ff\u009bg\u202Eh\u2066i\u0008j\n\tk é … \u202F·→");
        out.print("end\r");
        out.flush();
        assertThat(written.toString()).isEqualTo("a\\u001B[31mb\\rc\r\nd\\u0000e\\u007Ff\\u009Bg\\u202Eh\\u2066i\\u0008j\n"
                + "\tk é … \u202F·→end\\r");
        assertThat(TerminalText.raw(out)).isNotSameAs(out);
        assertThat(TerminalText.oneLine("a\nb\tc")).isEqualTo("a\\nb\\tc");
        EvaluateCommandTest.Run run = eig("evaluate", "--lang", "en", Path.of("no\u001b[2Jsuch.yaml"));
        assertThat(run.err()).contains("no\\u001B[2Jsuch.yaml").doesNotContainPattern(UNSAFE);
    }
}
