package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.DATAJUST;
import static org.eigrules.cli.EvaluateCommandTest.EXAMPLES;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/** Folders for evaluate, eig convert --jsonl, a YAML file given to --jsonl, and a rule folder's warnings. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandLineDetailsTest {

    private static List<Path> applicationFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(json|ya?ml)"))
                    .sorted(java.util.Comparator.comparing(Path::toString)).toList();
        }
    }

    private static List<String> filesOf(EvaluateCommandTest.Run run) throws IOException {
        List<String> files = new ArrayList<>();
        for (JsonNode line : run.jsonLines()) {
            files.add(line.get("file").asText());
        }
        return files;
    }

    static EvaluateCommandTest.Run withStdin(byte[] bytes, Object... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(bytes));
            return eig(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void evaluate_takes_a_folder_as_every_application_file_inside_in_path_order() throws IOException {
        Path selected = EXAMPLES.resolve("selected-p3");
        EvaluateCommandTest.Run run = eig("evaluate", "--json", selected);
        assertThat(run.status()).as(run.err()).isZero();
        List<String> expected = applicationFiles(selected).stream().map(Path::toString).toList();
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(filesOf(run)).isEqualTo(expected);
        // The same decisions as when the files are named one by one.
        List<Object> oneByOne = new ArrayList<>(List.of("evaluate", "--json"));
        oneByOne.addAll(expected);
        assertThat(run.out()).isEqualTo(eig(oneByOne.toArray()).out());
    }

    @Test
    void a_folder_and_files_mix_and_sub_folders_are_searched_while_other_files_are_skipped(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.copy(DATAJUST, dir.resolve("b/inner/z.yaml"));
        Files.copy(DATAJUST, dir.resolve("b/a.yaml"));
        Files.writeString(dir.resolve("b/notes.txt"), "not an application");
        EvaluateCommandTest.Run run = eig("evaluate", "--json", DATAJUST, dir.resolve("b"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(filesOf(run)).containsExactly(DATAJUST.toString(), dir.resolve("b/a.yaml").toString(),
                dir.resolve("b/inner/z.yaml").toString());
    }

    @Test
    void an_empty_folder_is_reported_and_the_others_are_evaluated(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        EvaluateCommandTest.Run run = eig("evaluate", "--json", "--lang", "en", dir.resolve("empty"), DATAJUST);
        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("errors").get(0).get("message").asText())
                .isEqualTo("a folder without any .json, .yaml or .yml file");
        assertThat(lines.get(1).get("verdict").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void convert_writes_one_json_line_per_valid_file_and_reports_the_invalid_ones(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("all.jsonl");
        EvaluateCommandTest.Run run = eig("convert", "--jsonl", "--lang", "en", "--out", out,
                EXAMPLES.resolve("selected-p3"), EXAMPLES.resolve("invalid"));
        assertThat(run.status()).isEqualTo(1);
        List<Path> valid = applicationFiles(EXAMPLES.resolve("selected-p3"));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSameSizeAs(valid).allSatisfy(l -> assertThat(l).startsWith("{").doesNotContain("\n"));
        assertThat(run.err()).contains("a-self-funded-file-cannot-request-pia-money.yaml: invalid file, not converted")
                .contains("  funding.requestedPiaAmount: ")
                .contains("Wrote " + out + ": " + valid.size() + " application(s), "
                        + applicationFiles(EXAMPLES.resolve("invalid")).size() + " invalid file(s) left out");
        assertThat(run.out()).isEmpty();

        // Evaluating the JSON Lines gives, line by line, the decisions of the files themselves.
        List<JsonNode> fromLines = eig("evaluate", "--jsonl", out).jsonLines();
        List<JsonNode> fromFiles = eig("evaluate", "--json", EXAMPLES.resolve("selected-p3")).jsonLines();
        assertThat(fromLines).hasSameSizeAs(fromFiles);
        for (int i = 0; i < fromFiles.size(); i++) {
            ((ObjectNode) fromLines.get(i)).remove("file");
            ((ObjectNode) fromFiles.get(i)).remove("file");
            assertThat(fromLines.get(i)).isEqualTo(fromFiles.get(i));
        }
    }

    @Test
    void convert_writes_to_the_standard_output_and_exits_0_when_every_file_is_valid() throws IOException {
        EvaluateCommandTest.Run run = eig("convert", "--jsonl", DATAJUST, EvaluateCommandTest.PLUME);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.jsonLines()).hasSize(2);
        assertThat(run.jsonLines().get(0).get("challenge").get("name").asText()).isEqualTo("DataJust");
        assertThat(eig("convert", DATAJUST).status()).isEqualTo(2); // the format must be named
    }

    @Test
    void a_yaml_file_given_to_jsonl_is_said_once_by_its_name_and_each_of_its_lines_is_still_answered() throws IOException {
        long lines = Files.readAllLines(DATAJUST).size();
        EvaluateCommandTest.Run byName = eig("evaluate", "--lang", "en", "--jsonl", DATAJUST);
        assertThat(byName.status()).isEqualTo(1);
        assertThat(byName.out().lines()).hasSize((int) lines).allSatisfy(l -> assertThat(l).contains("\"valid\":false"));
        assertThat(byName.out().lines().findFirst().orElseThrow()).contains("this line looks like YAML, not JSON");
        assertThat(byName.err().lines().findFirst().orElseThrow()).isEqualTo(DATAJUST + ": this looks like a YAML file: "
                + "--jsonl wants one JSON application per line and answers each line; convert YAML files with eig convert "
                + "--jsonl FILE… > applications.jsonl");

        EvaluateCommandTest.Run byFirstLine = withStdin(Files.readAllBytes(DATAJUST), "evaluate", "--lang", "en", "--jsonl");
        assertThat(byFirstLine.status()).isEqualTo(1);
        assertThat(byFirstLine.out().lines()).hasSize((int) lines);
        assertThat(byFirstLine.err()).doesNotContain("this looks like a YAML file");
        assertThat(eig("evaluate", "--jsonl", DATAJUST).err()).contains("ce fichier semble être du YAML");
    }

    @Test
    void genuine_json_lines_keep_one_answer_per_line_even_with_a_yaml_looking_line_after_the_first() {
        byte[] input = "{\"promotion\": 3}\npromotion: 3\n\n".getBytes(StandardCharsets.UTF_8);
        EvaluateCommandTest.Run run = withStdin(input, "evaluate", "--jsonl", "--lang", "en");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.err()).doesNotContain("YAML");
        EvaluateCommandTest.Run blankFirst = withStdin("\n\n{\"promotion\": 3}\n".getBytes(StandardCharsets.UTF_8),
                "evaluate", "--jsonl");
        assertThat(blankFirst.out().lines()).hasSize(3);
    }

    @Test
    void a_rule_folder_with_a_policy_literal_loads_with_a_warning_and_an_unknown_field_is_located(@TempDir Path dir)
            throws IOException {
        assertThat(eig("init", dir).status()).isZero();
        Path challenge = dir.resolve("rules/challenge.drl");
        String text = Files.readString(challenge);
        Files.writeString(challenge, text.replace("durationMonths > $p.contractMonths", "durationMonths > 10"));
        int line = Files.readAllLines(challenge).indexOf(Files.readAllLines(challenge).stream()
                .filter(l -> l.contains("durationMonths > 10")).findFirst().orElseThrow()) + 1;
        EvaluateCommandTest.Run check = eig("check", "--rules", dir, "--no-coverage",
                EXAMPLES.getParent().resolve("scenarios/selected-p3.yaml"));
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.err().lines().toList()).singleElement().asString()
                .startsWith("rules/challenge.drl:" + line + ":")
                .contains(": warning: rule \"CHL-2 ")
                .contains("writes 10, the value of contract.months in promotion 3 (read it as $p.contractMonths())");

        Files.writeString(challenge, text + "\nrule \"CHL-5 no e-mail\"\n    @clause(\"CHL-5\")\n    @promotions(\"3\")\n"
                + "    @source(\"test\")\nwhen\n    Mentors( highLevel.emial == null )\nthen\n"
                + "    findings.missing(\"mentors.highLevel.email\");\nend\n");
        EvaluateCommandTest.Run evaluate = eig("evaluate", "--rules", dir, DATAJUST);
        assertThat(evaluate.status()).isEqualTo(1);
        int emial = Files.readAllLines(challenge).indexOf("    Mentors( highLevel.emial == null )") + 1;
        assertThat(emial).isPositive();
        assertThat(evaluate.err()).contains("rules/challenge.drl:" + emial + ":24: rule \"CHL-5 no "
                + "e-mail\": no field emial in mentors.highLevel (its fields: name, email, position)")
                .doesNotContain("org.eigrules").doesNotContain("class");
    }
}
