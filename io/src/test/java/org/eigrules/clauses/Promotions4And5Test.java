package org.eigrules.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eigrules.ApplicationDraft;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.io.DecisionJson;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.ApplicationDraft.eligibleP4;
import static org.eigrules.ApplicationDraft.eligibleP5;
import static org.eigrules.Evaluation.evaluate;

/**
 * The calls for projects of promotions 4 and 5: each clause that differs from promotion 3, on its
 * passing and failing sides, per promotion; the clauses that read each promotion's values at their
 * boundaries; programme 352's recipients and amounts to the cent.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Promotions4And5Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static org.eigrules.DecisionAssert assertDecision(Decision decision) {
        return org.eigrules.DecisionAssert.assertThat(decision);
    }

    private static ApplicationDraft draft(int promotion) {
        return promotion == 4 ? eligibleP4() : eligibleP5();
    }

    private static List<String> invalid(ApplicationDraft draft) {
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class, draft::build);
        assertThat(e).as("expected the file to be invalid").isNotNull();
        return e.violations().stream().map(v -> v.path() + ": " + v.message()).toList();
    }

    private static Map<String, Object> carrier(String kind, String programme) {
        return programme == null ? Map.of("name", "Ministère de l'Intérieur", "kind", kind)
                : Map.of("name", "Ministère de l'Intérieur", "kind", kind, "payrollBudgetProgramme", programme);
    }

    @Test
    void the_reference_files_are_eligible_and_co_financed_by_programme_352() {
        Decision p4 = evaluate(eligibleP4());
        assertDecision(p4).isEligible().grants("Ministère de la Culture", "56000.00", "84000.00");
        assertThat(p4.coFinancing().funder()).isEqualTo("PROGRAMME_352");
        assertThat(p4.coFinancing().rate()).isEqualByComparingTo("0.40");
        Decision p5 = evaluate(eligibleP5());
        assertDecision(p5).isEligible().grantsBetween("Ministère de la Culture", "31200.00", "35400.00", "72800.00",
                "82600.00");
        assertThat(p5.coFinancing().rate()).isEqualByComparingTo("0.30");
    }

    @Nested
    class CHL_1_without_promotion_3s_technical_exclusion {
        @ParameterizedTest(name = "promotion {0}: a purely technical défi without effect on users is eligible")
        @ValueSource(ints = {4, 5})
        void the_exclusion_is_not_restated(int promotion) {
            assertDecision(evaluate(draft(promotion).with("challenge.purelyTechnical", true)
                    .with("challenge.impactsAgentsOrUsers", false))).isEligible();
        }

        @Test
        void in_promotion_3_it_still_fails() {
            assertDecision(evaluate(eligible().with("challenge.purelyTechnical", true)
                    .with("challenge.impactsAgentsOrUsers", false))).isIneligibleFor("CHL-1");
        }

        @ParameterizedTest(name = "promotion {0}: a blank problem fails, an absent one is missing")
        @ValueSource(ints = {4, 5})
        void the_problem_is_still_needed(int promotion) {
            assertDecision(evaluate(draft(promotion).with("challenge.problem", " "))).isIneligibleFor("CHL-1");
            assertDecision(evaluate(draft(promotion).without("challenge.problem")
                    .without("challenge.purelyTechnical").without("challenge.impactsAgentsOrUsers")))
                    .isIncompleteWith("challenge.problem CHL-1");
        }
    }

    @Nested
    class CHL_4_closed_profile_lists {
        @ParameterizedTest(name = "promotion {0} recruits {1}: {2}")
        @CsvSource({"4, DATA_ENGINEERING, true", "4, GEOMATICS, true", "4, STATISTICS, false", "4, DIGITAL_LAW, false",
                "4, PRODUCT_MANAGEMENT, false", "5, DIGITAL_LAW, true", "5, DESIGN, true", "5, STATISTICS, false",
                "5, PRODUCT_MANAGEMENT, false"})
        void profiles(int promotion, String profile, boolean recruited) {
            Decision decision = evaluate(draft(promotion).with("eigs[1].profile", profile));
            if (recruited) {
                assertDecision(decision).isEligible();
            } else {
                assertDecision(decision).isIneligibleFor("CHL-4");
            }
        }
    }

    @Nested
    class CHL_5_mentors {
        @ParameterizedTest(name = "promotion {0} does not compare the mentors (the sources are silent)")
        @ValueSource(ints = {4, 5})
        void the_same_person_in_both_roles_is_not_a_failure(int promotion) {
            assertDecision(evaluate(draft(promotion).with("mentors.highLevel.email", "claude.moreau@example.org")
                    .with("mentors.highLevel.name", "Claude Moreau"))).isEligible();
        }

        @ParameterizedTest(name = "promotion {0} accepts a second operational mentor")
        @ValueSource(ints = {4, 5})
        void a_second_operational_mentor(int promotion) {
            assertDecision(evaluate(draft(promotion).with("mentors.secondOperational",
                    Map.of("name", "Lou Bernard", "email", "lou.bernard@example.org")))).isEligible();
        }

        @ParameterizedTest(name = "promotion {0} still needs the high-level mentor")
        @ValueSource(ints = {4, 5})
        void the_high_level_mentor_is_needed(int promotion) {
            assertDecision(evaluate(draft(promotion).without("mentors.highLevel")))
                    .isIncompleteWith("mentors.highLevel CHL-5", "mentors.highLevel COM-3");
        }
    }

    @Nested
    class COM_1_COM_5_and_COM_7_the_new_commitments {
        @Test
        void data_and_authorisations_before_the_start() {
            Decision decision = evaluate(eligibleP4().with("commitments.dataAccess", false));
            assertDecision(decision).isIneligibleFor("COM-1");
            assertThat(decision.reasons().get(0).message().en()).contains("authorisations");
        }

        @Test
        void promotion_5_opens_algorithmic_models_too() {
            Decision p4 = evaluate(eligibleP4().with("commitments.openSourceAndOpenData", false));
            Decision p5 = evaluate(eligibleP5().with("commitments.openSourceAndOpenData", false));
            assertDecision(p4).isIneligibleFor("COM-5");
            assertDecision(p5).isIneligibleFor("COM-5");
            assertThat(p4.reasons().get(0).message().en()).doesNotContain("algorithmic");
            assertThat(p5.reasons().get(0).message().en()).contains("algorithmic models");
        }

        @ParameterizedTest(name = "promotion {0}: accessibility refused fails, unanswered is missing")
        @ValueSource(ints = {4, 5})
        void accessibility(int promotion) {
            assertDecision(evaluate(draft(promotion).with("commitments.accessibility", false))).isIneligibleFor("COM-7");
            assertDecision(evaluate(draft(promotion).without("commitments.accessibility")))
                    .isIncompleteWith("commitments.accessibility COM-7");
        }
    }

    @Nested
    class CAL_1_the_calls_windows {
        @ParameterizedTest(name = "promotion {0}, received {1}: on time {2}")
        @CsvSource({
                "4, 2020-01-14T23:59:59+01:00, false", "4, 2020-01-15T00:00:00+01:00, true",
                "4, 2020-02-28T17:00:00+01:00, true", "4, 2020-02-28T16:00:00Z, true",
                "4, 2020-02-28T17:00:01+01:00, false", "4, 2020-02-28T16:00:00.001Z, false",
                "5, 2021-01-31T23:59:59+01:00, false", "5, 2021-02-01T00:00:00+01:00, true",
                "5, 2021-04-07T23:59:00+02:00, true", "5, 2021-04-07T21:59:00Z, true",
                "5, 2021-04-07T23:59:00.001+02:00, false", "5, 2021-04-07T23:59:30+02:00, false",
                "5, 2021-04-07T23:59:59.999+02:00, false", "5, 2021-04-07T21:59:01Z, false",
                "5, 2021-04-08T00:00:00+02:00, false", "5, 2021-04-07T22:00:00Z, false"})
        void window(int promotion, String receivedAt, boolean onTime) {
            Decision decision = evaluate(draft(promotion).with("receivedAt", receivedAt));
            if (onTime) {
                assertDecision(decision).isEligible();
            } else {
                assertDecision(decision).isIneligibleFor("CAL-1");
            }
        }
    }

    @Nested
    class FIN_7_to_FIN_9_who_receives_programme_352s_money {
        @ParameterizedTest(name = "promotion {0}: a ministry without its payroll programme is incomplete, unless self-funded")
        @ValueSource(ints = {4, 5})
        void the_programme_is_needed(int promotion) {
            assertDecision(evaluate(draft(promotion).without("host.payrollBudgetProgramme")))
                    .isIncompleteWith("host.payrollBudgetProgramme FIN-7");
            assertDecision(evaluate(draft(promotion).without("host.payrollBudgetProgramme")
                    .with("funding.mode", "SELF_FUNDED").without("funding.requestedAmount"))).isEligible();
        }

        @Test
        void an_independent_authority_with_its_own_programme_is_paid_directly() {
            assertDecision(evaluate(eligibleP4().with("host.kind", "INDEPENDENT_AUTHORITY")
                    .with("host.name", "Autorité de sûreté nucléaire")))
                    .isEligible().grants("Autorité de sûreté nucléaire", "56000.00", "84000.00");
        }

        @ParameterizedTest(name = "promotion 4: a {0} without a carrier stays eligible and gets nothing (FIN-8)")
        @ValueSource(strings = {"STATE_OPERATOR", "DEVOLVED_STATE_SERVICE"})
        void operators_need_their_ministry(String kind) {
            Decision decision = evaluate(eligibleP4().with("host.kind", kind).without("host.payrollBudgetProgramme"));
            assertDecision(decision).isEligible().grantsNothing("140000.00", "FIN-8");
            assertThat(decision.coFinancing().notes().get(0).message().en()).contains("supervising or parent ministry");
            assertDecision(evaluate(eligibleP4().with("host.kind", kind).without("host.payrollBudgetProgramme")
                    .with("fundingCarrier", carrier("MINISTRY", "176"))))
                    .isEligible().grants("Ministère de l'Intérieur", "56000.00", "84000.00");
        }

        @Test
        void an_operators_carrier_must_be_its_ministry() {
            assertDecision(evaluate(eligibleP4().with("host.kind", "STATE_OPERATOR")
                    .with("fundingCarrier", carrier("INDEPENDENT_AUTHORITY", "308"))))
                    .isEligible().grantsNothing("140000.00", "FIN-8");
            assertDecision(evaluate(eligibleP4().with("host.kind", "STATE_OPERATOR")
                    .with("fundingCarrier", carrier("MINISTRY", null))))
                    .isIncompleteWith("fundingCarrier.payrollBudgetProgramme FIN-7");
        }

        @ParameterizedTest(name = "promotion {0}: a territorial authority gets it only through an eligible administration")
        @ValueSource(ints = {4, 5})
        void others_through_an_eligible_administration(int promotion) {
            ApplicationDraft territorial = draft(promotion).with("host.kind", "TERRITORIAL_AUTHORITY")
                    .with("host.name", "Région Bretagne").without("host.payrollBudgetProgramme");
            Decision alone = evaluate(territorial);
            assertDecision(alone).isEligible().notes("FIN-9");
            assertThat(alone.coFinancing().granted()).isFalse();
            Decision carried = evaluate(territorial.with("fundingCarrier", carrier("INDEPENDENT_AUTHORITY", "308")));
            assertDecision(carried).isEligible();
            assertThat(carried.coFinancing().recipient()).isEqualTo("Ministère de l'Intérieur");
            assertDecision(evaluate(territorial.with("fundingCarrier", carrier("STATE_OPERATOR", "308"))))
                    .isEligible().notes("FIN-9");
        }

        @Test
        void promotion_3_never_reads_a_payroll_programme() {
            assertThat(invalid(eligible().with("host.payrollBudgetProgramme", "224")))
                    .containsExactly("host.payrollBudgetProgramme: is a field of promotions 4, 5 only; this file answers promotion 3");
        }

        @Test
        void a_programme_number_has_three_digits() {
            assertThat(invalid(eligibleP4().with("host.payrollBudgetProgramme", "22")))
                    .singleElement().asString().startsWith("host.payrollBudgetProgramme: expected a budget programme number");
        }
    }

    @Nested
    class FIN_12_the_economic_and_financial_ministries {
        @Test
        void promotion_4_grants_them_the_four_months_and_notes_that_the_route_is_not_stated() {
            Decision decision = evaluate(eligibleP4().with("host.economicAndFinancialMinistries", true));
            assertDecision(decision).isEligible().notes("FIN-12").grants("Ministère de la Culture", "56000.00", "84000.00");
            assertThat(decision.coFinancing().notes().get(0).message().en()).contains("do not state");
            assertThat(decision.coFinancing().notes().get(0).message().fr()).contains("ne précisent pas");
        }

        @Test
        void promotion_4_needs_no_payroll_programme_of_theirs() {
            assertDecision(evaluate(eligibleP4().with("host.economicAndFinancialMinistries", true)
                    .without("host.payrollBudgetProgramme")))
                    .isEligible().notes("FIN-12").grants("Ministère de la Culture", "56000.00", "84000.00");
        }

        @Test
        void promotion_4_pays_a_carrier_of_theirs_for_an_operator() {
            assertDecision(evaluate(eligibleP4().with("host.kind", "STATE_OPERATOR").without("host.payrollBudgetProgramme")
                    .with("fundingCarrier", carrier("MINISTRY", null))
                    .with("fundingCarrier.economicAndFinancialMinistries", true)))
                    .isEligible().notes("FIN-12").grants("Ministère de l'Intérieur", "56000.00", "84000.00");
        }

        @Test
        void promotion_4_still_needs_a_carrier_for_an_operator_of_theirs() {
            assertDecision(evaluate(eligibleP4().with("host.kind", "STATE_OPERATOR").without("host.payrollBudgetProgramme")
                    .with("host.economicAndFinancialMinistries", true)))
                    .isEligible().grantsNothing("140000.00", "FIN-8");
        }

        @Test
        void promotion_5_pays_them_by_delegation_of_management() {
            assertDecision(evaluate(eligibleP5().with("host.economicAndFinancialMinistries", true)
                    .without("host.payrollBudgetProgramme")))
                    .isEligible().notes("FIN-12")
                    .grantsBetween("Ministère de la Culture", "31200.00", "35400.00", "72800.00", "82600.00");
        }
    }

    @Nested
    class FIN_10_four_months_of_ten_in_promotion_4 {
        @ParameterizedTest(name = "total {0}, {1} requested: {2} granted, host {3}")
        @CsvSource({"140000.00, 56000.00, 56000.00, 84000.00", "140000.00, 50000.00, 50000.00, 90000.00",
                "140000.01, 56000.00, 56000.00, 84000.01", "140000.01, 56000.01, 56000.00, 84000.01",
                "150000.00, 90000.00, 60000.00, 90000.00"})
        void the_share_caps_the_request(String total, String requested, String granted, String host) {
            Decision decision = evaluate(eligibleP4().with("funding.totalEmployerCost", new BigDecimal(total))
                    .with("funding.requestedAmount", new BigDecimal(requested)));
            assertDecision(decision).isEligible().grants("Ministère de la Culture", granted, host);
            boolean capped = new BigDecimal(requested).compareTo(new BigDecimal(granted)) > 0;
            assertThat(decision.coFinancing().notes().stream().anyMatch(n -> n.clause().equals("FIN-10")))
                    .isEqualTo(capped);
        }

        @Test
        void the_amount_requested_is_needed() {
            assertDecision(evaluate(eligibleP4().without("funding.requestedAmount")))
                    .isIncompleteWith("funding.requestedAmount FIN-10");
        }

        @Test
        void a_request_of_nothing_grants_nothing() {
            assertDecision(evaluate(eligibleP4().with("funding.requestedAmount", BigDecimal.ZERO.setScale(2))))
                    .isEligible().grantsNothing("140000.00", "FIN-10");
        }

        @Test
        void fin_4_keeps_40000_euros_a_head() {
            assertDecision(evaluate(eligibleP4().with("funding.totalEmployerCost", new BigDecimal("79999.99"))
                    .with("funding.requestedAmount", new BigDecimal("30000.00"))))
                    .isIncompleteWithImplausible("funding.totalEmployerCost FIN-4");
        }
    }

    @Nested
    class FIN_11_three_months_of_ten_at_each_eigs_band_in_promotion_5 {
        @Test
        void every_band_stated_gives_exact_amounts() {
            assertDecision(evaluate(eligibleP5().with("eigs[0].experienceBand", "UP_TO_5_YEARS")
                    .with("eigs[1].experienceBand", "OVER_5_YEARS")))
                    .isEligible().grants("Ministère de la Culture", "33300.00", "77700.00");
        }

        @Test
        void a_stated_band_narrows_the_range() {
            assertDecision(evaluate(eligibleP5().with("eigs[0].experienceBand", "UP_TO_5_YEARS")))
                    .grantsBetween("Ministère de la Culture", "31200.00", "33300.00", "72800.00", "77700.00");
        }

        @Test
        void each_eigs_share_is_rounded_half_up_on_its_own() {
            // 3/10 of 52,000.05 is 15,600.015: 15,600.02 each, 31,200.04 for two (not 31,200.03).
            assertDecision(evaluate(eligibleP5().with("funding.employerCostUpTo5Years", new BigDecimal("52000.05"))
                    .with("eigs[0].experienceBand", "UP_TO_5_YEARS").with("eigs[1].experienceBand", "UP_TO_5_YEARS")))
                    .grants("Ministère de la Culture", "31200.04", "72800.06");
        }

        @Test
        void equal_band_costs_give_exact_amounts() {
            assertDecision(evaluate(eligibleP5().with("funding.employerCostOver5Years", new BigDecimal("52000.00"))))
                    .grants("Ministère de la Culture", "31200.00", "72800.00");
        }

        @Test
        void nothing_granted_leaves_the_host_a_range() {
            Decision decision = evaluate(eligibleP5().with("funding.mode", "SELF_FUNDED"));
            assertDecision(decision).isEligible().notes("FIN-5");
            assertThat(decision.coFinancing().granted()).isFalse();
            assertThat(decision.coFinancing().grantAmount()).isEqualByComparingTo("0.00");
            assertThat(decision.coFinancing().hostAmount()).isNull();
            assertThat(decision.coFinancing().hostRange().min()).isEqualByComparingTo("104000.00");
            assertThat(decision.coFinancing().hostRange().max()).isEqualByComparingTo("118000.00");
        }

        @Test
        void only_the_band_costs_that_can_count_are_needed_for_the_grant() {
            assertDecision(evaluate(eligibleP5().without("funding.employerCostUpTo5Years")
                    .with("eigs[0].experienceBand", "OVER_5_YEARS").with("eigs[1].experienceBand", "OVER_5_YEARS")))
                    .isIncompleteWith("funding.employerCostUpTo5Years FIN-4");
            assertDecision(evaluate(eligibleP5().without("funding.employerCostUpTo5Years")))
                    .isIncompleteWith("funding.employerCostUpTo5Years FIN-4", "funding.employerCostUpTo5Years FIN-11");
        }

        @ParameterizedTest(name = "{0} at {1}: plausible {2}")
        @CsvSource({"employerCostUpTo5Years, 35000.00, true", "employerCostUpTo5Years, 34999.99, false",
                "employerCostOver5Years, 40000.00, true", "employerCostOver5Years, 39999.99, false"})
        void fin_4_floors_by_band(String field, String amount, boolean plausible) {
            ApplicationDraft draft = eligibleP5().with("funding." + field, new BigDecimal(amount));
            if (field.endsWith("Over5Years")) {
                draft = draft.with("funding.employerCostUpTo5Years", new BigDecimal("35000.00"));
            }
            Decision decision = evaluate(draft);
            if (plausible) {
                assertDecision(decision).isEligible();
            } else {
                assertDecision(decision).isIncompleteWithImplausible("funding." + field + " FIN-4");
            }
        }

        @Test
        void the_json_gives_the_ranges_and_no_pia_amount() throws Exception {
            JsonNode co = JSON.readTree(DecisionJson.write(evaluate(eligibleP5()), Language.EN)).get("coFinancing");
            assertThat(co.get("funder").asText()).isEqualTo("PROGRAMME_352");
            assertThat(co.get("rate").asText()).isEqualTo("0.30");
            assertThat(co.get("grantAmount").isNull()).isTrue();
            assertThat(co.get("hostAmount").isNull()).isTrue();
            assertThat(co.has("piaAmount")).isFalse();
            assertThat(co.get("grantRange").get("min").asText()).isEqualTo("31200.00");
            assertThat(co.get("grantRange").get("max").asText()).isEqualTo("35400.00");
            assertThat(co.get("hostRange").get("min").asText()).isEqualTo("72800.00");
            assertThat(co.get("hostRange").get("max").asText()).isEqualTo("82600.00");
        }
    }

    @Nested
    class PRI_5_to_PRI_7_the_new_priorities {
        @Test
        void tech_gouv_in_promotion_4() {
            assertDecision(evaluate(eligibleP4().with("challenge.techGouvStakes", true))).hasPriorities("PRI-5");
        }

        @Test
        void digital_law_and_outside_the_paris_region_in_promotion_5() {
            assertDecision(evaluate(eligibleP5().with("eigs[1].profile", "DIGITAL_LAW")))
                    .hasPriorities("PRI-4", "PRI-6");
            assertDecision(evaluate(eligibleP5().with("challenge.digitalLawStakes", true))).hasPriorities("PRI-6");
            assertDecision(evaluate(eligibleP5().with("host.parisRegion", false))).hasPriorities("PRI-7");
            assertDecision(evaluate(eligibleP5().with("host.parisRegion", true))).hasPriorities();
        }

        @Test
        void partners_are_a_plus_in_promotion_3_only() {
            assertDecision(evaluate(eligible().with("challenge.partners", List.of("DINUM")))).hasPriorities("PRI-4");
            assertDecision(evaluate(eligibleP4().with("challenge.partners", List.of("DINUM")))).hasPriorities();
        }
    }

    @Nested
    class Fields_of_another_promotion_are_invalid {
        @Test
        void each_field_names_the_promotions_that_use_it() {
            assertThat(invalid(eligible().with("funding.employerCostUpTo5Years", new BigDecimal("52000.00"))))
                    .containsExactly("funding.employerCostUpTo5Years: is a field of promotion 5 only; "
                            + "this file answers promotion 3");
            assertThat(invalid(eligibleP4().with("eigs[0].experienceBand", "UP_TO_5_YEARS")))
                    .containsExactly("eigs[0].experienceBand: is a field of promotion 5 only; this file answers promotion 4");
            assertThat(invalid(eligibleP5().with("funding.totalEmployerCost", new BigDecimal("140000.00"))))
                    .containsExactly("funding.totalEmployerCost: is a field of promotions 3, 4 only; "
                            + "this file answers promotion 5");
            assertThat(invalid(eligible().with("mentors.secondOperational", Map.of("name", "Lou Bernard"))))
                    .containsExactly("mentors.secondOperational: is a field of promotions 4, 5 only; "
                            + "this file answers promotion 3");
        }

        @Test
        void pia_is_promotion_3s_name() {
            assertThat(invalid(eligibleP4().with("funding.mode", "PIA")))
                    .singleElement().asString().startsWith("funding.mode: expected CO_FINANCED or SELF_FUNDED, found PIA");
            assertThat(invalid(eligibleP4().with("funding.requestedPiaAmount", new BigDecimal("56000.00"))
                    .without("funding.requestedAmount"))).singleElement().asString()
                    .isEqualTo("funding.requestedPiaAmount: is a field of promotion 3 only; this file answers promotion 4");
        }

        @Test
        void the_french_message_says_the_same() {
            InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                    () -> eligibleP5().with("funding.requestedAmount", new BigDecimal("1.00")).build());
            Violation v = e.violations().get(0);
            assertThat(v.messageIn(Language.FR)).isEqualTo(
                    "est un champ des seules promotions 3, 4 ; ce dossier répond à la promotion 5");
        }
    }

    @Nested
    class Sources {
        @Test
        void a_rule_shared_by_several_promotions_cites_only_the_decisions_promotions_documents() {
            Decision p3 = evaluate(eligible().with("host.kind", "COMPANY"));
            assertThat(p3.reasons().get(0).reference()).contains("EIG 3").doesNotContain("EIG 4").doesNotContain("EIG 5");
            Decision p4 = evaluate(eligibleP4().with("host.kind", "COMPANY"));
            assertThat(p4.reasons().get(0).reference())
                    .isEqualTo("Cahier des charges EIG 4 (15 janvier 2020), §2 et note 4 p. 5");
            Decision p5 = evaluate(eligibleP5().with("challenge.durationMonths", 11));
            assertThat(p5.reasons().get(0).reference()).contains("EIG 5").doesNotContain("EIG 3").doesNotContain("EIG 4");
        }

        @Test
        void a_part_that_names_no_promotion_is_kept_and_parentheses_are_not_split() {
            assertThat(org.eigrules.ruleset.RuleMetadata.citedFor("Lecture du projet (cahier des charges EIG 3 (4 mai 2018); "
                    + "cahier des charges EIG 4 (15 janvier 2020)); AAC5 Art. 2", 4))
                    .isEqualTo("Lecture du projet (cahier des charges EIG 3 (4 mai 2018); cahier des charges EIG 4 (15 janvier 2020))");
            assertThat(org.eigrules.ruleset.RuleMetadata.citedFor("AAC2 Art. 4; AAC3 Art. 4", 5)).isEqualTo("AAC2 Art. 4; AAC3 Art. 4");
        }
    }
}
