package org.eigrules.reading;

import org.eigrules.ApplicationDraft;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.eigrules.decision.Verdict;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.ApplicationFiles.Format;
import org.eigrules.model.Application;
import org.eigrules.model.Funding;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.ApplicationDraft.eligible;

/**
 * One test per example of issue 8 ("No input can crash, hang, exhaust or lose"): each gets a
 * clear refusal at the right path, in the contract's words, or a correct decision.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostileInputRegressionTest {

    /** What no message may contain: Java types, packages, library names or options. */
    static final Pattern LEAK = Pattern.compile("java\\.|javax\\.|jakarta\\.|com\\.fasterxml|org\\.yaml|org\\.eigrules"
            + "|Exception|Jackson|SnakeYAML|Feature|`|\\bclass\\b|Creator|setter");

    /** The YAML form of the eligible draft, as a user would write it. */
    static String yaml(ApplicationDraft draft) {
        try {
            return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsString(
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(draft.json()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Violation> refusal(String text, Format format) {
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> ApplicationFiles.read(text, format));
        assertThat(e).as("refused: %s", text.length() > 200 ? text.substring(0, 200) : text).isNotNull();
        for (Violation v : e.violations()) {
            assertThat(v.message()).doesNotContainPattern(LEAK).isNotBlank();
            assertThat(v.messageFr()).doesNotContainPattern(LEAK).isNotBlank();
            assertThat(v.message().length()).isLessThan(400);
        }
        return e.violations();
    }

    static List<Violation> refusal(byte[] bytes, Format format) {
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> ApplicationFiles.read(bytes, format));
        assertThat(e).isNotNull();
        e.violations().forEach(v -> assertThat(v.message()).doesNotContainPattern(LEAK));
        return e.violations();
    }

    static Violation only(List<Violation> violations) {
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    // ------------------------------------------------------------ one input stops everything after it

    @Test
    void a_cost_of_1e2147483647_is_refused_when_read() {
        Violation v = only(refusal(eligible().json().replace("\"totalEmployerCost\":140000.0", "\"totalEmployerCost\":1e2147483647"), Format.JSON));
        assertThat(v.path()).isEqualTo("funding.totalEmployerCost");
        // Refused as it is read: a number that long once written out is out of any range.
        assertThat(v.message()).isEqualTo("1e2147483647 is out of range: a number may have at most 40 digits before the "
                + "decimal point and 40 after it");
    }

    @Test
    void through_the_api_violations_and_evaluate_refuse_1e2147483647_with_an_invalid_application_exception() {
        Application good = eligible().build();
        Application huge = new Application(good.promotion(), good.receivedAt(), good.challenge(), good.eigs(),
                good.host(), good.fundingCarrier(), good.mentors(), good.team(), good.commitments(), good.documents(),
                new Funding(good.funding().mode(), new BigDecimal("1e2147483647"), good.funding().requestedPiaAmount()));
        EigRules rules = EigRules.builtIn();
        assertThat(rules.violations(huge)).extracting(Violation::path).containsExactly("funding.totalEmployerCost");
        assertThatThrownBy(() -> rules.evaluate(huge)).isInstanceOf(InvalidApplicationException.class);
        assertThat(rules.evaluate(good).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    // ------------------------------------------------------------ lenient types change verdicts

    @Test
    void a_number_is_not_a_kind_of_body() {
        assertThat(only(refusal(eligible().with("host.kind", 7).json(), Format.JSON)).toString())
                .startsWith("host.kind: expected one of MINISTRY, CENTRAL_ADMINISTRATION").endsWith("found 7");
    }

    @Test
    void a_quoted_number_is_not_a_kind_of_body_in_yaml() {
        assertThat(only(refusal(yaml(eligible()).replace("kind: \"MINISTRY\"", "kind: '6'"), Format.YAML)).path())
                .isEqualTo("host.kind");
    }

    @Test
    void enum_names_are_exact_no_spaces_tabs_or_nul() {
        for (String bad : List.of(" MINISTRY", "MINISTRY ", "ministry", "MINISTRY\u0000")) {
            assertThat(only(refusal(eligible().with("host.kind", bad).json(), Format.JSON)).path()).isEqualTo("host.kind");
        }
        for (String bad : List.of("DESIGN\t", "DESIGN\u0000")) {
            Violation v = only(refusal(eligible().with("eigs[0].profile", bad).json(), Format.JSON));
            assertThat(v.path()).isEqualTo("eigs[0].profile");
            assertThat(v.message()).doesNotContain("\t").doesNotContain("\u0000").contains("\\");
        }
    }

    @Test
    void a_number_is_not_a_name_and_one_is_not_true() {
        assertThat(refusal(eligible().with("challenge.name", 12345).with("commitments.dataAccess", 1).json(), Format.JSON))
                .extracting(Violation::toString)
                .containsExactly("challenge.name: expected text, found 12345",
                        "commitments.dataAccess: expected true or false, found 1");
    }

    @Test
    void text_is_not_a_number() {
        assertThat(only(refusal(eligible().with("documents.pitchSlides", "10").json(), Format.JSON)).toString())
                .isEqualTo("documents.pitchSlides: expected a whole number, found \"10\"");
    }

    @Test
    void yaml_015_is_refused_not_read_as_13() {
        Violation v = only(refusal(yaml(eligible()).replace("pitchSlides: 10", "pitchSlides: 015"), Format.YAML));
        assertThat(v.path()).isEqualTo("documents.pitchSlides");
        assertThat(v.message()).contains("015").contains("leading zero");
        // 15 and "015" as text are what the author can write instead
        assertThat(ApplicationFiles.read(yaml(eligible()).replace("pitchSlides: 10", "pitchSlides: 15"), Format.YAML)
                .documents().pitchSlides()).isEqualTo(15);
    }

    @Test
    void a_duplicate_key_is_refused_not_last_wins() {
        String json = eligible().json().replaceFirst("\"receivedAt\":\"[^\"]+\"",
                "\"receivedAt\":\"2018-06-14T16:30:00+02:00\", \"receivedAt\":\"2018-07-14T16:30:00+02:00\"");
        assertThat(json).contains("2018-07-14");
        assertThat(only(refusal(json, Format.JSON)).toString()).isEqualTo("receivedAt: duplicate key");
        String yaml = yaml(eligible()).replace("receivedAt:", "receivedAt: \"2018-07-14T16:30:00+02:00\"\nreceivedAt:");
        assertThat(only(refusal(yaml, Format.YAML)).toString()).startsWith("receivedAt: duplicate key (already given at line");
    }

    @Test
    void a_nested_duplicate_key_names_its_path_not_a_java_type() {
        String json = eligible().json().replace("\"email\":\"claude.moreau@example.org\"",
                "\"email\":\"claude.moreau@example.org\", \"email\":\"x@example.org\"");
        assertThat(only(refusal(json, Format.JSON)).toString()).isEqualTo("mentors.operational.email: duplicate key");
    }

    // ------------------------------------------------------------ errors leak internals and misplace paths

    @Test
    void unknown_fields_with_object_values_get_their_own_path() {
        assertThat(only(refusal(eligible().with("challenge.x", java.util.Map.of("a", java.util.Map.of("b", 1))).json(),
                Format.JSON)).toString()).isEqualTo("challenge.x: unknown field");
        String yaml = yaml(eligible()).replace("host:\n", "host:\n  x: {a: 1}\n");
        assertThat(only(refusal(yaml, Format.YAML)).toString()).isEqualTo("host.x: unknown field");
    }

    @Test
    void a_mapping_where_a_scalar_is_expected_names_no_java_type() {
        Violation v = only(refusal(eligible().with("host", "Ministère").json(), Format.JSON));
        assertThat(v.toString()).isEqualTo("host: expected a mapping with the fields name, kind, siret, payrollBudgetProgramme, "
                + "economicAndFinancialMinistries, parisRegion, found \"Ministère\"");
    }

    @Test
    void non_numeric_numbers_and_trailing_tokens_name_no_library_option() {
        assertThat(only(refusal(eligible().json().replace("140000.0", "NaN"), Format.JSON)).message())
                .startsWith("not valid JSON at line");
        assertThat(only(refusal(eligible().json() + " }", Format.JSON)).message()).startsWith("not valid JSON at line");
        assertThat(only(refusal(eligible().json() + eligible().json(), Format.JSON)).message())
                .startsWith("more than one document");
    }

    @Test
    void bad_utf8_is_placed_at_its_byte_and_line() {
        byte[] bytes = eligible().json().getBytes(StandardCharsets.UTF_8);
        int at = eligible().json().indexOf("models");
        bytes[at] = (byte) 0xC3; // a lead byte followed by an ASCII letter
        Violation v = only(refusal(bytes, Format.JSON));
        long line = eligible().json().substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertThat(v.message()).isEqualTo("not valid UTF-8 at byte " + at + " (line " + line + ")");
        assertThat(v.messageFr()).isEqualTo("pas de l’UTF-8 valide à l’octet " + at + " (ligne " + line + ")");
    }

    @Test
    void a_huge_bad_value_is_cut_in_the_message() {
        String big = "x".repeat(15_000);
        Violation v = only(refusal(eligible().with("host.kind", big).json(), Format.JSON));
        assertThat(v.message().length()).isLessThan(300);
        assertThat(v.message()).contains("…");
    }

    @Test
    void ansi_escapes_in_a_name_are_refused_and_shown_escaped() {
        Violation v = only(refusal(eligible().with("challenge.name", "\u001b[31mRed\u001b[0m").json(), Format.JSON));
        assertThat(v.path()).isEqualTo("challenge.name");
        assertThat(v.message()).doesNotContain("\u001b").contains("\\u001B[31mRed");
    }

    // ------------------------------------------------------------ YAML anchors and aliases

    @Test
    void an_alias_of_a_mapping_stands_for_a_copy_of_it() {
        String yaml = yaml(eligible()).replaceFirst("eigs:\\n- profile: \"DATA_SCIENCE\"\\n  mission: \"models\"\\n- profile: \"DATA_SCIENCE\"\\n  mission: \"more models\"",
                "eigs:\n- &eig\n  profile: DATA_SCIENCE\n  mission: models\n- *eig");
        assertThat(yaml).contains("*eig");
        Application a = ApplicationFiles.read(yaml, Format.YAML);
        assertThat(a.eigs()).hasSize(2);
        assertThat(a.eigs().get(1)).isEqualTo(a.eigs().get(0));
        assertThat(EigRules.builtIn().evaluate(a).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void a_billion_laughs_bomb_is_refused_by_counting_expanded_values() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String p = String.valueOf((char) (c - 1));
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        long start = System.nanoTime();
        Violation v = only(refusal(bomb.toString(), Format.YAML));
        assertThat(v.message()).startsWith("more than 10000 values in one document");
        assertThat(v.path()).matches("[a-j](\\[\\d+])*");
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L); // not a timing claim: a hang guard
    }

    // ------------------------------------------------------------ YAML hangs and memory is unbounded

    @Test
    void a_file_over_the_size_limit_is_refused_without_being_read(@TempDir Path dir) throws IOException {
        Path spaces = dir.resolve("spaces.yaml");
        try (var out = Files.newOutputStream(spaces)) {
            byte[] chunk = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 32; i++) { // 2 MiB
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> ApplicationFiles.read(spaces)).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("larger than the limit of 1048576 bytes");
        // a stream too: read one byte past the limit, then refused
        byte[] comments = ("# comment\n".repeat(200_000)).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> ApplicationFiles.read(new ByteArrayInputStream(comments), Format.YAML))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("larger than the limit");
    }

    @Test
    void a_long_string_and_a_long_list_are_refused_at_their_path() {
        assertThat(only(refusal(eligible().with("challenge.problem", "p".repeat(30_000)).json(), Format.JSON)).toString())
                .isEqualTo("challenge.problem: text longer than 20000 characters");
        StringBuilder eigs = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            eigs.append(i == 0 ? "" : ",").append("{\"profile\":\"DESIGN\"}");
        }
        String json = eligible().json().replaceFirst("\"eigs\":\\[[^\\]]*]", "\"eigs\":" + eigs + "]");
        Violation v = only(refusal(json, Format.JSON));
        assertThat(v.message()).startsWith("more than 10000 values in one document");
    }

    @Test
    void a_list_longer_than_its_limit_is_refused_at_its_path() {
        StringBuilder team = new StringBuilder("[");
        for (int i = 0; i < 150; i++) {
            team.append(i == 0 ? "" : ",").append("{\"name\":\"n").append(i).append("\",\"role\":\"r\"}");
        }
        String json = eligible().json().replaceFirst("\"team\":\\[[^\\]]*]", "\"team\":" + team + "]");
        assertThat(only(refusal(json, Format.JSON)).toString()).isEqualTo("team: a list of more than 100 items (150 given)");
    }

    @Test
    void deep_nesting_is_refused() {
        String deep = "{\"challenge\":" + "[".repeat(50) + "]".repeat(50) + "}";
        assertThat(only(refusal(deep, Format.JSON)).message()).isEqualTo("nested more than 20 levels deep");
        String deepYaml = "challenge: " + "[".repeat(50) + "]".repeat(50) + "\n";
        assertThat(only(refusal(deepYaml, Format.YAML)).message()).isEqualTo("nested more than 20 levels deep");
    }

    // ------------------------------------------------------------ several documents, tags, reading from a string

    @Test
    void several_yaml_documents_are_refused() {
        String two = yaml(eligible()) + "---\n" + yaml(eligible());
        assertThat(only(refusal(two, Format.YAML)).message()).startsWith("more than one document: expected exactly one");
    }

    @Test
    void yaml_tags_never_build_anything_and_are_refused() {
        String tagged = yaml(eligible()).replace("name: \"Test défi\"", "name: !!javax.script.ScriptEngineManager [x]");
        assertThat(only(refusal(tagged, Format.YAML)).toString())
                .isEqualTo("challenge.name: YAML tags (written with !) are not accepted: write the value plainly");
    }

    @Test
    void an_application_is_read_from_a_string_as_from_a_file() {
        Application fromString = ApplicationFiles.read(yaml(eligible()), Format.YAML);
        assertThat(fromString).isEqualTo(eligible().build());
    }

    @Test
    void input_errors_come_in_french_too() {
        Violation v = only(refusal(eligible().with("documents.pitchSlides", "dix").json(), Format.JSON));
        assertThat(v.messageIn(Language.FR)).isEqualTo("attendu : un nombre entier ; trouvé : \"dix\"");
        assertThat(v.messageIn(Language.EN)).isEqualTo("expected a whole number, found \"dix\"");
        Violation siret = only(refusal(eligible().with("host.siret", "11000201100045").json(), Format.JSON));
        assertThat(siret.messageFr()).startsWith("attendu : un SIRET de 14 chiffres");
    }
}
