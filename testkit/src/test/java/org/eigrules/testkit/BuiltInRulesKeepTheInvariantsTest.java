package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The built-in rules keep every invariant of the kit, one test each. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BuiltInRulesKeepTheInvariantsTest {

    private final PolicyInvariants invariants = PolicyInvariants.of(EigRules.builtIn()).withExamples(2000);

    @Test
    void every_verdict_explains_itself_and_co_financing_implies_eligibility() {
        invariants.verdictsExplainThemselves();
    }

    @Test
    void pia_and_host_amounts_add_up_to_the_cent_and_pia_stays_within_its_rate() {
        invariants.amountsAddUp();
    }

    @Test
    void a_territorial_authority_or_health_establishment_without_a_ministry_carrier_never_gets_pia_money() {
        invariants.localAuthoritiesNeedAMinistry();
    }

    @Test
    void an_application_failing_exactly_one_clause_gets_exactly_that_reason_and_fixing_it_makes_it_eligible() {
        invariants.aSingleFailureIsItsOwnReason();
    }

    @Test
    void an_application_missing_exactly_one_field_is_incomplete_for_that_field() {
        invariants.aSingleMissingFieldIsListed();
    }

    @Test
    void adding_a_value_to_a_missing_field_never_changes_a_clause_already_decided() {
        invariants.withExamples(1000).decidedClausesStayDecided();
    }

    @Test
    void priorities_never_change_a_verdict() {
        invariants.prioritiesNeverChangeAVerdict();
    }

    @Test
    void the_receipt_time_offset_never_changes_the_verdict_for_the_same_instant() {
        invariants.receiptOffsetsNeverChangeAVerdict();
    }

    @Test
    void batches_agree_with_one_by_one_evaluation_whatever_their_order() {
        invariants.withExamples(300).batchesAgreeWithSingleEvaluations();
    }

    @Test
    void every_clause_of_promotion_3_is_reachable() {
        invariants.everyClauseIsReachable();
    }

    @Test
    void check_all_runs_them_together() {
        invariants.withExamples(200).withSeed(42).checkAll();
    }
}
