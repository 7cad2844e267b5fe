package org.eigrules.ruleset;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The field table: the built-in one says what the model's annotations said; a broken one is refused, clearly. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FieldTableTest {

    private static final String HEAD = """
            applicationFiles: { label: "checked", promotions: "3..", source: "test" }
            fields:
            """;

    private static FieldTable read(String text) throws Exception {
        return FieldTable.read("fields.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> problems(String text) {
        InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class, () -> read(text));
        assertThat(e).as("expected the table to be refused").isNotNull();
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void the_built_in_table_needs_and_limits_fields_by_promotion() {
        FieldTable table = FieldTable.builtIn();
        FieldTable.Field accessibility = table.field("commitments.accessibility");
        assertThat(accessibility.clausesNeeding(3)).isEmpty();
        assertThat(accessibility.clausesNeeding(4)).containsExactly("COM-7");
        assertThat(accessibility.clausesNeeding(6)).containsExactly("COM-7"); // an open range: later promotions too
        assertThat(accessibility.promotions()).isEqualTo(PromotionRange.parse("4.."));
        assertThat(table.field("funding").clausesNeeding(3)).containsExactly("FIN-3", "FIN-4");
        assertThat(table.field("funding").clausesNeeding(4)).isEmpty();
        assertThat(table.field("funding.totalEmployerCost").promotions().contains(5)).isFalse();
        // List positions are the table's [].
        assertThat(table.field("eigs[2].experienceBand").promotions()).isEqualTo(PromotionRange.parse("5.."));
        assertThat(table.field("challenge.name")).isNull();
        assertThat(table.checksFilesOf(2)).isFalse();
        assertThat(table.checksFilesOf(6)).isTrue();
        assertThat(table.values()).singleElement().satisfies(v -> {
            assertThat(v.path() + "=" + v.value()).isEqualTo("funding.mode=PIA");
            assertThat(v.promotions().contains(3)).isTrue();
            assertThat(v.promotions().contains(4)).isFalse();
        });
    }

    @Test
    void an_open_range_is_listed_up_to_the_latest_promotion_the_table_names() {
        FieldTable table = FieldTable.builtIn();
        assertThat(table.written(PromotionRange.parse("4.."))).isEqualTo("4, 5");
        assertThat(table.written(PromotionRange.parse("3..4"))).isEqualTo("3, 4");
        assertThat(table.written(PromotionRange.parse("3, 5.."))).isEqualTo("3, 5");
    }

    @Test
    void every_entry_has_a_label_and_a_source() {
        FieldTable.builtIn().fields().values().forEach(f -> {
            assertThat(f.label()).as(f.path()).isNotBlank();
            assertThat(f.source()).as(f.path()).isNotBlank();
        });
    }

    @Test
    void a_good_table_is_read() throws Exception {
        FieldTable table = read(HEAD + """
                  challenge.durationMonths:
                    label: "duration"
                    neededBy: [CHL-2, { FIN-4: "3, 5.." }]
                    source: "test"
                """);
        assertThat(table.field("challenge.durationMonths").clausesNeeding(4)).containsExactly("CHL-2");
        assertThat(table.field("challenge.durationMonths").clausesNeeding(5)).containsExactly("CHL-2", "FIN-4");
    }

    @Test
    void a_bad_range_is_refused_with_what_was_expected() {
        assertThat(problems(HEAD + """
                  challenge.durationMonths:
                    label: "duration"
                    promotions: "3..x"
                    source: "test"
                """)).containsExactly("fields.yaml:5: fields.challenge.durationMonths.promotions: expected a promotion "
                + "(\"3\"), a range (\"3..4\"), an open range (\"5..\") or several separated by commas, found \"3..x\"");
        assertThat(problems(HEAD + """
                  commitments.accessibility:
                    label: "accessibility"
                    neededBy:
                      - COM-7: "5..4"
                    source: "test"
                """)).containsExactly("fields.yaml:6: fields.commitments.accessibility.neededBy[0].COM-7: a range goes from "
                + "a promotion to a later one (promotions start at 1), found \"5..4\"");
    }

    @Test
    void an_unknown_field_path_is_refused_naming_the_fields_there() {
        assertThat(problems(HEAD + """
                  challenge.colour:
                    label: "colour"
                    promotions: "4"
                    source: "test"
                """)).containsExactly("fields.yaml:4: fields.challenge.colour: expected a field of the application file "
                + "(in challenge: one of name, problem, purelyTechnical, impactsAgentsOrUsers, durationMonths, dataScience, "
                + "linkedToAp2022, openDataOrDataGovernance, datasetsToOpen, partners, techGouvStakes, digitalLawStakes), "
                + "found \"challenge.colour\"");
        assertThat(problems(HEAD + """
                  colour: { label: "colour", promotions: "4", source: "test" }
                """)).containsExactly("fields.yaml:3: fields.colour: expected a field of the application file, found \"colour\"");
        assertThat(problems(HEAD + """
                  eigs.experienceBand: { label: "band", promotions: "5..", source: "test" }
                """)).containsExactly("fields.yaml:3: fields.eigs.experienceBand: expected a field of the application file: "
                + "eigs is a list, its elements are eigs[], found \"eigs.experienceBand\"");
    }

    @Test
    void a_missing_label_or_source_is_refused() {
        assertThat(problems(HEAD + """
                  challenge.durationMonths:
                    neededBy: [CHL-2]
                    source: "test"
                  commitments.accessibility:
                    label: "accessibility"
                    promotions: "4.."
                    source: " "
                """)).containsExactly(
                "fields.yaml:4: fields.challenge.durationMonths.label: missing (every entry needs a label), found nothing",
                "fields.yaml:9: fields.commitments.accessibility.source: missing (every entry needs a source), found \" \"");
    }

    @Test
    void an_unknown_key_is_refused() {
        assertThat(problems(HEAD + """
                  challenge.durationMonths:
                    label: "duration"
                    neededBy: [CHL-2]
                    neededIn: "3"
                    source: "test"
                """)).containsExactly("fields.yaml:6: fields.challenge.durationMonths.neededIn: unknown key "
                + "(expected label, neededBy, promotions, source)");
        assertThat(problems(HEAD.replace("fields:", "feilds:"))).contains(
                "fields.yaml:2: feilds: unknown key (expected applicationFiles, fields, values)");
    }

    @Test
    void a_bad_clause_id_or_value_is_refused() {
        assertThat(problems(HEAD + """
                  challenge.durationMonths: { label: "duration", neededBy: [chl2], source: "test" }
                values:
                  funding.mode:
                    GRANTED: { label: "granted", promotions: "3", source: "test" }
                """)).containsExactly(
                "fields.yaml:3: fields.challenge.durationMonths.neededBy[0]: expected a clause id such as CHL-2, found \"chl2\"",
                "fields.yaml:6: values.funding.mode.GRANTED: expected one of CO_FINANCED, SELF_FUNDED, PIA, found \"GRANTED\"");
    }

    @Test
    void a_file_that_is_not_yaml_is_refused_at_its_line() {
        assertThat(problems("fields: [\n")).singleElement().asString().startsWith("fields.yaml:");
        assertThat(problems("- a list\n")).containsExactly(
                "fields.yaml: expected a mapping with applicationFiles, fields and values");
    }
}
