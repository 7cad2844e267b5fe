package org.eigrules.ruleset;

import org.eigrules.model.BodyKind;
import org.eigrules.model.Profile;
import org.eigrules.promotion.PromotionParameters;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Promotion parameter files: dated, labelled, sourced values, and clear errors when one is wrong. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public class ParameterFilesTest {

    public static final String MINIMAL = """
            promotion: 9
            title: "A test promotion"
            parameters:
              timeZone: { label: "zone", value: Europe/Paris, source: "test" }
              callForProjects.opens: { label: "opens", value: 2030-01-01, source: "test" }
              callForProjects.closes: { label: "closes", value: "2030-02-01T12:00:00", source: "test" }
              contract.months: { label: "months", value: 6, source: "test" }
              eigs.min: { label: "min", value: 1, source: "test" }
              eigs.max: { label: "max", value: 4, source: "test" }
              eigs.profiles: { label: "profiles", value: [DESIGN], source: "test" }
              host.eligibleKinds: { label: "kinds", value: [MINISTRY], source: "test" }
              projectTeam.minMembers: { label: "members", value: 1, source: "test" }
              projectTeam.minRoles: { label: "roles", value: 1, source: "test" }
              documents.maxPitchSlides: { label: "slides", value: 5, source: "test" }
              salary.netMonthly: { label: "salary", value: 3500, source: "test" }
              pia.rate: { label: "rate", value: 0.5, source: "test" }
              pia.directRecipientKinds: { label: "direct", value: [MINISTRY], source: "test" }
              pia.carrierRequiredKinds: { label: "carrier", value: [STATE_OPERATOR], source: "test" }
              pia.agreementKinds: { label: "agreement", value: [TERRITORIAL_AUTHORITY], source: "test" }
              pia.carrierKinds: { label: "carriers", value: [MINISTRY], source: "test" }
              pia.agreementCarrierKinds: { label: "agreement carriers", value: [MINISTRY], source: "test" }
              pia.envelope: { label: "envelope", value: 100000, source: "test" }
            """;

    public static PromotionParameters read(String text) throws Exception {
        return ParameterFiles.read("p9.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static java.util.List<String> problems(String text) {
        return catchThrowableOfType(InvalidRuleSetException.class, () -> read(text)).problems().stream()
                .map(Object::toString).toList();
    }

    @Test
    void the_built_in_promotion_3_file_holds_the_policy_values() {
        PromotionParameters p3 = org.eigrules.ruleset.RuleSet.builtIn().parameters().get(3);
        assertThat(p3.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(p3.callOpens()).isEqualTo(LocalDate.of(2018, 5, 4));
        assertThat(p3.callCloses()).isEqualTo(LocalDateTime.of(2018, 6, 15, 17, 0));
        assertThat(p3.contractMonths()).isEqualTo(10);
        assertThat(p3.minEigs()).isEqualTo(2);
        assertThat(p3.maxEigs()).isEqualTo(3);
        // CHL-4, project reading: every technical, data or design profile; not digital law.
        assertThat(p3.profiles()).containsExactlyInAnyOrder(Profile.DEVELOPMENT, Profile.DESIGN, Profile.DATA_SCIENCE,
                Profile.GEOMATICS, Profile.STATISTICS, Profile.DATA_ENGINEERING);
        // FIN-1/FIN-2: only ministries (and their central administrations) are funded directly;
        // independent authorities sit with the other administrations that need a ministry carrier.
        assertThat(p3.piaDirectRecipientKinds()).containsExactlyInAnyOrder(BodyKind.MINISTRY, BodyKind.CENTRAL_ADMINISTRATION);
        assertThat(p3.piaAgreementKinds()).containsExactlyInAnyOrder(BodyKind.TERRITORIAL_AUTHORITY,
                BodyKind.HEALTH_ESTABLISHMENT, BodyKind.INDEPENDENT_AUTHORITY);
        assertThat(p3.eligibleHostKinds()).doesNotContain(BodyKind.COMPANY, BodyKind.ASSOCIATION, BodyKind.OTHER);
        assertThat(p3.maxPitchSlides()).isEqualTo(12);
        assertThat(p3.netMonthlySalary()).isEqualByComparingTo("4000");
        assertThat(p3.piaRate()).isEqualTo(new BigDecimal("0.70"));
        assertThat(p3.piaEnvelope()).isEqualByComparingTo("1500000");
        assertThat(p3.netSalaryForContract()).isEqualByComparingTo("40000");
    }

    @Test
    void every_built_in_value_has_a_label_and_a_source() {
        PromotionParameters p3 = org.eigrules.ruleset.RuleSet.builtIn().parameters().get(3);
        // 21 values of the call for projects, 7 of the call for candidates (candidates.*), the programme's contact, the jury's scale (selection.scores.*).
        assertThat(p3.parameters()).hasSize(21 + 7 + 1 + 3).allSatisfy((key, parameter) -> {
            assertThat(parameter.label()).isNotBlank();
            assertThat(parameter.source()).isNotBlank();
            assertThat(parameter.value()).isNotBlank();
        });
    }

    @Test
    void a_complete_file_is_read() throws Exception {
        PromotionParameters p = read(MINIMAL);
        assertThat(p.promotion()).isEqualTo(9);
        assertThat(p.piaRate()).isEqualTo(new BigDecimal("0.50"));
        assertThat(p.netMonthlySalary()).isEqualTo(new BigDecimal("3500.00"));
        assertThat(p.parameters().get("eigs.profiles").value()).isEqualTo("DESIGN");
    }

    @Test
    void a_value_the_sources_do_not_give_is_left_out_not_guessed() throws Exception {
        PromotionParameters p = read(MINIMAL.replaceAll("(?m)^  contract\\.months:.*\\n", ""));
        assertThat(p.contractMonths()).isNull();
        assertThat(p.parameters()).doesNotContainKey("contract.months");
    }

    @Test
    void a_value_left_empty_is_an_error_that_says_to_leave_the_parameter_out() {
        assertThat(problems(MINIMAL.replace("{ label: \"months\", value: 6, source: \"test\" }",
                "{ label: \"months\", value: null, source: \"test\" }")))
                .containsExactly("p9.yaml:7: parameters.contract.months.value: missing (expected a whole number above 0; "
                        + "leave the whole parameter out when the sources give nothing)");
    }

    @Test
    void an_accepted_kind_of_host_needs_a_co_financing_route() {
        assertThat(problems(MINIMAL.replace("{ label: \"kinds\", value: [MINISTRY]",
                "{ label: \"kinds\", value: [MINISTRY, ASSOCIATION]")))
                .containsExactly("p9.yaml:11: parameters.host.eligibleKinds: ASSOCIATION is in no PIA list "
                        + "(pia.directRecipientKinds, pia.carrierRequiredKinds, pia.agreementKinds)");
    }

    @Test
    void every_malformed_value_is_named_with_what_was_expected_and_found() {
        java.util.List<String> e = problems(MINIMAL
                .replace("value: 0.5", "value: 1.5")
                .replace("value: [DESIGN]", "value: [DESIGN, ROBOTICS]")
                .replace("value: 2030-01-01", "value: first of january"));
        assertThat(e).containsExactlyInAnyOrder(
                "p9.yaml:5: parameters.callForProjects.opens.value: expected a date such as 2018-05-04, found \"first of january\"",
                "p9.yaml:10: parameters.eigs.profiles.value[1]: expected one of DEVELOPMENT, DESIGN, DATA_SCIENCE, GEOMATICS, "
                        + "STATISTICS, DATA_ENGINEERING, DIGITAL_LAW, PRODUCT_MANAGEMENT, found \"ROBOTICS\"",
                "p9.yaml:16: parameters.pia.rate.value: expected a rate between 0 and 1 with at most two decimals, such as 0.70, "
                        + "found 1.5");
    }

    @Test
    void a_value_without_its_source_is_refused() {
        assertThat(problems(MINIMAL.replace("{ label: \"slides\", value: 5, source: \"test\" }", "{ label: \"slides\", value: 5 }")))
                .containsExactly("p9.yaml:14: parameters.documents.maxPitchSlides.source: missing (every value needs a "
                        + "source: one text, or {fr: \"…\", en: \"…\"})");
    }

    @Test
    void a_label_and_source_may_be_written_in_both_languages() throws Exception {
        var parameter = read(MINIMAL.replace("{ label: \"slides\", value: 5, source: \"test\" }",
                "{ label: { fr: \"diapositives\", en: \"slides\" }, value: 5, source: { fr: \"essai\", en: \"test\" } }"))
                .parameters().get("documents.maxPitchSlides");
        assertThat(parameter.label(org.eigrules.decision.Language.FR)).isEqualTo("diapositives");
        assertThat(parameter.label(org.eigrules.decision.Language.EN)).isEqualTo("slides");
        assertThat(parameter.source(org.eigrules.decision.Language.FR)).isEqualTo("essai");
        assertThat(parameter.source()).isEqualTo("test");
    }

    @Test
    void a_label_in_an_unknown_language_or_without_its_french_is_refused() {
        assertThat(problems(MINIMAL.replace("{ label: \"slides\", value: 5, source: \"test\" }",
                "{ label: { en: \"slides\", de: \"Folien\" }, value: 5, source: \"test\" }")))
                .anySatisfy(p -> assertThat(p).contains("parameters.documents.maxPitchSlides.label.fr: missing"))
                .anySatisfy(p -> assertThat(p).contains("label.de: unknown language (expected fr and en)"));
    }

    @Test
    void an_unknown_parameter_is_refused() {
        assertThat(problems(MINIMAL + "  pia.bonus: { label: \"b\", value: 1, source: \"t\" }\n"))
                .containsExactly("p9.yaml:23: parameters.pia.bonus: unknown parameter");
    }

    @Test
    void a_team_range_upside_down_is_refused() {
        assertThat(problems(MINIMAL.replace("value: 4, source", "value: 0, source")))
                .contains("p9.yaml:9: parameters.eigs.max.value: expected a whole number above 0, found 0");
        assertThat(problems(MINIMAL.replace("{ label: \"min\", value: 1", "{ label: \"min\", value: 5")))
                .containsExactly("p9.yaml:8: parameters.eigs.min: 5 is above eigs.max 4");
    }

    @Test
    void unreadable_yaml_names_the_line() {
        assertThat(problems("promotion: 9\nparameters: [unclosed\n")).singleElement()
                .asString().startsWith("p9.yaml:2:").doesNotContain("\n");
    }

    // Checked as policy (issue 8): every error with its file, key and line.

    @Test
    void a_rate_with_more_than_two_decimals_is_refused() {
        assertThat(problems(MINIMAL.replace("value: 0.5,", "value: 0.123456789,"))).containsExactly(
                "p9.yaml:16: parameters.pia.rate.value: expected a rate between 0 and 1 with at most two decimals, "
                        + "such as 0.70, found 0.123456789");
    }

    @Test
    void an_amount_with_more_than_two_decimals_or_written_as_text_is_refused() {
        assertThat(problems(MINIMAL.replace("value: 3500,", "value: 3500.001,"))).singleElement().asString()
                .startsWith("p9.yaml:15: parameters.salary.netMonthly.value: expected an amount in euros");
        assertThat(problems(MINIMAL.replace("value: 3500,", "value: \"3500\","))).singleElement().asString()
                .endsWith("found \"3500\"");
    }

    @Test
    void a_call_that_closes_before_it_opens_is_refused() {
        assertThat(problems(MINIMAL.replace("\"2030-02-01T12:00:00\"", "\"2029-12-31T12:00:00\""))).containsExactly(
                "p9.yaml:6: parameters.callForProjects.closes: the call closes (2029-12-31T12:00) before it opens (2030-01-01)");
    }

    @Test
    void a_duplicate_key_is_refused_with_its_line() {
        assertThat(problems(MINIMAL + "  eigs.max: { label: \"max\", value: 9, source: \"test\" }\n")).containsExactly(
                "p9.yaml:23: parameters.eigs.max: duplicate key (already given at line 9)");
    }

    @Test
    void a_list_must_be_a_list_and_profiles_must_not_be_empty() {
        assertThat(problems(MINIMAL.replace("value: [DESIGN]", "value: DESIGN"))).containsExactly(
                "p9.yaml:10: parameters.eigs.profiles.value: expected a non-empty list of DEVELOPMENT, DESIGN, DATA_SCIENCE, "
                        + "GEOMATICS, STATISTICS, DATA_ENGINEERING, DIGITAL_LAW, PRODUCT_MANAGEMENT, found \"DESIGN\"");
        assertThat(problems(MINIMAL.replace("value: [DESIGN]", "value: []"))).singleElement().asString()
                .startsWith("p9.yaml:10: parameters.eigs.profiles.value: expected a non-empty list of");
    }

    @Test
    void an_empty_list_of_pia_carriers_is_a_policy_not_a_mistake() throws Exception {
        assertThat(read(MINIMAL.replace("{ label: \"carriers\", value: [MINISTRY]", "{ label: \"carriers\", value: []"))
                .piaCarrierKinds()).isEmpty();
    }

    @Test
    void not_a_number_is_reported_with_its_key_and_line() {
        assertThat(problems(MINIMAL.replace("value: 0.5,", "value: .nan,"))).containsExactly(
                "p9.yaml:16: parameters.pia.rate.value: .nan is not an accepted number");
    }

    @Test
    void a_parameter_file_over_the_size_limit_is_refused() {
        assertThat(problems(MINIMAL + "#" + "x".repeat(1 << 20) + "\n")).containsExactly(
                "p9.yaml: larger than the limit of 1048576 bytes");
    }

    @Test
    void a_file_names_the_documents_its_decisions_cite_by_kind() throws Exception {
        PromotionParameters p = read(MINIMAL.replace("title: \"A test promotion\"\n", "title: \"A test promotion\"\n"
                + "documents:\n  specification: \"Cahier des charges EIG 9 (2030)\"\n  candidates-call: AAC9\n"));
        assertThat(p.documents()).containsExactly(java.util.Map.entry("specification", "Cahier des charges EIG 9 (2030)"),
                java.util.Map.entry("candidates-call", "AAC9"));
        assertThat(read(MINIMAL).documents()).isEmpty();
    }

    @Test
    void documents_that_are_not_names_by_kind_are_refused() {
        assertThat(problems(MINIMAL.replace("title: \"A test promotion\"\n", "title: \"A test promotion\"\n"
                + "documents: [AAC9]\n"))).anySatisfy(p -> assertThat(p).contains("documents")
                .contains("expected a mapping of document kinds to the names rules cite them by, found"));
        assertThat(problems(MINIMAL.replace("title: \"A test promotion\"\n", "title: \"A test promotion\"\n"
                + "documents:\n  specification: 9\n  candidates-call: \" \"\n"))).anySatisfy(p -> assertThat(p)
                .contains("documents.specification").contains("expected the document's name as the rules cite it"))
                .anySatisfy(p -> assertThat(p).contains("documents.candidates-call"));
    }
}
