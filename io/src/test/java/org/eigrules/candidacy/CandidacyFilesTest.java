package org.eigrules.candidacy;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.eigrules.decision.Verdict;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.CandidacyJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Candidacy files go through the reading layer: no coercion, every problem at its path, both languages. */
class CandidacyFilesTest {

    static final String CONTRACT_EXAMPLE = """
            kind: CANDIDACY
            promotion: 3
            receivedAt: 2018-10-10T12:00:00+02:00
            applicant:
              naturalPerson: true
              name: Camille Martin
              email: camille.martin@example.org
            publicService:
              civilServant: false
              leavesPostOn: 2018-12-01
            juryMemberOrExpert: false
            studiesAtStart: NONE
            choices: [DataJust, Open Justice]
            documents: { cv: true, cvPdf: true, motivation: true }
            """;

    private static List<Violation> problems(String text, ApplicationFiles.Format format) {
        try {
            CandidacyFiles.read(text, format);
        } catch (InvalidApplicationException e) {
            return e.violations();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void the_contract_s_example_is_read_and_eligible() {
        Candidacy c = CandidacyFiles.read(CONTRACT_EXAMPLE, ApplicationFiles.Format.YAML);
        assertThat(c.kind()).isEqualTo(CandidacyKind.CANDIDACY);
        assertThat(c.choices()).containsExactly("DataJust", "Open Justice");
        assertThat(c.publicService().leavesPostOn()).hasToString("2018-12-01");
        CandidacyDecision d = EigRules.builtIn().evaluate(c);
        assertThat(d.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(CandidacyJson.write(d, Language.EN)).startsWith("{\"kind\":\"CANDIDACY\",\"candidate\":\"Camille Martin\","
                + "\"promotion\":3,\"verdict\":\"ELIGIBLE\",\"reasons\":[],\"missing\":[]");
    }

    @Test
    void nothing_is_coerced_and_every_problem_is_named_at_its_path() {
        String bad = CONTRACT_EXAMPLE.replace("naturalPerson: true", "naturalPerson: 1")
                .replace("promotion: 3", "promotion: \"3\"").replace("studiesAtStart: NONE", "studiesAtStart: student")
                .replace("[DataJust, Open Justice]", "[DataJust, 7]").replace("leavesPostOn: 2018-12-01", "leavesPostOn: soon")
                .replace("email: camille.martin@example.org", "email: nope\n  age: 30")
                .replace("receivedAt: 2018-10-10T12:00:00+02:00", "receivedAt: 2018-10-10T12:00:00");
        List<Violation> problems = problems(bad, ApplicationFiles.Format.YAML);
        assertThat(problems).extracting(Violation::path).containsExactly("applicant.age", "applicant.email",
                "applicant.naturalPerson", "choices[1]", "promotion", "publicService.leavesPostOn", "receivedAt",
                "studiesAtStart");
        assertThat(problems).filteredOn(v -> v.path().equals("applicant.naturalPerson")).first()
                .satisfies(v -> {
                    assertThat(v.messageIn(Language.EN)).isEqualTo("expected true or false, found 1");
                    assertThat(v.messageIn(Language.FR)).contains("true ou false");
                });
        assertThat(problems).allSatisfy(v -> assertThat(v.message()).doesNotContain("java.", "Jackson", "Exception"));
    }

    @Test
    void a_kind_other_than_candidacy_is_named() {
        List<Violation> problems = problems(CONTRACT_EXAMPLE.replace("kind: CANDIDACY", "kind: APPLICANT"),
                ApplicationFiles.Format.YAML);
        assertThat(problems).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("kind");
            assertThat(v.messageIn(Language.EN)).isEqualTo(
                    "expected CANDIDACY (a candidacy) or no kind (a défi application), found \"APPLICANT\"");
        });
    }

    @Test
    void files_are_told_apart_by_kind_and_json_works_as_yaml() {
        String json = "{\"kind\":\"CANDIDACY\",\"promotion\":5,\"receivedAt\":\"2021-05-02T23:59:00+02:00\","
                + "\"applicant\":{\"naturalPerson\":true},\"publicService\":{\"civilServant\":false},"
                + "\"juryMemberOrExpert\":false,\"studiesAtStart\":\"DOCTORATE\","
                + "\"documents\":{\"cvPdf\":true,\"motivation\":true}}";
        CandidacyFiles.ApplicationOrCandidacy read = CandidacyFiles.readAny(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ApplicationFiles.Format.JSON);
        assertThat(read.application()).isNull();
        assertThat(EigRules.builtIn().evaluate(read.candidacy()).verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(problems(json.replace("\"promotion\":5", "\"promotion\":5,\"promotion\":4"), ApplicationFiles.Format.JSON))
                .extracting(Violation::path).containsExactly("promotion");
    }

    @Test
    void a_blank_choice_or_a_bad_email_is_malformed_not_missing() {
        assertThat(problems(CONTRACT_EXAMPLE.replace("[DataJust, Open Justice]", "[DataJust, \"  \"]"),
                ApplicationFiles.Format.YAML)).extracting(Violation::path).containsExactly("choices[1]");
        assertThatThrownBy(() -> EigRules.builtIn().evaluate(new Candidacy(null, 3, null, null, null, null, null, null, null)))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("kind");
    }
}
