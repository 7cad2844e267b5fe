package org.eigrules.selection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.eigrules.io.SelectionFiles;
import org.eigrules.io.SelectionJson;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading selection files (YAML and JSON) and writing the contract's JSON. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SelectionFilesTest {

    private static final Path P3 = Path.of(System.getProperty("basedir", ".")).resolve("../selections/p3")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private List<Violation> problems(Path file) {
        try {
            SelectionFiles.read(file);
        } catch (InvalidSelectionException e) {
            return e.violations();
        }
        throw new AssertionError("expected an invalid selection file");
    }

    @Test
    void a_folder_of_applications_is_read_in_name_order_and_a_list_in_its_own_order() throws IOException {
        Path folder = P3.resolve("the-fifteen-defis-fit-the-envelope.yaml");
        assertThat(SelectionFiles.read(folder).selection().applications()).hasSize(15)
                .first().satisfies(a -> assertThat(a.challenge().name()).isEqualTo("ACOSS-Plateforme"));
        Files.createDirectories(dir.resolve("applications"));
        Files.copy(P3.resolve("applications/plume.yaml"), dir.resolve("applications/plume.yaml"));
        Files.copy(P3.resolve("applications/adler.yaml"), dir.resolve("applications/adler.yaml"));
        Path list = write("list.json", "{\"promotion\": 3, \"applications\": [\"applications/plume.yaml\", "
                + "\"applications/adler.yaml\"], \"grids\": [], \"selected\": [\"Plume\"]}");
        SelectionFiles.SelectionFile read = SelectionFiles.read(list);
        assertThat(read.selection().applications()).extracting(a -> a.challenge().name()).containsExactly("Plume", "ADLER");
        assertThat(read.selection().selected()).containsExactly("Plume");
    }

    @Test
    void nothing_is_coerced_and_every_bad_field_is_named() throws IOException {
        Path file = write("bad.yaml", """
                promotion: "3"
                applications: [nowhere.yaml]
                jury: []
                grids:
                  - { application: 12, group: A, groupRank: "1", scores: [4, "3", 4.5, 4, 4], opinion: favourable, favourite: 1, note: x }
                selected: DataJust
                """);
        assertThat(problems(file)).extracting(Violation::path).containsExactly("jury", "promotion", "applications[0]",
                "grids[0].note", "grids[0].application", "grids[0].groupRank", "grids[0].scores[1]", "grids[0].scores[2]",
                "grids[0].opinion", "grids[0].favourite", "selected");
        assertThat(problems(file)).extracting(Violation::toString).contains(
                "applications[0]: (" + dir.resolve("nowhere.yaml") + ") no such file",
                "grids[0].scores[2]: expected a whole number, found 4.5",
                "grids[0].opinion: expected FAVOURABLE or UNFAVOURABLE, found \"favourable\"");
    }

    @Test
    void a_duplicate_key_a_missing_folder_or_an_unreadable_file_is_reported_not_thrown() throws IOException {
        assertThat(problems(write("dup.yaml", "promotion: 3\npromotion: 4\napplications: []\n")))
                .singleElement().satisfies(v -> assertThat(v.message()).isEqualTo("duplicate key (already given at line 1)"));
        assertThat(problems(write("folder.yaml", "promotion: 3\napplications: missing/\n")))
                .extracting(Violation::path).containsExactly("applications");
        assertThat(problems(write("broken.json", "{\"promotion\": 3,"))).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("not valid JSON at line 1"));
        assertThat(problems(dir.resolve("absent.yaml"))).extracting(Violation::message).containsExactly("no such file");
        assertThat(problems(write("selection.txt", "promotion: 3"))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains(".json, .yaml or .yml"));
    }

    @Test
    void the_json_has_the_contract_fields_with_amounts_as_strings_to_the_cent() throws IOException {
        SelectionResult result = EigRules.builtIn().select(SelectionFiles.read(
                P3.resolve("the-fifteen-defis-fit-the-envelope.yaml")).selection());
        JsonNode json = new ObjectMapper().readTree(SelectionJson.write(result, Language.EN, "x.yaml"));
        assertThat(json.get("promotion").intValue()).isEqualTo(3);
        JsonNode first = json.get("ranking").get(0);
        assertThat(first.get("application").textValue()).isEqualTo("DataJust");
        assertThat(first.get("rank").intValue()).isEqualTo(1);
        assertThat(first.get("total").intValue()).isEqualTo(19);
        assertThat(first.get("opinion").textValue()).isEqualTo("FAVOURABLE");
        assertThat(first.get("status").textValue()).isEqualTo("COVERED");
        assertThat(first.get("grantAmount").textValue()).isEqualTo("98000.00");
        assertThat(first.get("eigs").intValue()).isEqualTo(2);
        assertThat(first.get("why").get(0).get("clause").textValue()).isEqualTo("SEL-4");
        assertThat(json.get("ties").get(0).toString()).isEqualTo("[\"Open Chronic\",\"Plume\"]");
        assertThat(json.get("envelope").get("amount").textValue()).isEqualTo("1500000.00");
        assertThat(json.get("envelope").get("used").textValue()).isEqualTo("1445500.00");
        assertThat(json.get("envelope").get("remaining").textValue()).isEqualTo("54500.00");
        assertThat(json.get("totals").toString()).isEqualTo(
                "{\"defis\":15,\"eigs\":32,\"grantAmount\":\"1445500.00\",\"hostAmount\":\"838500.00\"}");
        assertThat(json.get("checks").isArray()).isTrue();
        assertThat(json.get("notRanked").isArray()).isTrue();
    }

    @Test
    void with_no_envelope_the_json_envelope_is_null() {
        SelectionResult result = Envelopes.p3Envelope(null).select(SelectionDraft.selection().defi("A", "1000.00")
                .grid("A", "g", 1, 3, 3, 3, 3, 3).build());
        assertThat(SelectionJson.write(result, Language.FR, null)).contains("\"envelope\":null")
                .contains("aucune enveloppe ne s'applique");
    }

    @Test
    void an_invalid_selection_is_one_json_line_with_every_error() {
        assertThat(SelectionJson.writeInvalid("s.yaml", List.of(new Violation("grids[0].scores[1]", "expected a score from 1 to 4, found 5"))))
                .isEqualTo("{\"file\":\"s.yaml\",\"valid\":false,\"errors\":[{\"path\":\"grids[0].scores[1]\","
                        + "\"message\":\"expected a score from 1 to 4, found 5\"}]}");
    }
}
