package org.eigrules.testkit;

// docs/property-tests.md's example test, verbatim: it must compile and pass.

import org.eigrules.EigRules;
import org.eigrules.decision.Verdict;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.testkit.Applications;
import org.eigrules.testkit.Breakages;
import org.eigrules.testkit.PolicyInvariants;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.quicktheories.QuickTheory.qt;

class MyPolicyTest {

    EigRules rules = EigRules.builtIn();      // or RuleFolders.load(Path.of("my-rules")), from eig-authoring

    @Test
    void my_rules_keep_every_invariant() {
        invariants(rules).withExamples(200).checkAll();
    }

    /** The kit's invariants, told what my-rules adds: a rule reading the high-level mentor's e-mail. */
    static PolicyInvariants invariants(EigRules rules) {
        return PolicyInvariants.of(rules)
                .withGenerators(eligible -> eligible.map(a ->  // the kit's eligible files give no e-mail there
                        Applications.with(a, "mentors.highLevel.email", "mentor@example.org")))
                .without("decidedClausesStayDecided", "CHL-5 takes two mentors without e-mails for one "
                        + "person by their names; the e-mail my rule asks for may then tell them apart")
                .withInvariant("a given e-mail is never missing", a -> {
                    boolean given = Applications.get(a, "mentors.highLevel.email") != null;
                    if (given && rules.evaluate(a).missing().stream()
                            .anyMatch(m -> m.field().equals("mentors.highLevel.email"))) {
                        throw new AssertionError("the e-mail is given, yet listed as missing: " + a);
                    }
                });
    }

    @Test
    void a_late_file_fails_only_the_calendar_clause() {
        PromotionParameters p3 = rules.parameters(3);
        qt().forAll(Breakages.failingExactly("CAL-1", p3)).check(broken ->
                rules.evaluate(broken.broken()).failedClauses().equals(List.of("CAL-1"))
                        && rules.evaluate(broken.original()).verdict() == Verdict.ELIGIBLE);
    }
}
