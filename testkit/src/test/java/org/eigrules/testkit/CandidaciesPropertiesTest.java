package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.engine.candidacy.CandidateParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.TreeSet;

import static org.quicktheories.QuickTheory.qt;

/** The built-in candidates' rules keep every invariant and agree with the hand-written policy, per promotion. */
class CandidaciesPropertiesTest {

    private static final EigRules RULES = EigRules.builtIn();

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void the_built_in_candidates_rules_keep_every_invariant(int promotion) {
        CandidacyInvariants.of(RULES, promotion).withExamples(150).checkAll();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void the_rules_agree_with_the_hand_written_policy_on_every_decision(int promotion) {
        CandidateParameters p = CandidateParameters.of(RULES.parameters(promotion));
        qt().withExamples(2000).forAll(CandidacyGenerators.candidacies(p)).checkAssert(c -> {
            CandidacyDecision d = RULES.evaluate(c);
            HandWrittenCandidatePolicy.Outcome expected = HandWrittenCandidatePolicy.decide(c);
            org.assertj.core.api.Assertions.assertThat(d.verdict().name()).as("%s", c).isEqualTo(expected.verdict());
            org.assertj.core.api.Assertions.assertThat(new TreeSet<>(d.failedClauses())).as("%s", c).isEqualTo(expected.failed());
            org.assertj.core.api.Assertions.assertThat(new TreeSet<>(d.missing().stream().map(m -> m.field() + " " + m.clause())
                    .toList())).as("%s", c).isEqualTo(expected.missing());
        });
    }

    /** The built-in rules with one line of promotions/p3.yaml replaced. */
    private static EigRules withP3(String from, String to) throws java.io.IOException {
        String text;
        try (java.io.InputStream in = EigRules.class.getClassLoader().getResourceAsStream("org/eigrules/promotions/p3.yaml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        org.assertj.core.api.Assertions.assertThat(text).contains(from);
        return EigRules.of(org.eigrules.ruleset.RuleSet.builtIn().withParameters(org.eigrules.ruleset.ParameterFiles.read(
                "p3.yaml", new java.io.ByteArrayInputStream(text.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    }

    @org.junit.jupiter.api.Test
    void the_oracle_catches_a_changed_value_that_the_invariants_cannot_see() throws java.io.IOException {
        // The invariants read the values from the rule set they check, so a changed limit keeps
        // them; the oracle holds its own copy of the values and catches it.
        EigRules threeChoices = withP3("    value: 2\n    source:\n      fr: \"AAC3 art. 4-5", "    value: 3\n    source:\n      fr: \"AAC3 art. 4-5");
        CandidacyInvariants.of(threeChoices, 3).withExamples(50).checkAll();
        CandidateParameters p = CandidateParameters.of(threeChoices.parameters(3));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> qt().withExamples(2000).withFixedSeed(13)
                        .forAll(CandidacyGenerators.candidacies(p)).checkAssert(c -> org.assertj.core.api.Assertions
                                .assertThat(threeChoices.evaluate(c).verdict().name())
                                .isEqualTo(HandWrittenCandidatePolicy.decide(c).verdict())))
                .isInstanceOf(AssertionError.class);
    }
}
