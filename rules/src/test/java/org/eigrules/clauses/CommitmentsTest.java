package org.eigrules.clauses;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.DecisionAssert.assertThat;
import static org.eigrules.Evaluation.evaluate;

/** COM-1 … COM-6: what the host commits to. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommitmentsTest {

    @Test
    void a_host_committing_to_everything_passes() {
        assertThat(evaluate(eligible())).isEligible();
    }

    @ParameterizedTest(name = "{0} answered false fails {1}")
    @CsvSource({
            "commitments.dataAccess, COM-1",
            "commitments.technicalEnvironment, COM-2",
            "commitments.offSiteWork, COM-4",
            "commitments.supportProgramme, COM-4",
            "commitments.openSourceAndOpenData, COM-5"})
    void a_refused_commitment_fails_its_clause(String field, String clause) {
        assertThat(evaluate(eligible().with(field, false))).isIneligibleFor(clause);
    }

    @ParameterizedTest(name = "{0} unanswered is missing under {1}")
    @CsvSource({
            "commitments.dataAccess, COM-1",
            "commitments.technicalEnvironment, COM-2",
            "commitments.offSiteWork, COM-4",
            "commitments.supportProgramme, COM-4",
            "commitments.openSourceAndOpenData, COM-5",
            "commitments.continuationPlan, COM-6",
            "mentors.highLevel.position, COM-3"})
    void an_unanswered_commitment_is_missing(String field, String clause) {
        assertThat(evaluate(eligible().without(field))).isIncompleteWith(field + " " + clause);
    }

    @Test
    void COM_3_a_high_level_mentor_with_a_position_carries_the_sponsorship() {
        assertThat(evaluate(eligible().with("mentors.highLevel.position", "Directrice générale"))).isEligible();
    }

    @Test
    void COM_3_a_high_level_mentor_with_a_blank_position_shows_no_sponsorship() {
        assertThat(evaluate(eligible().with("mentors.highLevel.position", " "))).isIneligibleFor("COM-3");
    }

    @Test
    void COM_6_a_blank_continuation_plan_fails() {
        assertThat(evaluate(eligible().with("commitments.continuationPlan", ""))).isIneligibleFor("COM-6");
    }

    @Test
    void an_absent_commitments_section_is_missing_for_each_clause() {
        assertThat(evaluate(eligible().without("commitments"))).isIncompleteWith(
                "commitments COM-1", "commitments COM-2", "commitments COM-4", "commitments COM-5", "commitments COM-6");
    }
}
