package org.eigrules.clauses;

import org.eigrules.decision.Decision;
import org.eigrules.model.FundingMode;
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
        @ValueSource(strings = {"MINISTRY", "CENTRAL_ADMINISTRATION"})
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
        void a_host_without_a_kind_is_missing_for_the_pia_money_too() {
            assertDecision(evaluate(eligible().without("host.kind"))).isIncompleteWith("host.kind ADM-1", "host.kind FIN-1");
        }

        @Test
        void a_self_funded_host_without_a_kind_is_missing_only_for_who_may_apply() {
            assertDecision(evaluate(eligible().without("host.kind").with("funding.mode", "SELF_FUNDED")
                    .without("funding.requestedPiaAmount"))).isIncompleteWith("host.kind ADM-1");
        }

        @Test
        void a_host_of_unknown_kind_with_an_unknown_mode_leaves_the_recipient_open() {
            assertDecision(evaluate(eligible().without("host.kind").without("funding.mode")))
                    .isIncompleteWith("host.kind ADM-1", "host.kind FIN-1", "funding.mode FIN-3");
        }

        @Test
        void a_refused_request_needs_no_amount() {
            // FIN-1 refuses PIA money to an operator without a carrier: the amount could change nothing.
            assertDecision(evaluate(eligible().with("host.kind", "STATE_OPERATOR").without("funding.requestedPiaAmount")))
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
        @ValueSource(strings = {"TERRITORIAL_AUTHORITY", "HEALTH_ESTABLISHMENT", "INDEPENDENT_AUTHORITY"})
        void without_a_ministry_carrier(String kind) {
            Decision decision = evaluate(eligible().with("host.kind", kind));
            assertDecision(decision).isEligible().grantsNoPia("140000.00", "FIN-2");
            assertThat(decision.coFinancing().notes().get(0).message().en()).contains("agreement with a ministry");
        }

        @ParameterizedTest(name = "a {0} with a ministry carrier gets PIA money through it")
        @ValueSource(strings = {"TERRITORIAL_AUTHORITY", "HEALTH_ESTABLISHMENT", "INDEPENDENT_AUTHORITY"})
        void with_a_ministry_carrier(String kind) {
            assertDecision(evaluate(eligible().with("host.kind", kind).with("fundingCarrier", MINISTRY_CARRIER)))
                    .isEligible().grantsPia("Ministère des Solidarités et de la Santé", "98000.00", "42000.00");
        }

        @Test
        void an_independent_authority_no_longer_receives_pia_money_itself() {
            Decision decision = evaluate(eligible().with("host.kind", "INDEPENDENT_AUTHORITY"));
            assertDecision(decision).isEligible().grantsNoPia("140000.00", "FIN-2");
            assertThat(decision.rulesFired()).noneMatch(rule -> rule.startsWith("FIN-3"));
        }

        @Test
        void a_carrier_without_a_kind_is_missing_under_fin_1_whatever_the_host() {
            assertDecision(evaluate(eligible().with("host.kind", "INDEPENDENT_AUTHORITY")
                    .with("fundingCarrier", Map.of("name", "Porteur")))).isIncompleteWith("fundingCarrier.kind FIN-1");
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
                "146333.33, 102433.33, 102433.33, 43900.00",   // 70% = 102433.331, rounded down
                "146333.35, 102433.35, 102433.35, 43900.00",   // 70% = 102433.345, rounded half-up
                "140000.01, 98000.01, 98000.01, 42000.00"})    // 70% = 98000.007, rounded up
        void the_requested_amount_within_the_share_is_granted(String total, String requested, String pia, String host) {
            assertDecision(evaluate(eligible().with("funding.totalEmployerCost", new java.math.BigDecimal(total))
                    .with("funding.requestedPiaAmount", new java.math.BigDecimal(requested))))
                    .isEligible().grantsPia("Ministère de la Culture", pia, host);
        }

        @Test
        void a_file_that_does_not_say_its_funding_mode_is_told_why_nothing_is_granted() {
            Decision decision = evaluate(eligible().without("funding.mode"));
            assertThat(decision.verdict()).isEqualTo(Verdict.INCOMPLETE);
            assertThat(decision.coFinancing().granted()).isFalse();
            assertThat(decision.coFinancing().notes()).extracting(org.eigrules.decision.Note::clause).containsExactly("FIN-3");
        }

        @Test
        void a_request_of_nothing_grants_nothing_and_names_no_recipient() {
            Decision decision = evaluate(eligible().with("funding.totalEmployerCost", new java.math.BigDecimal("140000.00"))
                    .with("funding.requestedPiaAmount", new java.math.BigDecimal("0.00")));
            assertDecision(decision).isEligible().grantsNoPia("140000.00", "FIN-3");
            assertThat(decision.coFinancing().recipient()).isNull();
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
            // The file says PIA: it is answered in promotion 3's names.
            assertDecision(evaluate(eligible().without("funding.requestedPiaAmount")))
                    .isIncompleteWith("funding.requestedPiaAmount FIN-3");
            assertDecision(evaluate(eligible().with("funding", Map.of("mode", "CO_FINANCED", "totalEmployerCost", new java.math.BigDecimal("140000.00")))))
                    .isIncompleteWith("funding.requestedAmount FIN-3");
        }

        @Test
        void the_contract_names_are_accepted_with_the_same_meaning() {
            Decision decision = evaluate(eligible().with("funding", Map.of("mode", "CO_FINANCED",
                    "totalEmployerCost", new java.math.BigDecimal("140000.00"), "requestedAmount", new java.math.BigDecimal("98000.00"))));
            assertDecision(decision).isEligible().grantsPia("Ministère de la Culture", "98000.00", "42000.00");
            assertThat(decision.coFinancing().mode()).isEqualTo(FundingMode.CO_FINANCED);
            assertThat(evaluate(eligible()).coFinancing().mode()).isEqualTo(FundingMode.CO_FINANCED);
            assertThat(decision.coFinancing().funder()).isEqualTo("PIA");
            assertThat(decision.coFinancing().grantAmount()).isEqualByComparingTo("98000.00");
        }

        @Test
        void a_grant_computed_for_a_file_that_is_not_eligible_is_not_named_among_the_rules_that_applied() {
            Decision decision = evaluate(eligible().with("challenge.durationMonths", 11)
                    .with("funding.requestedPiaAmount", new java.math.BigDecimal("120000.00")));
            assertDecision(decision).isIneligibleFor("CHL-2").grantsNoPia("140000.00", "CHL-2");
            assertThat(decision.rulesFired()).noneMatch(rule -> rule.startsWith("FIN-3"));
            assertThat(decision.coFinancing().notes()).noneMatch(note -> note.clause().equals("FIN-3"));
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
            assertDecision(decision).isIncompleteWithImplausible("funding.totalEmployerCost FIN-4")
                    .grantsNoPia("79999.99", "FIN-4");
            assertThat(decision.implausible().get(0).message().en()).contains("79,999.99 euros for 2 EIGs").contains("80,000.00");
            assertThat(decision.verdict()).isEqualTo(Verdict.INCOMPLETE);
        }

        @Test
        void the_check_counts_the_eigs_requested() {
            assertDecision(evaluate(eligible().with("eigs[2]", Map.of("profile", "DESIGN"))
                    .with("funding.totalEmployerCost", new java.math.BigDecimal("110000.00")).with("funding.requestedPiaAmount", new java.math.BigDecimal("77000.00"))))
                    .isIncompleteWithImplausible("funding.totalEmployerCost FIN-4");
        }

        @Test
        void it_applies_to_self_funded_defis_too() {
            assertDecision(evaluate(eligible().with("funding.mode", "SELF_FUNDED")
                    .without("funding.requestedPiaAmount").with("funding.totalEmployerCost", new java.math.BigDecimal("1000.00"))))
                    .isIncompleteWithImplausible("funding.totalEmployerCost FIN-4");
        }

        @Test
        void a_self_funded_defi_without_a_total_misses_it_only_for_the_plausibility_check() {
            assertDecision(evaluate(eligible().with("funding.mode", "SELF_FUNDED")
                    .without("funding.requestedPiaAmount").without("funding.totalEmployerCost")))
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
            // The contract's rate is the promotion's share, whether or not money is granted.
            assertThat(decision.coFinancing().rate()).isEqualByComparingTo("0.70");
        }

        @Test
        void a_self_funded_defi_still_meets_every_other_clause() {
            assertDecision(evaluate(eligible().with("funding.mode", "SELF_FUNDED").without("funding.requestedPiaAmount")
                    .with("commitments.dataAccess", false))).isIneligibleFor("COM-1");
        }
    }
}
