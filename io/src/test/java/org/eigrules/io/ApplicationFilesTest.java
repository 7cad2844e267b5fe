package org.eigrules.io;

import org.eigrules.ApplicationDraft;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.model.Application;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.ApplicationDraft.eligible;

/** Reading application files: every malformed field is named by its path, nothing is defaulted. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApplicationFilesTest {

    private static List<Violation> problems(ApplicationDraft draft) {
        // Compared by path and English message; the French one is checked where it matters.
        return catchThrowableOfType(InvalidApplicationException.class, draft::build).violations().stream()
                .map(v -> new Violation(v.path(), v.message())).toList();
    }

    private static Application yaml(String text) throws Exception {
        return ApplicationFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ApplicationFiles.Format.YAML);
    }

    @Test
    void a_well_formed_file_is_read_with_its_offset_and_exact_amounts() {
        Application a = eligible().with("funding.totalEmployerCost", new java.math.BigDecimal("146333.33")).build();
        assertThat(a.receivedAt()).isEqualTo(OffsetDateTime.parse("2018-06-14T16:30:00+02:00"));
        assertThat(a.receivedAt().getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(a.funding().totalEmployerCost()).isEqualByComparingTo("146333.33");
    }

    @Test
    void an_unknown_field_is_an_error_that_names_it() {
        assertThat(problems(eligible().with("challenge.colour", "blue")))
                .containsExactly(new Violation("challenge.colour", "unknown field"));
    }

    @Test
    void an_unknown_enum_value_names_the_accepted_values() {
        assertThat(problems(eligible().with("eigs[1].profile", "ROBOTICS")))
                .singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("eigs[1].profile");
                    assertThat(v.message()).contains("ROBOTICS").contains("DATA_SCIENCE");
                });
    }

    @Test
    void a_wrong_type_names_what_was_expected_and_found() {
        assertThat(problems(eligible().with("challenge.durationMonths", "ten")))
                .containsExactly(new Violation("challenge.durationMonths", "expected a whole number, found \"ten\""));
        assertThat(problems(eligible().with("commitments.dataAccess", Map.of("a", 1))))
                .extracting(Violation::path).containsExactly("commitments.dataAccess");
    }

    @Test
    void a_fractional_number_of_months_is_not_rounded() {
        assertThat(problems(eligible().with("challenge.durationMonths", 9.5)))
                .extracting(Violation::path).containsExactly("challenge.durationMonths");
    }

    @Test
    void a_date_without_offset_is_an_error() {
        assertThat(problems(eligible().with("receivedAt", "2018-06-14T16:30:00")))
                .extracting(Violation::path).containsExactly("receivedAt");
    }

    @Test
    void every_problem_is_listed_not_only_the_first() {
        assertThat(problems(eligible()
                .with("challenge.colour", "blue")
                .with("eigs[0].profile", "ROBOTICS")
                .with("host.siret", "11000201100045")
                .with("funding.totalEmployerCost", -5)
                .with("team[1].involvementPercent", 150)
                .with("mentors.operational.email", "not an e-mail")))
                .extracting(Violation::path)
                .containsExactly("challenge.colour", "eigs[0].profile", "funding.totalEmployerCost", "host.siret",
                        "mentors.operational.email", "team[1].involvementPercent");
    }

    @Test
    void a_siret_with_a_bad_checksum_is_invalid_and_a_good_one_is_accepted() {
        assertThat(problems(eligible().with("host.siret", "11000201100045")))
                .extracting(Violation::path).containsExactly("host.siret");
        assertThat(eligible().with("host.siret", "73282932000074").build().host().siret()).isEqualTo("73282932000074");
    }

    @Test
    void amounts_with_more_than_two_decimals_are_invalid() {
        assertThat(problems(eligible().with("funding.requestedPiaAmount", new java.math.BigDecimal("98000.001"))))
                .extracting(Violation::path).containsExactly("funding.requestedPiaAmount");
    }

    @Test
    void a_self_funded_file_that_requests_pia_money_is_invalid() {
        assertThat(problems(eligible().with("funding.mode", "SELF_FUNDED")))
                .containsExactly(new Violation("funding.requestedPiaAmount", "must be absent when the mode is SELF_FUNDED"));
    }

    @Test
    void a_missing_name_or_promotion_is_invalid_not_incomplete() {
        assertThat(problems(eligible().without("challenge.name").without("promotion")))
                .extracting(Violation::path).containsExactly("challenge.name", "promotion");
    }

    @Test
    void a_null_eig_in_the_list_is_invalid() {
        assertThat(problems(eligible().with("eigs[1]", null)))
                .extracting(Violation::path).containsExactly("eigs[1]");
    }

    @Test
    void yaml_files_follow_the_same_contract() throws Exception {
        String text = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper().readTree(eligible().json()));
        assertThat(yaml(text)).isEqualTo(eligible().build());
        assertThatThrownBy(() -> yaml(text + "extra: 1\n")).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("extra: unknown field");
    }

    @Test
    void unreadable_text_names_the_line() {
        assertThatThrownBy(() -> yaml("promotion: 3\nchallenge: [unclosed\n"))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("line");
    }

    @Test
    void an_empty_file_holds_no_application() {
        assertThatThrownBy(() -> yaml("")).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("no application");
    }

    @Test
    void the_format_follows_the_extension() {
        assertThat(ApplicationFiles.Format.of("a.JSON")).isEqualTo(ApplicationFiles.Format.JSON);
        assertThat(ApplicationFiles.Format.of("a.yml")).isEqualTo(ApplicationFiles.Format.YAML);
        assertThatThrownBy(() -> ApplicationFiles.Format.of("a.txt")).hasMessageContaining(".json, .yaml or .yml");
    }
}
