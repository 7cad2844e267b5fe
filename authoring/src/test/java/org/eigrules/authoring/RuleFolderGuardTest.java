package org.eigrules.authoring;

import org.eigrules.EigRules;
import org.eigrules.ruleset.RuleSource;
import org.eigrules.EvaluationLimits;
import org.eigrules.ruleset.RuleSetProblem;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.EvaluationException;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.ApplicationDraft.eligible;

/**
 * A rule folder is code: rules that never stop, that throw, or that reach outside the
 * evaluation (the process, files, reflection, threads, the network) are stopped or refused,
 * with an error naming the rule, and the next evaluation is still answered.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleFolderGuardTest {

    private static final String HEADER = """
            package org.eigrules.rules

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
        Files.writeString(folder.resolve("rules/hostile.drl"), HEADER
                + rule("TEST loops by updating its own fact", "    $c : Challenge( name == \"loop\" )", "    update($c);")
                + rule("TEST seeds a growing fact", "    Challenge( name == \"insert\" )", "    insert(\"x\");")
                + rule("TEST grows a fact each time it fires", "    Challenge( name == \"insert\" )\n    $s : String()",
                        "    insert($s + \"x\");")
                + rule("TEST throws", "    Challenge( name == \"throw\" )",
                        "    throw new ArithmeticException(\"overflow in a test rule\");")
                + rule("TEST blocks inside its consequence", "    Challenge( name == \"block\" )",
                        "    try { new java.util.concurrent.CountDownLatch(1).await(); } catch (InterruptedException e) { }"));
        hostile = RuleFolders.load(folder);
    }

    private static Application named(String name) {
        return eligible().with("challenge.name", name).build();
    }

    @Test
    void a_rule_that_updates_its_own_fact_without_no_loop_is_stopped_by_the_firing_limit() {
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> hostile.evaluate(named("loop")));
        assertThat(e.getMessage()).startsWith("the rules fired more than " + hostile.limits().maxFirings()
                + " times (the firing limit)").contains("last rules fired: TEST loops by updating its own fact");
        assertThat(e.lastRulesFired()).contains("TEST loops by updating its own fact");
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
                .contains("TEST loops by updating its own fact");
    }

    @Test
    void a_consequence_that_never_returns_is_left_behind_at_the_time_limit() {
        EigRules quick = hostile.withLimits(new EvaluationLimits(1_000, Duration.ofMillis(300)));
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> quick.evaluate(named("block")));
        assertThat(e.getMessage()).startsWith("the evaluation ran longer than 300 ms (the time limit) inside one rule's "
                + "consequence").contains("TEST blocks inside its consequence");
        assertThat(quick.evaluate(named("fine")).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void an_exception_in_a_consequence_fails_that_evaluation_only() {
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> hostile.evaluate(named("throw")));
        assertThat(e.getMessage()).startsWith("a rule failed: arithmetic error: overflow in a test rule")
                .contains("TEST throws");
        assertThat(hostile.evaluate(named("fine")).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    private static List<String> refused(Path dir, String when, String then) throws IOException {
        Files.writeString(dir.resolve("bad.drl"), HEADER + rule("TEST reaches outside", when, then));
        return catchThrowableOfType(InvalidRuleSetException.class, () -> RuleFolders.ruleSet(dir)).problems().stream()
                .map(RuleSetProblem::toString).toList();
    }

    @Test
    void system_exit_in_a_consequence_is_refused_at_load_with_file_line_and_rule(@TempDir Path dir) throws IOException {
        assertThat(refused(dir, "    Challenge()", "    System.exit(3);")).containsExactly(
                "bad.drl:14:5: rule \"TEST reaches outside\" uses System: a rule may not use System (it can end the "
                        + "process, read the environment or write to the terminal); rules read their facts and record findings only");
    }

    @Test
    void files_processes_reflection_threads_and_the_network_are_refused_at_load(@TempDir Path dir) throws IOException {
        assertThat(refused(dir, "    Challenge()", "    java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));"))
                .isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("bad.drl:14:").contains("rule \"TEST reaches outside\""))
                .anySatisfy(p -> assertThat(p).contains("may not use files"));
        assertThat(refused(dir, "    Challenge()", "    new ProcessBuilder(\"id\").start();"))
                .singleElement().asString().contains("may not use processes");
        assertThat(refused(dir, "    Challenge()", "    Runtime.getRuntime().halt(3);"))
                .singleElement().asString().contains("may not use Runtime");
        assertThat(refused(dir, "    $c : Challenge()", "    $c.getClass().getDeclaredMethods();"))
                .isNotEmpty().allSatisfy(p -> assertThat(p).contains("may not use reflection"));
        assertThat(refused(dir, "    Challenge()", "    new Thread(() -> {}).start();"))
                .singleElement().asString().contains("may not use threads");
        assertThat(refused(dir, "    Challenge()", "    new java.net.Socket(\"example.org\", 80);"))
                .isNotEmpty().anySatisfy(p -> assertThat(p).contains("may not use the network"));
    }

    @Test
    void forbidden_words_in_comments_and_strings_are_not_code() {
        String text = HEADER + "// System.exit is not called here\n"
                + rule("TEST only talks about System.exit", "    Challenge( name == \"Runtime\" )",
                "    /* new Thread() */ findings.fail(\"CHL-1.no-problem\");");
        assertThat(UnsafeCodeCheck.check(new RuleSource("talk.drl", text))).isEmpty();
    }

    @Test
    void the_built_in_rules_pass_the_check() {
        for (RuleSource source : RuleSet.builtIn().sources()) {
            assertThat(UnsafeCodeCheck.check(source)).as(source.file()).isEmpty();
        }
    }
}
