package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.decision.Verdict;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/** The built-in rules keep the promotion 4 and 5 co-financing invariants; the generators make valid files of those promotions. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LaterCallInvariantsTest {

    private static final EigRules RULES = EigRules.builtIn();
    private final LaterCallInvariants p4 = LaterCallInvariants.of(RULES, 4).withExamples(1000).withSeed(20261129L);
    private final LaterCallInvariants p5 = LaterCallInvariants.of(RULES, 5).withExamples(1000).withSeed(20261129L);

    @Test
    void grant_plus_host_equals_the_total_to_the_cent_in_promotion_4() {
        p4.amountsAddUp();
    }

    @Test
    void grant_plus_host_equals_the_total_for_each_bound_of_a_range_in_promotion_5() {
        p5.amountsAddUp();
    }

    @Test
    void a_promotion_5_range_holds_the_exact_grant_of_every_assignment_of_the_unstated_bands() {
        p5.rangesHoldEveryAssignmentOfBands();
    }

    @Test
    void no_money_without_a_valid_recipient_in_promotions_4_and_5() {
        p4.noMoneyWithoutAValidRecipient();
        p5.noMoneyWithoutAValidRecipient();
    }

    @Test
    void a_self_funded_defi_gets_nothing_in_promotions_4_and_5() {
        p4.selfFundedGetsNothing();
        p5.selfFundedGetsNothing();
    }

    @Test
    void a_field_of_another_promotion_is_always_refused() {
        p4.fieldsOfAnotherPromotionAreRefused();
        p5.fieldsOfAnotherPromotionAreRefused();
    }

    @Test
    void check_all_runs_them_together() {
        p4.withExamples(200).withSeed(4).checkAll();
        p5.withExamples(200).withSeed(5).checkAll();
    }

    @Test
    void bands_belong_to_promotion_5_and_these_invariants_to_promotions_4_and_5() {
        assertThat(p4.invariants()).doesNotContainKey("rangesHoldEveryAssignmentOfBands");
        assertThat(p5.invariants()).containsKey("rangesHoldEveryAssignmentOfBands");
        assertThatThrownBy(p4::rangesHoldEveryAssignmentOfBands).hasMessageContaining("promotion 5 only");
        assertThatThrownBy(() -> LaterCallInvariants.of(RULES, 3)).hasMessageContaining("use PolicyInvariants");
        assertThatThrownBy(() -> LaterCallGenerators.applications(RULES.parameters(3)))
                .hasMessageContaining("use EigGenerators");
    }

    @Test
    void generated_promotion_4_and_5_files_are_valid_and_the_eligible_ones_eligible() {
        for (int promotion : new int[]{4, 5}) {
            List<String> problems = new ArrayList<>();
            qt().withFixedSeed(promotion).withExamples(500).forAll(LaterCallGenerators.applications(RULES.parameters(promotion)))
                    .checkAssert(a -> {
                        if (!RULES.violations(a).isEmpty()) {
                            problems.add(RULES.violations(a) + " " + a);
                        }
                    });
            qt().withFixedSeed(promotion).withExamples(500)
                    .forAll(LaterCallGenerators.eligibleApplications(RULES.parameters(promotion))).checkAssert(a -> {
                        if (RULES.evaluate(a).verdict() != Verdict.ELIGIBLE) {
                            problems.add(RULES.evaluate(a).verdict() + " " + RULES.evaluate(a).failedClauses() + " "
                                    + RULES.evaluate(a).missing() + " " + a);
                        }
                    });
            assertThat(problems).as("promotion %d", promotion).isEmpty();
        }
    }
}
