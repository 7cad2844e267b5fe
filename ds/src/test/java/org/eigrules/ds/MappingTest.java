package org.eigrules.ds;

import com.fasterxml.jackson.databind.JsonNode;
import org.eigrules.decision.Language;
import org.eigrules.io.FileSchemas;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Mapping files: checked when loaded, every problem with its file and line; and the conversions. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MappingTest {

    @TempDir
    Path dir;

    private List<String> problems(String yaml) throws IOException {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, yaml);
        try {
            Mapping.load(file);
        } catch (MappingException e) {
            return e.problems().stream().map(p -> p.in(Language.EN).replace(file.toString(), "m.yaml")).toList();
        }
        throw new AssertionError("expected the mapping to be refused");
    }

    @Test
    void the_worked_example_loads() throws IOException {
        Mapping mapping = Mapping.load(Path.of("examples/aap-eig5.mapping.yaml"));
        assertThat(mapping.kind()).isEqualTo(FileSchemas.Kind.APPLICATION);
        assertThat(mapping.promotion()).isEqualTo(5);
        assertThat(mapping.annotation()).isEqualTo("Décision eig-rules");
        assertThat(mapping.fields()).extracting(Mapping.FieldMapping::field).contains("eigs", "funding.employerCostOver5Years");
    }

    @Test
    void every_problem_is_named_with_its_line() throws IOException {
        assertThat(problems("""
                promotion: 5
                annotation: Décision
                colour: blue
                fields:
                  - field: challenge.nom
                    label: Nom
                    type: text
                  - field: host.kind
                    label: Nature
                    type: choice
                    choices:
                      Ministère: MINISTERE
                  - field: challenge.durationMonths
                    id: abc
                    label: Durée
                    type: integer
                  - field: funding.employerCostUpTo5Years
                    label: Coût
                    type: boolean
                  - field: receivedAt
                    label: Date
                    type: datetime
                  - field: challenge.name
                    label: Nom
                    type: texte
                """)).containsExactly(
                "m.yaml:3: unknown key \"colour\" (expected: annotation, fields, kind, promotion)",
                "m.yaml:5: challenge.nom is not a field of the contract",
                "m.yaml:12: expected MINISTRY, CENTRAL_ADMINISTRATION, STATE_OPERATOR, DEVOLVED_STATE_SERVICE, "
                        + "INDEPENDENT_AUTHORITY, TERRITORIAL_AUTHORITY, HEALTH_ESTABLISHMENT, COMPANY, ASSOCIATION, OTHER, "
                        + "found \"MINISTERE\"",
                "m.yaml:13: give either id (the champ's champDescriptorId) or label (its label), exactly one",
                "m.yaml:19: the type boolean does not suit funding.employerCostUpTo5Years, which holds an amount (type amount)",
                "m.yaml:20: receivedAt is given by the dossier or the mapping's head, not by a champ",
                "m.yaml:25: expected text, boolean, choice, choices, date, datetime, amount, integer, attached, rows, found \"texte\"");
    }

    @Test
    void a_field_of_another_promotion_is_refused() throws IOException {
        assertThat(problems("""
                promotion: 5
                fields:
                  - { field: funding.totalEmployerCost, label: Coût, type: amount }
                """)).containsExactly("m.yaml:3: funding.totalEmployerCost is not a field of promotion 5 (a field of "
                + "promotion(s) 3, 4, not of promotion 5: absent or null)");
    }

    @Test
    void a_mapping_without_promotion_or_fields_says_so() throws IOException {
        assertThat(problems("kind: DEFI\n")).containsExactly(
                "m.yaml:1: expected APPLICATION or CANDIDACY, found \"DEFI\"",
                "m.yaml:1: promotion is missing: the promotion whose call the démarche receives (3, 4, 5)",
                "m.yaml:1: fields must be a non-empty list of the champs read");
        assertThat(problems("promotion: 5\nfields: [\n")).singleElement().asString().startsWith("m.yaml:");
    }

    @Test
    void a_repetition_block_s_fields_are_checked_against_a_row_of_the_list() throws IOException {
        assertThat(problems("""
                promotion: 5
                fields:
                  - field: eigs
                    label: EIG
                    type: rows
                    fields:
                      - field: profil
                        label: Profil
                        type: text
                      - field: profile
                        label: Profil
                        type: choice
                """)).containsExactly(
                "m.yaml:7: profil is not a field of the contract (in a row of the block)",
                "m.yaml:10: choices must map each label the form offers to one of the contract's codes");
    }

    @Test
    void a_candidacy_form_s_dates_and_multiple_choices_are_converted() throws Exception {
        Path file = dir.resolve("candidacy.yaml");
        Files.writeString(file, """
                kind: CANDIDACY
                promotion: 4
                fields:
                  - field: applicant.name
                    label: Nom
                    type: text
                  - field: publicService.civilServant
                    label: Fonctionnaire ?
                    type: boolean
                  - field: publicService.leavesPostOn
                    label: Date de départ
                    type: date
                  - field: studiesAtStart
                    label: Études
                    type: choice
                    choices: { Aucune: NONE, Doctorat: DOCTORATE }
                """);
        Mapping mapping = Mapping.load(file);
        JsonNode champs = DossierFiles.JSON.readTree("""
                [ {"__typename": "TextChamp", "id": "a", "champDescriptorId": "d1", "label": "Nom", "stringValue": "Camille"},
                  {"__typename": "YesNoChamp", "id": "b", "champDescriptorId": "d2", "label": "Fonctionnaire ?", "stringValue": "Oui", "yes": true},
                  {"__typename": "DateChamp", "id": "c", "champDescriptorId": "d3", "label": "Date de départ", "stringValue": "1 juin 2020", "date": "2020-06-01"},
                  {"__typename": "DropDownListChamp", "id": "e", "champDescriptorId": "d4", "label": "Études", "stringValue": "Doctorat", "choice": "Doctorat"} ]
                """);
        Dossier dossier = new Dossier("RG9zc2llci03", 7, "en_construction", "2020-03-01T22:30:00Z", champs,
                DossierFiles.JSON.createArrayNode());
        Converted converted = DossierFiles.convert(mapping, dossier);
        assertThat(converted.problems()).isEmpty();
        assertThat(converted.file().toString()).isEqualTo("{\"kind\":\"CANDIDACY\",\"promotion\":4,"
                + "\"receivedAt\":\"2020-03-01T23:30:00+01:00\",\"applicant\":{\"name\":\"Camille\"},"
                + "\"publicService\":{\"civilServant\":true,\"leavesPostOn\":\"2020-06-01\"},\"studiesAtStart\":\"DOCTORATE\"}");
        assertThat(DossierFiles.read(converted).candidacy()).isNotNull();
    }

    @Test
    void a_champ_of_another_type_than_the_mapping_expects_is_reported() throws Exception {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, "promotion: 5\nfields:\n  - { field: challenge.durationMonths, label: Durée, type: integer }\n"
                + "  - { field: commitments.dataAccess, label: Données, type: boolean }\n");
        JsonNode champs = DossierFiles.JSON.readTree("""
                [ {"__typename": "IntegerNumberChamp", "id": "a", "champDescriptorId": "d1", "label": "Durée", "stringValue": "10", "integer": "10"},
                  {"__typename": "TextChamp", "id": "b", "champDescriptorId": "d2", "label": "Données", "stringValue": "oui"} ]
                """);
        Converted converted = DossierFiles.convert(Mapping.load(file), new Dossier("x", 9, "en_construction", null, champs,
                DossierFiles.JSON.createArrayNode()));
        assertThat(converted.problems()).extracting(p -> p.in(Language.EN)).containsExactly(
                "dossier 9, champ \"Données\" (commitments.dataAccess): the champ is a TextChamp, the mapping expects "
                        + "CheckboxChamp, YesNoChamp");
        assertThat(converted.file().path("challenge").path("durationMonths").asInt()).isEqualTo(10);
        assertThat(converted.file().has("receivedAt")).as("no date of deposit: absent, hence missing").isFalse();
    }

    @Test
    void a_file_that_does_not_parse_is_refused_with_its_line() throws IOException {
        assertThat(problems("promotion: 5\nfields:\n\t- field: x\n")).singleElement().asString().startsWith("m.yaml:3: ");
    }
}
