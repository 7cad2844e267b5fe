package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/** {@code eig evaluate} and {@code --jsonl} tell candidacies from applications by kind; docs and diff cover them. */
class CandidacyCommandTest {

    static final Path CANDIDACIES = EvaluateCommandTest.EXAMPLES.resolveSibling("candidacies");
    static final Path P4_ELIGIBLE = CANDIDACIES.resolve("eligible/p4-a-candidacy-meeting-every-clause-is-eligible.yaml");
    static final Path P4_LATE = CANDIDACIES.resolve(
            "ineligible/p4-a-candidacy-received-one-second-after-midnight-paris-time-is-late.yaml");
    static final Path P5_NO_PDF = CANDIDACIES.resolve("incomplete/p5-a-candidacy-without-a-cv-in-pdf-is-incomplete.yaml");

    @Test
    void candidacies_and_applications_are_decided_side_by_side() throws IOException {
        EvaluateCommandTest.Run run = eig("evaluate", "--json", "--lang", "en", P4_ELIGIBLE, EvaluateCommandTest.DATAJUST,
                P4_LATE, P5_NO_PDF);
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("kind").asText()).isEqualTo("CANDIDACY");
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(lines.get(0).has("coFinancing")).isFalse();
        assertThat(lines.get(1).get("application").asText()).isEqualTo("DataJust");
        assertThat(lines.get(2).get("reasons").get(0).get("clause").asText()).isEqualTo("CND-6");
        assertThat(lines.get(2).get("reasons").get(0).get("message").asText()).contains("UTC+01:00");
        assertThat(lines.get(3).get("missing").get(0).toString()).isEqualTo("{\"field\":\"documents.cvPdf\",\"clause\":\"CND-9\"}");
    }

    @Test
    void the_summary_of_a_candidacy_is_in_french_by_default() {
        EvaluateCommandTest.Run run = eig("evaluate", P4_LATE);
        assertThat(run.out()).contains("Candidature — Camille Martin — promotion 4 — INÉLIGIBLE").contains("CND-6");
    }

    @Test
    void json_lines_mix_candidacies_and_applications(@TempDir Path dir) throws IOException {
        String candidacy = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(P4_ELIGIBLE.toFile()));
        String application = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(EvaluateCommandTest.DATAJUST.toFile()));
        Path input = Files.writeString(dir.resolve("mixed.jsonl"), candidacy + "\n" + application + "\n"
                + candidacy.replace("\"CANDIDACY\"", "\"CANDIDATE\"") + "\n" + candidacy.replace("\"promotion\":4", "\"promotion\":7") + "\n");
        EvaluateCommandTest.Run run = eig("evaluate", "--jsonl", input);
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("kind").asText()).isEqualTo("CANDIDACY");
        assertThat(lines.get(0).get("file").asText()).isEqualTo("line 1");
        assertThat(lines.get(1).get("application").asText()).isEqualTo("DataJust");
        assertThat(lines.get(2).get("errors").get(0).get("path").asText()).isEqualTo("kind");
        assertThat(lines.get(3).get("errors").get(0).get("path").asText()).isEqualTo("promotion");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void diff_shows_how_the_candidates_rules_and_values_changed() {
        EvaluateCommandTest.Run run = eig("diff", "--from", "3", "--to", "4");
        assertThat(run.out()).contains("~ candidates.call.closes: 2018-10-15T17:00:00+02:00 → 2020-06-07T23:00:00+01:00")
                .contains("~ candidates.studies.excluded: FIRST_TWO_CYCLES, DOCTORATE, APPRENTICESHIP, OTHER_STUDIES → FIRST_TWO_CYCLES")
                .contains("Candidates' rules (built-in P3 → built-in P4):");
        EvaluateCommandTest.Run twoToThree = eig("diff", "--from", "2", "--to", "3");
        assertThat(twoToThree.out()).contains("- CND-2 an agent in post may not apply   (applies only to built-in P2; CND-2)")
                .contains("+ CND-2 a civil servant still in post on the cut-off day may not apply   (applies only to built-in P3; CND-2)");
        EvaluateCommandTest.Run fourToFive = eig("diff", "--from", "4", "--to", "5");
        assertThat(fourToFive.out()).contains("- CND-5 the file makes no choice   (applies only to built-in P4; CND-5)");
    }

    @Test
    void the_generated_docs_cover_the_candidates_rules_per_promotion() {
        EvaluateCommandTest.Run run = eig("docs", "--lang", "en");
        assertThat(run.out()).contains("### Call for candidates: clauses (promotion 2)")
                .contains("#### CND-2 — Public servants in post")
                .contains("its candidacies are decided");
    }

    @Test
    void rank_candidates_prints_one_list_per_defi_and_profile_with_ties(@TempDir Path dir) throws IOException {
        Path jury = Files.writeString(dir.resolve("jury.yaml"), """
                promotion: 4
                auditions:
                  - { candidate: Ana, defi: LABEL, profile: DEVELOPMENT, scores: [4, 4, 3, 4, 3] }
                  - { candidate: Ben, defi: LABEL, profile: DEVELOPMENT, scores: [4, 3, 4, 4, 3] }
                  - { candidate: Dan, defi: LABEL, profile: DESIGN, scores: [4, 4, 4, 4, 4] }
                """);
        EvaluateCommandTest.Run run = eig("rank-candidates", "--json", jury);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("{\"promotion\":4,\"lists\":[{\"defi\":\"LABEL\",\"profile\":\"DEVELOPMENT\","
                + "\"ranking\":[{\"candidate\":\"Ana\",\"rank\":1,\"total\":18},{\"candidate\":\"Ben\",\"rank\":1,\"total\":18}],"
                + "\"ties\":[[\"Ana\",\"Ben\"]]},{\"defi\":\"LABEL\",\"profile\":\"DESIGN\",\"ranking\":[{\"candidate\":\"Dan\","
                + "\"rank\":1,\"total\":20}],\"ties\":[]}]}");
        assertThat(eig("rank-candidates", "--lang", "en", jury).out()).contains("tie, not broken: Ana, Ben");
        Path p3 = Files.writeString(dir.resolve("p3.yaml"), Files.readString(jury).replace("promotion: 4", "promotion: 3"));
        EvaluateCommandTest.Run refused = eig("rank-candidates", "--lang", "en", p3);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("promotion: the sources give no score scale");
    }
}
