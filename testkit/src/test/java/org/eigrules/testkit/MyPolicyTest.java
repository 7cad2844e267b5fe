package org.eigrules.testkit;

// The README's "Checking a policy with property tests" example, verbatim: it must compile and pass.

import org.eigrules.EigRules;
import org.eigrules.decision.Verdict;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.testkit.Breakages;
import org.eigrules.testkit.PolicyInvariants;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.quicktheories.QuickTheory.qt;

class MyPolicyTest {

    @Test
    void my_rules_keep_every_invariant() {
        EigRules rules = EigRules.builtIn();      // or EigRules.fromFolder(Path.of("my-rules"))
        PolicyInvariants.of(rules).withExamples(500).checkAll();
    }

    @Test
    void a_late_file_fails_only_the_calendar_clause() {
        EigRules rules = EigRules.builtIn();
        PromotionParameters p3 = rules.parameters(3);
        qt().forAll(Breakages.failingExactly("CAL-1", p3)).check(broken ->
                rules.evaluate(broken.broken()).failedClauses().equals(List.of("CAL-1"))
                        && rules.evaluate(broken.original()).verdict() == Verdict.ELIGIBLE);
    }
}
