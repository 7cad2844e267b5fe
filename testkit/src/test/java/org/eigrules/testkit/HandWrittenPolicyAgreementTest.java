package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.decision.Decision;
import org.eigrules.model.Application;
import org.eigrules.oracle.DecisionComparison;
import org.eigrules.oracle.HandWrittenPolicy;
import org.eigrules.promotion.PromotionParameters;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** The Drools rules and the hand-written promotion 3 policy agree on every decision field. */
class HandWrittenPolicyAgreementTest {

    static final int APPLICATIONS = 10_000;

    /** Every kind of generated application: any verdict, eligible at the limits, broken once, missing once. */
    static Gen<Application> everyKind(PromotionParameters p) {
        return EigGenerators.applications(p)
                .mix(EigGenerators.eligibleApplications(p), 30)
                .mix(Breakages.failingExactlyOne(p).map(Breakages.Broken::broken), 25)
                .mix(Breakages.missingExactlyOne(p).map(Breakages.Missing::application), 20);
    }

    @Test
    void the_rules_and_the_hand_written_policy_agree_on_ten_thousand_applications() {
        EigRules rules = EigRules.builtIn();
        AtomicInteger compared = new AtomicInteger();
        // QuickTheories skips a generated value equal to one it already tried: ask for a few more.
        qt().withExamples(APPLICATIONS + APPLICATIONS / 100).forAll(everyKind(rules.parameters(3))).checkAssert(a -> {
            Decision drools = rules.evaluate(a);
            List<String> differences = DecisionComparison.differences(drools, HandWrittenPolicy.decide(a));
            compared.incrementAndGet();
            assertThat(differences).as("%s", a).isEmpty();
        });
        assertThat(compared.get()).isGreaterThanOrEqualTo(APPLICATIONS);
    }
}
