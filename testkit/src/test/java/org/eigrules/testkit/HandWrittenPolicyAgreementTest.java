package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.decision.Decision;
import org.eigrules.model.Application;
import org.eigrules.oracle.DecisionComparison;
import org.eigrules.oracle.HandWrittenPolicy;
import org.eigrules.promotion.PromotionParameters;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** The Drools rules and the hand-written policy agree on every decision field, in promotions 3, 4 and 5. */
class HandWrittenPolicyAgreementTest {

    static final int APPLICATIONS = 10_000;
    static final int LATER_CALL_APPLICATIONS = 5_000;

    /** Every kind of generated application: any verdict, eligible at the limits, broken once, missing once. */
    static Gen<Application> everyKind(PromotionParameters p) {
        return EigGenerators.applications(p)
                .mix(EigGenerators.eligibleApplications(p), 30)
                .mix(Breakages.failingExactlyOne(p).map(Breakages.Broken::broken), 25)
                .mix(Breakages.missingExactlyOne(p).map(Breakages.Missing::application), 20);
    }

    /** Promotion 4 or 5 files of every verdict, and eligible ones through every route to the money. */
    static Gen<Application> everyLaterKind(PromotionParameters p) {
        return LaterCallGenerators.applications(p).mix(LaterCallGenerators.eligibleApplications(p), 40);
    }

    @Test
    void the_rules_and_the_hand_written_policy_agree_on_ten_thousand_promotion_3_applications() {
        agree(3, everyKind(EigRules.builtIn().parameters(3)), APPLICATIONS);
    }

    @Test
    void the_rules_and_the_hand_written_policy_agree_on_five_thousand_promotion_4_applications() {
        agree(4, everyLaterKind(EigRules.builtIn().parameters(4)), LATER_CALL_APPLICATIONS);
    }

    @Test
    void the_rules_and_the_hand_written_policy_agree_on_five_thousand_promotion_5_applications() {
        agree(5, everyLaterKind(EigRules.builtIn().parameters(5)), LATER_CALL_APPLICATIONS);
    }

    private static void agree(int promotion, Gen<Application> applications, int count) {
        EigRules rules = EigRules.builtIn();
        AtomicInteger compared = new AtomicInteger();
        // QuickTheories skips a generated value equal to one it already tried: ask for a few more.
        qt().withExamples(count).forAll(applications)
                .checkAssert(a -> {
                    assertThat(rules.violations(a)).as("a generated promotion %d file is valid", promotion).isEmpty();
                    Decision drools = rules.evaluate(a);
                    List<String> differences = DecisionComparison.differences(drools, HandWrittenPolicy.decide(a));
                    compared.incrementAndGet();
                    assertThat(differences).as("%s", a).isEmpty();
                });
        assertThat(compared.get()).isGreaterThanOrEqualTo(count);
    }

    @Test
    void the_generators_reach_every_verdict_and_both_money_outcomes_in_promotions_4_and_5() {
        EigRules rules = EigRules.builtIn();
        for (int promotion : new int[]{4, 5}) {
            List<Decision> decisions = new ArrayList<>();
            qt().withFixedSeed(4500 + promotion).withExamples(1000).forAll(everyLaterKind(rules.parameters(promotion)))
                    .checkAssert(a -> decisions.add(rules.evaluate(a)));
            assertThat(decisions).extracting(Decision::verdict).as("promotion %d verdicts", promotion)
                    .contains(org.eigrules.decision.Verdict.values());
            assertThat(decisions).as("promotion %d: some granted", promotion).anyMatch(d -> d.coFinancing().granted());
            assertThat(decisions).as("promotion %d: some eligible but refused the money", promotion)
                    .anyMatch(d -> d.verdict() == org.eigrules.decision.Verdict.ELIGIBLE && !d.coFinancing().granted()
                            && d.coFinancing().mode() == org.eigrules.model.FundingMode.CO_FINANCED);
            if (promotion == 5) {
                assertThat(decisions).as("promotion 5: some ranges").anyMatch(d -> d.coFinancing().grantRange() != null);
                assertThat(decisions).as("promotion 5: some exact grants").anyMatch(d -> d.coFinancing().granted()
                        && d.coFinancing().grantAmount() != null);
            }
        }
    }
}
