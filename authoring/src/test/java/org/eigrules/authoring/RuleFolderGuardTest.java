package org.eigrules.authoring;

import org.eigrules.EigRules;
import org.eigrules.evaluation.EvaluationLimits;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.evaluation.EvaluationException;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.ApplicationDraft.eligible;

/**
 * Rules a folder may write that still misbehave — that never stop firing, grow the working
 * memory or throw — are stopped by the evaluation limits, with an error naming the rule, and the
 * next evaluation is still answered. (What a folder may not write is refused before it is built:
 * {@link RuleFolderAttacksTest}.)
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleFolderGuardTest {

    private static final String HEADER = """
            package org.eigrules.rules

            import java.math.BigDecimal
            import org.eigrules.rules.cofinancing.PiaRefused
            import org.eigrules.engine.selection.Walk
            import org.eigrules.model.Challenge

            global org.eigrules.engine.Findings findings

            """;

    private static String rule(String name, String when, String then) {
        return "rule \"" + name + "\"\n    @clause(\"CHL-1\")\n    @promotions(\"3\")\n    @source(\"a test\")\nwhen\n"
                + when + "\nthen\n" + then + "\nend\n\n";
    }

    @TempDir
    static Path folder;
    static EigRules hostile;

    /** The built-in rules plus rules that misbehave for défis with a given name; compiled once. */
    @BeforeAll
    static void aFolderWithMisbehavingRules() throws IOException {
        RuleSet.copyBuiltInFiles(folder);
        // Rules the allow-list lets through that still misbehave: the evaluation limits stop them.
        Files.writeString(folder.resolve("rules/hostile.drl"), HEADER
                + rule("TEST starts a walk", "    Challenge( name == \"loop\" )\n    not Walk()",
                        "    insert(new Walk(BigDecimal.ONE));")
                + rule("TEST loops by modifying its own fact", "    Challenge( name == \"loop\" )\n    $w : Walk()",
                        "    modify($w) { holdRest() }")
                + rule("TEST seeds a growing fact", "    Challenge( name == \"insert\" )", "    insert(new PiaRefused());")
                + rule("TEST grows a fact each time it fires", "    Challenge( name == \"insert\" )\n    PiaRefused()",
                        "    insert(new PiaRefused());")
                + rule("TEST throws", "    Challenge( name == \"throw\" )",
                        "    findings.note(\"CHL-1.no-problem\", BigDecimal.ONE.divide(BigDecimal.ZERO));"));
        hostile = RuleFolders.load(folder);
    }

    private static Application named(String name) {
        return eligible().with("challenge.name", name).build();
    }

    @Test
    void a_rule_that_modifies_its_own_fact_without_no_loop_is_stopped_by_the_firing_limit() {
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> hostile.evaluate(named("loop")));
        assertThat(e.getMessage()).startsWith("the rules fired more than " + hostile.limits().maxFirings()
                + " times (the firing limit)").contains("last rules fired: TEST loops by modifying its own fact");
        assertThat(e.lastRulesFired()).contains("TEST loops by modifying its own fact");
        assertThat(hostile.evaluate(named("fine")).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void the_firing_limit_comes_from_the_rule_set_size_and_can_be_changed() {
        assertThat(hostile.limits().maxFirings()).isEqualTo(Math.max(EvaluationLimits.MIN_FIRINGS,
                EvaluationLimits.FIRINGS_PER_RULE * hostile.rules().size()));
        EigRules strict = hostile.withLimits(new EvaluationLimits(10, Duration.ofSeconds(10)));
        assertThat(catchThrowableOfType(EvaluationException.class, () -> strict.evaluate(named("loop"))))
                .hasMessageStartingWith("the rules fired more than 10 times");
    }

    @Test
    void a_rule_that_inserts_a_fact_each_time_it_fires_is_stopped_before_memory_runs_out() {
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> hostile.evaluate(named("insert")));
        assertThat(e.lastRulesFired()).contains("TEST grows a fact each time it fires");
    }

    @Test
    void the_time_limit_ends_an_evaluation_with_the_last_rules_fired() {
        EigRules quick = hostile.withLimits(new EvaluationLimits(Integer.MAX_VALUE, Duration.ofMillis(200))); // long enough to reach the loop on a busy machine
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> quick.evaluate(named("loop")));
        assertThat(e.getMessage()).startsWith("the evaluation ran longer than 200 ms (the time limit)")
                .contains("TEST loops by modifying its own fact");
    }

    @Test
    void an_exception_in_a_consequence_fails_that_evaluation_only() {
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> hostile.evaluate(named("throw")));
        assertThat(e.getMessage()).startsWith("a rule failed: arithmetic error: ")
                .contains("TEST throws");
        assertThat(hostile.evaluate(named("fine")).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }
}
