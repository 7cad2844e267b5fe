package org.eigrules.clauses;

import org.eigrules.decision.Decision;
import org.eigrules.decision.Verdict;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.Evaluation.evaluate;

/** FIN-1 … FIN-5 and the FIN-1/FIN-2 outcome: who gets PIA money, and how much. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoFinancingTest {

    private static final Map<String, String> MINISTRY_CARRIER =
            Map.of("name", "Ministère des Solidarités et de la Santé", "kind", "MINISTRY");

    private static org.eigrules.DecisionAssert assertDecision(Decision decision) {
        return org.eigrules.DecisionAssert.assertThat(decision);
    }

    @Nested
    class FIN_1_the_pia_finances_state_administrations {
        @ParameterizedTest(name = "a {0} host receives the money itself")
        @ValueSource(strings = {"MINISTRY", "CENTRAL_ADMINISTRATION", "INDEPENDENT_AUTHORITY"})
        void direct_recipients(String kind) {
            assertDecision(evaluate(eligible().with("host.kind", kind)))
                    .isEligible().grantsPia("Ministère de la Culture", "98000.00", "42000.00");
        }

        @ParameterizedTest(name = "a {0} host receives it through its carrier")
        @ValueSource(strings = {"STATE_OPERATOR", "DEVOLVED_STATE_SERVICE"})
        void through_a_carrier(String kind) {
            assertDecision(evaluate(eligible().with("host.kind", kind).with("fundingCarrier", MINISTRY_CARRIER)))
                    .isEligible().grantsPia("Ministère des Solidarités et de la Santé", "98000.00", "42000.00");
        }

        @Test
        void a_central_administration_may_also_act_as_carrier() {
            assertDecision(evaluate(eligible().with("host.kind", "STATE_OPERATOR")
                    .with("fundingCarrier", Map.of("name", "DINSIC", "kind", "CENTRAL_ADMINISTRATION"))))
                    .grantsPia("DINSIC", "98000.00", "42000.00");
        }

        @ParameterizedTest(name = "a {0} without a carrier gets no PIA money but stays eligible")
        @ValueSource(strings = {"STATE_OPERATOR", "DEVOLVED_STATE_SERVICE"})
        void without_a_carrier(String kind) {
            Decision decision = evaluate(eligible().with("host.kind", kind));
            assertDecision(decision).isEligible().grantsNoPia("140000.00", "FIN-1");
            assertThat(decision.coFinancing().notes().get(0).message().en()).contains("funding carrier");
        }

        @ParameterizedTest(name = "a carrier of kind {0} cannot receive PIA money")
        @ValueSource(strings = {"STATE_OPERATOR", "COMPANY", "TERRITORIAL_AUTHORITY", "INDEPENDENT_AUTHORITY"})
        void a_carrier_of_the_wrong_kind(String carrierKind) {
            assertDecision(evaluate(eligible().with("host.kind", "STATE_OPERATOR")
                    .with("fundingCarrier", Map.of("name", "Porteur", "kind", carrierKind))))
                    .isEligible().grantsNoPia("140000.00", "FIN-1");
        }

        @Test
        void a_carrier_without_a_kind_is_missing() {
            assertDecision(evaluate(eligible().with("host.kind", "STATE_OPERATOR")
                    .with("fundingCarrier", Map.of("name", "Porteur"))))
                    .isIncompleteWith("fundingCarrier.kind FIN-1");
        }
    }

    @Nested
    class FIN_2_territorial_authorities_and_health_establishments {
        @ParameterizedTest(name = "a {0} without a ministry carrier gets no PIA money")
        @ValueSource(strings = {"TERRITORIAL_AUTHORITY", "HEALTH_ESTABLISHMENT"})
        void without_a_ministry_carrier(String kind) {
            Decision decision = evaluate(eligible().with("host.kind", kind));
            assertDecision(decision).isEligible().grantsNoPia("140000.00", "FIN-2");
            assertThat(decision.coFinancing().notes().get(0).message().en()).contains("agreement with a ministry");
        }

        @ParameterizedTest(name = "a {0} with a ministry carrier gets PIA money through it")
        @ValueSource(strings = {"TERRITORIAL_AUTHORITY", "HEALTH_ESTABLISHMENT"})
        void with_a_ministry_carrier(String kind) {
            assertDecision(evaluate(eligible().with("host.kind", kind).with("fundingCarrier", MINISTRY_CARRIER)))
                    .isEligible().grantsPia("Ministère des Solidarités et de la Santé", "98000.00", "42000.00");
        }

        @Test
        void a_central_administration_is_not_a_ministry_for_this_purpose() {
            assertDecision(evaluate(eligible().with("host.kind", "HEALTH_ESTABLISHMENT")
                    .with("fundingCarrier", Map.of("name", "DGOS", "kind", "CENTRAL_ADMINISTRATION"))))
                    .isEligible().grantsNoPia("140000.00", "FIN-2");
        }

        @Test
        void a_carrier_that_is_not_a_ministry_does_not_help() {
            assertDecision(evaluate(eligible().with("host.kind", "TERRITORIAL_AUTHORITY")
                    .with("fundingCarrier", Map.of("name", "Agence", "kind", "STATE_OPERATOR"))))
                    .isEligible().grantsNoPia("140000.00", "FIN-2");
        }
    }

    @Nested
    class FIN_3_seventy_percent_of_the_total_employer_cost {
        @ParameterizedTest(name = "total {0}, requested {1}: PIA {2}, host {3}")
        @CsvSource({
                "140000.00, 98000.00, 98000.00, 42000.00",     // exactly the share
                "140000.00, 50000.00, 50000.00, 90000.00",     // less: granted as requested
                "140000.00, 0.00, 0.00, 140000.00",            // nothing requested
                "146333.33, 102433.33, 102433.33, 43900.00",   // 70% = 102433.331, rounded down
                "146333.35, 102433.35, 102433.35, 43900.00",   // 70% = 102433.345, rounded half-up
                "140000.01, 98000.01, 98000.01, 42000.00"})    // 70% = 98000.007, rounded up
        void the_requested_amount_within_the_share_is_granted(String total, String requested, String pia, String host) {
            assertDecision(evaluate(eligible().with("funding.totalEmployerCost", new java.math.BigDecimal(total))
                    .with("funding.requestedPiaAmount", new java.math.BigDecimal(requested))))
                    .isEligible().grantsPia("Ministère de la Culture", pia, host);
        }

        @Test
        void a_request_above_the_share_is_capped_with_a_note() {
            Decision decision = evaluate(eligible().with("funding.requestedPiaAmount", new java.math.BigDecimal("120000.00")));
            assertDecision(decision).isEligible().grantsPia("Ministère de la Culture", "98000.00", "42000.00")
                    .notes("FIN-3");
            assertThat(decision.coFinancing().rate()).isEqualByComparingTo("0.70");
        }

        @Test
        void one_cent_above_the_share_is_capped() {
            assertDecision(evaluate(eligible().with("funding.requestedPiaAmount", new java.math.BigDecimal("98000.01"))))
                    .grantsPia("Ministère de la Culture", "98000.00", "42000.00").notes("FIN-3");
        }

        @Test
        void a_pia_request_without_an_amount_is_missing() {
            assertDecision(evaluate(eligible().without("funding.requestedPiaAmount")))
                    .isIncompleteWith("funding.requestedPiaAmount FIN-3");
        }

        @Test
        void an_absent_total_leaves_both_amounts_unknown() {
            Decision decision = evaluate(eligible().without("funding.totalEmployerCost"));
            assertDecision(decision).isIncompleteWith("funding.totalEmployerCost FIN-3", "funding.totalEmployerCost FIN-4");
            assertThat(decision.coFinancing().piaAmount()).isNull();
            assertThat(decision.coFinancing().hostAmount()).isNull();
            assertThat(decision.coFinancing().granted()).isFalse();
        }

        @Test
        void an_ineligible_defi_gets_no_pia_money_even_with_a_valid_recipient() {
            Decision decision = evaluate(eligible().with("challenge.durationMonths", 12));
            assertDecision(decision).isIneligibleFor("CHL-2").grantsNoPia("140000.00", "CHL-2");
        }
    }

    @Nested
    class FIN_4_a_plausible_employer_cost {
        @Test
        void exactly_the_net_salary_for_the_contract_per_eig_passes() {
            assertDecision(evaluate(eligible().with("funding.totalEmployerCost", new java.math.BigDecimal("80000.00"))
                    .with("funding.requestedPiaAmount", new java.math.BigDecimal("56000.00")))).isEligible();
        }

        @Test
        void one_cent_below_it_is_not_plausible() {
            Decision decision = evaluate(eligible().with("funding.totalEmployerCost", new java.math.BigDecimal("79999.99"))
                    .with("funding.requestedPiaAmount", new java.math.BigDecimal("50000.00")));
            assertDecision(decision).isIncompleteWith("funding.totalEmployerCost FIN-4")
                    .grantsNoPia("79999.99", "FIN-4");
            assertThat(decision.verdict()).isEqualTo(Verdict.INCOMPLETE);
        }

        @Test
        void the_check_counts_the_eigs_requested() {
            assertDecision(evaluate(eligible().with("eigs[2]", Map.of("profile", "DESIGN"))
                    .with("funding.totalEmployerCost", new java.math.BigDecimal("110000.00")).with("funding.requestedPiaAmount", new java.math.BigDecimal("77000.00"))))
                    .isIncompleteWith("funding.totalEmployerCost FIN-4");
        }

        @Test
        void it_applies_to_self_funded_defis_too() {
            assertDecision(evaluate(eligible().with("funding.mode", "SELF_FUNDED")
                    .without("funding.requestedPiaAmount").with("funding.totalEmployerCost", new java.math.BigDecimal("1000.00"))))
                    .isIncompleteWith("funding.totalEmployerCost FIN-4");
        }
    }

    @Nested
    class FIN_5_self_funding {
        @ParameterizedTest(name = "a self-funded {0} stays eligible and pays everything")
        @ValueSource(strings = {"MINISTRY", "TERRITORIAL_AUTHORITY", "HEALTH_ESTABLISHMENT", "STATE_OPERATOR"})
        void self_funded(String kind) {
            Decision decision = evaluate(eligible().with("host.kind", kind).with("funding.mode", "SELF_FUNDED")
                    .without("funding.requestedPiaAmount"));
            assertDecision(decision).isEligible().grantsNoPia("140000.00", "FIN-5");
            assertThat(decision.coFinancing().rate()).isZero();
        }

        @Test
        void a_self_funded_defi_still_meets_every_other_clause() {
            assertDecision(evaluate(eligible().with("funding.mode", "SELF_FUNDED").without("funding.requestedPiaAmount")
                    .with("commitments.dataAccess", false))).isIneligibleFor("COM-1");
        }
    }
}
