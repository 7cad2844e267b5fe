package org.eigrules.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.eigrules.candidacy.Audition;
import org.eigrules.candidacy.CandidateJury;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.ApplicationFiles.Format;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.SelectionFiles;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.record.DecisionRecords;
import org.eigrules.record.Replay;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.ApplicationDraft.eligible;

/**
 * Selections, records, parameter files, candidacies and the candidates' jury marks read as
 * applications are: the same limits, error cap, words and refusal of several documents; a
 * selection's application paths kept inside its folder; numbers out of range refused at their path.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostileSelectionsRecordsTest {

    @TempDir
    Path dir;

    private Path selectionFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("jury"));
        Files.createDirectories(folder.resolve("applications"));
        Files.writeString(folder.resolve("applications/defi.json"), eligible().json());
        return folder;
    }

    private static List<Violation> problems(Path selection) {
        InvalidSelectionException e = catchThrowableOfType(() -> SelectionFiles.read(selection),
                InvalidSelectionException.class);
        assertThat(e).as("an invalid selection").isNotNull();
        for (Violation v : e.violations()) {
            assertThat(v.message()).doesNotContainPattern(HostileInputRegressionTest.LEAK).doesNotContainPattern("\\p{Cc}");
            assertThat(v.messageFr()).doesNotContainPattern(HostileInputRegressionTest.LEAK).doesNotContainPattern("\\p{Cc}");
        }
        return e.violations();
    }

    @Test
    void a_selection_inside_its_folder_is_read_and_one_leading_out_of_it_is_refused_unread() throws IOException {
        Path folder = selectionFolder();
        Files.writeString(dir.resolve("secret.yaml"), "password: hunter2\n");
        Path inside = Files.writeString(folder.resolve("ok.yaml"),
                "promotion: 3\napplications: [applications/../applications/defi.json]\n");
        assertThat(SelectionFiles.read(inside).selection().applications()).hasSize(1);
        assertThat(SelectionFiles.read(Files.writeString(folder.resolve("folder.yaml"),
                "promotion: 3\napplications: applications/\n")).selection().applications()).hasSize(1);

        for (String path : List.of("../secret.yaml", dir.resolve("secret.yaml").toString(), "applications/../../secret.yaml")) {
            List<Violation> found = problems(Files.writeString(folder.resolve("out.yaml"),
                    "promotion: 3\napplications: [\"" + path + "\"]\n"));
            assertThat(found).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("applications[0]");
                assertThat(v.message()).contains("relative to the selection file and inside its folder")
                        .doesNotContain("password");
            });
        }
        assertThat(problems(Files.writeString(folder.resolve("up.yaml"), "promotion: 3\napplications: ..\n")))
                .extracting(Violation::path).containsExactly("applications");
    }

    @Test
    void a_symbolic_link_out_of_the_folder_is_refused_whether_named_or_listed() throws IOException {
        Path folder = selectionFolder();
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "password: hunter2\n");
        try {
            Files.createSymbolicLink(folder.resolve("applications/link.yaml"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system: nothing to lead out
        }
        assertThat(problems(Files.writeString(folder.resolve("named.yaml"),
                "promotion: 3\napplications: [applications/link.yaml]\n")))
                .singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("applications[0]"));
        assertThat(problems(Files.writeString(folder.resolve("listed.yaml"), "promotion: 3\napplications: applications\n")))
                .extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("link.yaml")
                        .contains("inside its folder").doesNotContain("password"));
    }

    @Test
    void a_path_that_cannot_name_a_file_is_an_error_at_its_path() throws IOException {
        Path folder = selectionFolder();
        assertThat(problems(Files.writeString(folder.resolve("nul.json"),
                "{\"promotion\": 3, \"applications\": [\"a\\u0000b.yaml\"]}")))
                .singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("applications[0]");
                    assertThat(v.message()).contains("cannot name a file").contains("\\u0000");
                });
    }

    @Test
    void a_selection_gets_the_reading_layers_limits_words_and_single_document() throws IOException {
        Path folder = selectionFolder();
        assertThat(problems(Files.writeString(folder.resolve("two.yaml"),
                "promotion: 3\napplications: applications\n---\npromotion: 4\n")))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("more than one document"));
        assertThat(problems(Files.writeString(folder.resolve("dup.yaml"), "promotion: 3\npromotion: 4\n")))
                .singleElement().satisfies(v -> assertThat(v.message()).startsWith("duplicate key"));
        assertThat(problems(Files.writeString(folder.resolve("broken.json"), "{\"promotion\": 3,")))
                .singleElement().satisfies(v -> assertThat(v.message()).startsWith("not valid JSON at line 1"));
        assertThat(problems(Files.writeString(folder.resolve("empty.yaml"), "# nothing\n")))
                .singleElement().satisfies(v -> assertThat(v.message()).isEqualTo("the file holds no selection"));
        Path big = folder.resolve("big.yaml");
        Files.writeString(big, "promotion: 3\ngrids:\n" + "  - { application: x, group: A }\n".repeat(40_000));
        assertThat(problems(big)).singleElement().satisfies(v -> assertThat(v.message()).contains("larger than the limit"));
        // Aliases expand as YAML means, within the same count as an application's.
        assertThat(problems(Files.writeString(folder.resolve("bomb.yaml"), "promotion: 3\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "grids: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n")))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("values in one document"));
    }

    @Test
    void a_selection_lists_at_most_the_reading_layers_number_of_problems() throws IOException {
        Path folder = selectionFolder();
        Path many = Files.writeString(folder.resolve("many.yaml"), "promotion: 3\napplications: applications\ngrids:\n"
                + "  - { application: 1, group: A, groupRank: x, scores: [9], opinion: maybe }\n".repeat(300));
        List<Violation> found = problems(many);
        assertThat(found).hasSize(ReadingLimits.MAX_PROBLEMS + 1);
        assertThat(found.get(ReadingLimits.MAX_PROBLEMS).message()).matches("… and \\d+ more problems");
        // Well-formed grids that the selection's own checks refuse are capped the same way.
        Path unknown = Files.writeString(folder.resolve("unknown.yaml"), "promotion: 3\napplications: applications\n"
                + "grids:\n" + "  - { application: Nobody, group: A, groupRank: 1, scores: [4, 4, 4, 4, 4], opinion: FAVOURABLE }\n"
                .repeat(300));
        List<Violation> refused = catchThrowableOfType(() -> EigRules.builtIn().select(SelectionFiles.read(unknown)
                .selection()), InvalidSelectionException.class).violations();
        assertThat(refused).hasSize(ReadingLimits.MAX_PROBLEMS + 1);
        assertThat(refused.get(ReadingLimits.MAX_PROBLEMS).message()).matches("… and \\d+ more problems");
        Path few = Files.writeString(folder.resolve("few.yaml"), "promotion: 3\napplications: applications\ngrids:\n"
                + "  - { application: 1, group: A }\n".repeat(3));
        assertThat(problems(few)).hasSize(3);
    }

    @Test
    void names_and_field_names_from_the_file_are_shown_escaped_in_errors() throws IOException {
        Path folder = selectionFolder();
        assertThat(problems(Files.writeString(folder.resolve("field.yaml"),
                "promotion: 3\napplications: applications\n\"x\\e[2J\": 1\n")))
                .extracting(Violation::path).containsExactly("x\\u001B[2J");
        Path selection = Files.writeString(folder.resolve("names.yaml"),
                "promotion: 3\napplications: applications\nselected: [\"Nobody\\e[31m\\r\"]\n");
        List<Violation> refused = catchThrowableOfType(() -> EigRules.builtIn().select(SelectionFiles.read(selection)
                .selection()), InvalidSelectionException.class).violations();
        assertThat(refused).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("expected the name of one of the selection's défis, found \"Nobody\\u001B[31m\\r\""));
    }

    @Test
    void a_selection_naming_more_defis_than_the_limit_is_refused_before_reading_them() throws IOException {
        Path folder = selectionFolder();
        String list = "applications/defi.json, ".repeat(ReadingLimits.MAX_SELECTION_DEFIS + 1);
        assertThat(problems(Files.writeString(folder.resolve("many.yaml"), "promotion: 3\napplications: [" + list + "]\n")))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("more than "
                        + ReadingLimits.MAX_SELECTION_DEFIS + " défis"));
    }

    @Test
    void numbers_out_of_range_are_refused_at_their_path_in_every_reader() throws IOException {
        for (String number : List.of("1e-2147483648", "1e2147483647", "1e-2147483647", "-9e999999", "1e-41", "0e-50")) {
            String json = eligible().json().replaceFirst("\"promotion\" *: *3", "\"promotion\": " + number);
            InvalidApplicationException e = catchThrowableOfType(() -> ApplicationFiles.read(json, Format.JSON),
                    InvalidApplicationException.class);
            assertThat(e).as(number).isNotNull();
            assertThat(e.violations()).as(number).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("promotion");
                assertThat(v.message()).isEqualTo(number + " is out of range: a number may have at most 40 digits "
                        + "before the decimal point and 40 after it");
            });
            assertThatThrownBy(() -> ApplicationFiles.read("promotion: 3\nfunding:\n  totalEmployerCost: " + number + "\n",
                    Format.YAML)).isInstanceOf(InvalidApplicationException.class)
                    .satisfies(x -> assertThat(((InvalidApplicationException) x).violations())
                            .extracting(Violation::path).containsExactly("funding.totalEmployerCost"));
            assertThatThrownBy(() -> CandidacyFiles.readAny("{\"kind\": \"CANDIDACY\", \"promotion\": " + number + "}",
                    Format.JSON)).isInstanceOf(InvalidApplicationException.class);
            Path folder = selectionFolder();
            assertThat(problems(Files.writeString(folder.resolve("n.yaml"), "promotion: " + number
                    + "\napplications: applications\n"))).extracting(Violation::path).containsExactly("promotion");
        }
        // Within range, an exponent is read as the number it writes.
        assertThat(DocumentReader.parse("{\"a\": 1.4e5, \"b\": 1e-40, \"c\": 1e39}", DocumentReader.Syntax.JSON).root()
                .get("a").decimalValue()).isEqualByComparingTo("140000");
        assertThat(DocumentReader.parse("a: 1.4e5\nb: 1e-40\n", DocumentReader.Syntax.YAML).root()
                .get("b").decimalValue()).isEqualByComparingTo("1e-40");
    }

    @Test
    void a_record_format_is_read_exactly() {
        EigRules rules = EigRules.builtIn();
        ObjectNode record = DecisionRecords.record(DocumentReader.parse(eligible().json(), DocumentReader.Syntax.JSON).root(), null,
                rules, Language.EN);
        assertThat(DecisionRecords.replay(bytes(record), rules).sameDecision()).isTrue();
        for (String format : List.of("4294967297", "1.0", "\"1\"", "-4294967295", "18446744073709551617")) {
            String text = record.toString().replace("\"recordFormat\":1", "\"recordFormat\":" + format);
            Replay replay = DecisionRecords.replay(text.getBytes(StandardCharsets.UTF_8), rules);
            assertThat(replay.valid()).as(format).isFalse();
            assertThat(replay.problems()).as(format).extracting(Violation::path).containsExactly("recordFormat");
        }
        String huge = record.toString().replace("\"recordFormat\":1", "\"recordFormat\":1e-2147483648");
        assertThat(DecisionRecords.replay(huge.getBytes(StandardCharsets.UTF_8), rules).problems())
                .singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("recordFormat"));
    }

    private static byte[] bytes(JsonNode record) {
        return record.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_parameter_file_lists_at_most_the_reading_layers_number_of_problems() throws IOException {
        String p3;
        try (var in = getClass().getClassLoader().getResourceAsStream("org/eigrules/promotions/p3.yaml")) {
            p3 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            unknown.append("  x").append(i).append(": { label: x, value: 1, source: x }\n");
        }
        String many = p3.replace("parameters:\n", "parameters:\n" + unknown);
        InvalidRuleSetException e = catchThrowableOfType(() -> ParameterFiles.read("p3.yaml",
                new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8))), InvalidRuleSetException.class);
        assertThat(e.problems()).hasSize(ReadingLimits.MAX_PROBLEMS + 1);
        assertThat(e.problems().get(ReadingLimits.MAX_PROBLEMS).message()).matches("… and \\d+ more problems");
        String two = p3.replace("parameters:\n", "parameters:\n  x1: 1\n  x2: 2\n");
        assertThat(catchThrowableOfType(() -> ParameterFiles.read("p3.yaml",
                new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8))), InvalidRuleSetException.class).problems())
                .hasSize(2);
    }

    @Test
    void an_audition_names_a_defi_or_one_of_the_promotions_profiles() {
        EigRules rules = EigRules.builtIn();
        assertThat(rules.rankCandidates(jury(4, new Audition("Ana", null, "DESIGN", scores()))).lists()).hasSize(1);
        assertThat(rules.rankCandidates(jury(4, new Audition("Ana", "LABEL", null, scores()))).lists()).hasSize(1);
        assertThat(rules.rankCandidates(jury(5, new Audition("Ana", null, "DIGITAL_LAW", scores()))).lists()).hasSize(1);
        assertThat(refusal(rules, jury(4, new Audition("Ana", "LABEL", "WIZARD", scores())))).singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("auditions[0].profile");
                    assertThat(v.message()).isEqualTo("expected one of the profiles of promotion 4 (DATA_ENGINEERING, "
                            + "DATA_SCIENCE, DESIGN, DEVELOPMENT, GEOMATICS), found \"WIZARD\"");
                });
        // Digital law is a promotion 5 profile, not a promotion 4 one.
        assertThat(refusal(rules, jury(4, new Audition("Ana", null, "DIGITAL_LAW", scores()))))
                .extracting(Violation::path).containsExactly("auditions[0].profile");
        assertThat(refusal(rules, jury(5, new Audition("Ana", null, null, scores())))).singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("auditions[0]");
                    assertThat(v.message()).startsWith("an audition names neither a défi nor a profile");
                });
    }

    private static List<Integer> scores() {
        return List.of(4, 4, 4, 4, 4);
    }

    private static CandidateJury jury(int promotion, Audition audition) {
        return new CandidateJury(promotion, List.of(audition));
    }

    private static List<Violation> refusal(EigRules rules, CandidateJury jury) {
        return catchThrowableOfType(() -> rules.rankCandidates(jury), InvalidApplicationException.class).violations();
    }
}
