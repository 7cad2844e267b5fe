package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code eig evaluate}: readable summaries, contract JSON, and the exit statuses. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EvaluateCommandTest {

    static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("../examples").normalize();
    static final Path DATAJUST = EXAMPLES.resolve("selected-p3/datajust.yaml");
    static final Path PLUME = EXAMPLES.resolve("eligible/a-json-file-is-read-like-a-yaml-one.json");
    static final Path LATE = EXAMPLES.resolve("ineligible/a-file-received-at-17-30-paris-time-written-as-15-30z-is-late.yaml");
    static final Path NO_MENTOR = EXAMPLES.resolve("incomplete/a-file-without-a-high-level-mentor-is-incomplete.yaml");
    static final Path MALFORMED = EXAMPLES.resolve("invalid/a-file-with-several-malformed-fields-names-each-of-them.yaml");

    record Run(int status, String out, String err) {
        List<JsonNode> jsonLines() throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.lines().toList()) {
                lines.add(new ObjectMapper().readTree(line));
            }
            return lines;
        }
    }

    static Run eig(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = java.util.Arrays.stream(args).map(Object::toString).toArray(String[]::new);
        int status = Eig.run(new PrintWriter(out, true), new PrintWriter(err, true), strings);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void the_summary_is_in_french_by_default() {
        Run run = eig("evaluate", DATAJUST);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("DataJust").contains("ÉLIGIBLE")
                .contains("Cofinancement PIA accordé ; bénéficiaire : Ministère de la Justice").contains("Priorités");
    }

    @Test
    void the_summary_is_in_english_on_request() {
        Run run = eig("evaluate", "--lang", "en", LATE);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("INELIGIBLE").contains("CAL-1").contains("after the call closed");
    }

    @Test
    void json_prints_one_contract_object_per_file_per_line() throws IOException {
        Run run = eig("evaluate", "--json", DATAJUST, PLUME, LATE, NO_MENTOR);
        assertThat(run.status()).isZero();
        List<JsonNode> decisions = run.jsonLines();
        assertThat(decisions).extracting(d -> d.get("verdict").asText())
                .containsExactly("ELIGIBLE", "ELIGIBLE", "INELIGIBLE", "INCOMPLETE");
        assertThat(decisions.get(1).get("coFinancing").get("piaAmount").asText()).isEqualTo("151200.00");
        assertThat(decisions.get(2).get("reasons").get(0).get("clause").asText()).isEqualTo("CAL-1");
        assertThat(decisions.get(3).get("missing").get(0).get("field").asText()).isEqualTo("mentors.highLevel");
    }

    @Test
    void an_invalid_file_exits_1_names_every_bad_field_and_the_others_are_still_evaluated() throws IOException {
        Run run = eig("evaluate", "--json", MALFORMED, DATAJUST);
        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("valid").asBoolean()).isFalse();
        assertThat(lines.get(0).get("errors")).extracting(e -> e.get("path").asText())
                .containsExactly("challenge.colour", "eigs[1].profile", "funding.totalEmployerCost", "host.siret");
        assertThat(lines.get(1).get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(run.err()).contains("eigs[1].profile").contains("host.siret").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void a_missing_or_unsupported_file_is_reported_as_invalid(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        Run run = eig("evaluate", dir.resolve("absent.yaml"), text);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("absent.yaml").contains("fichier introuvable")
                .contains("notes.txt").contains(".json, .yaml ou .yml").doesNotContain("Exception");
        assertThat(eig("evaluate", "--lang", "en", dir.resolve("absent.yaml"), text).err())
                .contains("no such file").contains(".json, .yaml or .yml");
    }

    @Test
    void json_lines_give_one_decision_or_error_per_line_blank_lines_included(@TempDir Path dir) throws IOException {
        String valid = new ObjectMapper().writeValueAsString(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readTree(DATAJUST.toFile()));
        Path input = Files.writeString(dir.resolve("apps.jsonl"), valid + "\n\n"
                + valid.replace("\"DATA_SCIENCE\"", "\"ROBOTICS\"") + "\n" + valid + "\n");
        Run run = eig("evaluate", "--jsonl", input);
        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(lines.get(0).get("file").asText()).isEqualTo("line 1");
        assertThat(lines.get(1).toString()).isEqualTo(
                "{\"file\":\"line 2\",\"valid\":false,\"errors\":[{\"path\":\"\",\"message\":\"blank line\"}]}");
        assertThat(lines.get(2).get("file").asText()).isEqualTo("line 3");
        assertThat(lines.get(2).get("errors").get(0).get("path").asText()).isEqualTo("eigs[0].profile");
        assertThat(lines.get(3).get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(run.err()).contains("2 lignes invalides").doesNotContain("applications in");
    }

    @Test
    void json_lines_take_one_file_at_most() {
        assertThat(eig("evaluate", "--jsonl", DATAJUST, PLUME).status()).isEqualTo(2);
        assertThat(eig("evaluate", "--jsonl", "absent.jsonl").status()).isEqualTo(1);
    }

    @Test
    void usage_errors_exit_2() {
        assertThat(eig("evaluate").status()).isEqualTo(2);
        assertThat(eig("evaluate", "--lang", "de", DATAJUST).status()).isEqualTo(2);
        assertThat(eig("evaluate", "--colour", DATAJUST).status()).isEqualTo(2);
        assertThat(eig("judge", DATAJUST).status()).isEqualTo(2);
        assertThat(eig().status()).isEqualTo(2);
    }

    @Test
    void help_exits_0() {
        Run run = eig("evaluate", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--json").contains("--lang");
    }
}
