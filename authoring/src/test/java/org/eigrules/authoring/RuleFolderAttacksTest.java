package org.eigrules.authoring;

import org.eigrules.EigRules;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.RuleSetProblem;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.ApplicationDraft.eligible;

/**
 * A hostile rule folder: each attack a folder's author could try — to run a program, end the
 * process, read or write a file, reach a naming service, break out of a rule's name into the
 * generated code, loop while loading — is refused when the folder is checked, with its file and
 * line, before anything of it is compiled or run, whether the folder is loaded or only reviewed
 * (documentation, comparison). None writes its file, ends the test's process or hangs.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(120)
class RuleFolderAttacksTest {

    private static final String HEADER = """
            package org.eigrules.rules

            import org.eigrules.model.Challenge
            import org.eigrules.model.Host

            global org.eigrules.engine.Findings findings

            """;

    /** A rule with the given name, attributes, condition and consequence. */
    private static String rule(String name, String attributes, String when, String then) {
        return "rule \"" + name + "\"\n    @clause(\"CHL-1\")\n    @promotions(\"3\")\n    @source(\"a test\")\n"
                + attributes + "when\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private static String then(String consequence) {
        return HEADER + rule("CHL-1 attack", "", "$c : Challenge()", consequence);
    }

    private static String when(String condition) {
        return HEADER + rule("CHL-1 attack", "", condition, "findings.fail(\"CHL-1.no-problem\");");
    }

    /** An attack: the rule file, and the text on the line it must be refused at. */
    record Attack(String name, String drl, String at) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Attack> attacks() {
        return Stream.of(
                new Attack("a Unicode escape spelling Runtime", then("\\u0052untime.getRuntime().exec(\"touch PWNED\");"),
                        "\\u0052untime"),
                new Attack("a Unicode escape spelling System", then("java.lang.\\u0053ystem.exit(42);"), "\\u0053ystem"),
                new Attack("a Unicode escape in a comment", HEADER + "// \\u000a java.lang.System.exit(42);\n"
                        + rule("CHL-1 attack", "", "Challenge()", "findings.fail(\"CHL-1.no-problem\");"), "\\u000a"),
                new Attack("a rule name that leaves its string", HEADER + rule("x\\\"); java.lang.System.exit(42); //", "",
                        "Challenge()", "findings.fail(\"CHL-1.no-problem\");"), "rule \"x"),
                new Attack("metadata that leaves its string", HEADER + "rule \"CHL-1 attack\"\n    @clause(\"CHL-1\")\n"
                        + "    @promotions(\"3\")\n    @source(\"a\\\" + java.lang.System.exit(42) + \\\"\")\nwhen\n"
                        + "    Challenge()\nthen\n    findings.fail(\"CHL-1.no-problem\");\nend\n", "@source"),
                new Attack("reflection through a class literal", then("String.class.forName(\"java.lang.Runtime\");"),
                        "String.class"),
                new Attack("reflection through getClass", then("$c.getClass().getClassLoader();"), "getClass"),
                new Attack("an enum's class", when("Host( kind.getDeclaringClass() != null )"), "Host("),
                new Attack("java.beans.Expression", then("new java.beans.Expression(null, \"exec\", null).getValue();"),
                        "java.beans"),
                new Attack("a Formatter writing a file", then("new java.util.Formatter(\"PWNED\").close();"),
                        "java.util.Formatter"),
                new Attack("a logging file handler", then("new java.util.logging.FileHandler(\"PWNED\").close();"),
                        "FileHandler"),
                new Attack("a management bean", then("java.lang.management.ManagementFactory.getPlatformMBeanServer();"),
                        "ManagementFactory"),
                new Attack("a naming service", then("new javax.naming.InitialContext().lookup(\"ldap://127.0.0.1/x\");"),
                        "InitialContext"),
                new Attack("ObjectInputStream by name", then("new java.io.ObjectInputStream(null).readObject();"),
                        "ObjectInputStream"),
                new Attack("a process", then("new ProcessBuilder(\"touch\", \"PWNED\").start();"), "ProcessBuilder"),
                new Attack("Runtime", then("Runtime.getRuntime().halt(42);"), "Runtime"),
                new Attack("a thread", then("new Thread().start();"), "Thread"),
                new Attack("a forged answer on the standard output", then("System.out.println(\"ELIGIBLE\");"),
                        "System.out"),
                new Attack("a file read into a reason", then("findings.fail(\"CHL-1.no-problem\", "
                        + "java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/hostname\")));"), "java.nio"),
                new Attack("an MVEL rule", HEADER + rule("CHL-1 attack", "    dialect \"mvel\"\n", "Challenge()",
                        "findings.fail(\"CHL-1.no-problem\");"), "dialect"),
                new Attack("a constant eval", when("eval( java.lang.Runtime.getRuntime().exec(\"touch PWNED\") != null )"),
                        "eval("),
                new Attack("a looping eval and its function", HEADER
                        + "function boolean spin() { while (true) { } }\n\n"
                        + rule("CHL-1 attack", "", "eval( spin() )", "findings.fail(\"CHL-1.no-problem\");"), "function"),
                new Attack("a salience computed by code", HEADER + rule("CHL-1 attack",
                        "    salience ( java.lang.System.exit(42) )\n", "Challenge()",
                        "findings.fail(\"CHL-1.no-problem\");"), "salience"),
                new Attack("a declared type", HEADER + "declare Evil\n    name : String\nend\n\n"
                        + rule("CHL-1 attack", "", "Challenge()", "findings.fail(\"CHL-1.no-problem\");"), "declare"),
                new Attack("a query", HEADER + "query \"evil\"\n    Challenge()\nend\n", "query"),
                new Attack("an import outside the facts", HEADER.replace("import org.eigrules.model.Host",
                        "import java.io.File") + rule("CHL-1 attack", "", "Challenge()",
                        "findings.fail(\"CHL-1.no-problem\");"), "import java.io.File"),
                new Attack("a lambda", then("findings.fail(\"CHL-1.no-problem\", (Runnable) () -> { });"), "Runnable"),
                new Attack("a loop", then("while (true) { }"), "while"),
                new Attack("an array", then("findings.fail(\"CHL-1.no-problem\", new long[1000000000]);"), "long"),
                new Attack("the rule engine's context", then("drools.getKieRuntime().halt();"), "drools"),
                new Attack("from an expression", when("$e : Challenge() from java.lang.System.getenv()"), "from"),
                new Attack("an accumulate with code of its own", when("Number() from accumulate( Challenge(), "
                        + "init( java.lang.System.exit(42); ) action( ) result( 1 ) )"), "accumulate"),
                new Attack("the platform's package", HEADER.replace("package org.eigrules.rules", "package java.lang")
                        + rule("CHL-1 attack", "", "Challenge()", "findings.fail(\"CHL-1.no-problem\");"),
                        "package java.lang"),
                new Attack("a static call off the list", then("findings.fail(\"CHL-1.no-problem\", String.format(\"%s\", "
                        + "$c));"), "String.format"),
                new Attack("an exception thrown by the rule", then("throw new AssertionError(\"boom\");"), "throw"),
                new Attack("an unlisted global", HEADER.replace("global org.eigrules.engine.Findings findings",
                        "global java.lang.Runtime runtime") + rule("CHL-1 attack", "", "Challenge()", "runtime.halt(42);"),
                        "global java.lang.Runtime"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void an_attack_is_refused_at_check_time_with_its_file_and_line(Attack attack, @TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("attack.drl"), attack.drl());
        int line = lineOf(attack.drl(), attack.at());
        for (String way : List.of("load", "review")) {
            InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class, () -> {
                if (way.equals("load")) {
                    RuleFolders.load(dir);
                } else {
                    RuleFolders.review(dir);
                }
            });
            assertThat(e).as(way).isNotNull();
            assertThat(e.problems()).as(way).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/attack.drl"))
                    .anySatisfy(p -> assertThat(p.line()).isEqualTo(line));
            assertThat(e.problems().stream().map(RuleSetProblem::message)).as(way)
                    .allSatisfy(m -> assertThat(m).doesNotContain("org.eigrules").doesNotContain("Exception")
                            .doesNotContain("Descr"));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("PWNED");
        }
        assertThat(Path.of("PWNED")).doesNotExist();
    }

    private static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void every_problem_of_a_file_comes_at_once_each_at_its_line(@TempDir Path dir) throws IOException {
        String drl = HEADER + rule("CHL-1 first", "", "Challenge()", "System.exit(1);")
                + rule("CHL-1 second", "", "Challenge()", "findings.fail(\"CHL-1.no-problem\");\n    new Thread();");
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/two.drl"), drl);
        List<RuleSetProblem> problems = catchThrowableOfType(InvalidRuleSetException.class,
                () -> RuleFolders.load(dir)).problems();
        assertThat(problems).extracting(RuleSetProblem::line)
                .containsExactly(lineOf(drl, "System.exit"), lineOf(drl, "new Thread"));
        assertThat(problems.get(0).message()).startsWith("rule \"CHL-1 first\" names \"System.exit\"");
        assertThat(problems.get(1).message()).startsWith("rule \"CHL-1 second\" creates \"Thread\"");
    }

    @Test
    void a_build_past_its_time_limit_is_abandoned_with_a_clear_error(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/fine.drl"), when("Challenge( problem == null )"));
        InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
                () -> FolderLoader.load(dir, Duration.ofMillis(1)));
        assertThat(e.problems()).singleElement().extracting(RuleSetProblem::message).asString()
                .isEqualTo("building the rules took longer than the limit of 1 ms; the build was abandoned");
    }

    @Test
    void review_reads_the_rules_metadata_without_building_and_cannot_evaluate(@TempDir Path dir) throws IOException {
        RuleSet.copyBuiltInFiles(dir);
        RuleSet reviewed = RuleFolders.review(dir);
        RuleSet builtIn = RuleSet.builtIn();
        assertThat(reviewed.rules()).extracting(RuleMetadata::rule, RuleMetadata::clause, RuleMetadata::promotions,
                        RuleMetadata::source, RuleMetadata::line, RuleMetadata::parameters)
                .containsExactlyElementsOf(builtIn.rules().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.rule(),
                        r.clause(), r.promotions(), r.source(), r.line(), r.parameters())).toList());
        assertThat(reviewed.parameters()).isEqualTo(builtIn.parameters());
        EigRules rules = EigRules.of(reviewed);
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> rules.evaluate(eligible().build())))
                .hasMessageContaining("read for review");
    }
}
