package org.eigrules.authoring;

import org.eigrules.ApplicationDraft;
import org.eigrules.EigRules;
import org.eigrules.decision.Verdict;
import org.eigrules.ruleset.RuleSet;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading a rule folder logs nothing at INFO or WARN, as the built-in rules do not (eig-rules'
 * QuietLogsTest). Each case runs in a fresh JVM on the test class path, with the SLF4J simple
 * provider at INFO (it prints every line at INFO and above) and java.util.logging at its defaults.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuietFolderLogsTest {


    @Test
    void loading_a_rule_folder_and_evaluating_logs_nothing(@TempDir Path folder) throws Exception {
        RuleSet.copyBuiltInFiles(folder);
        List<String> lines = run(folder.toString());
        assertThat(lines).as("the run's own check").contains("ELIGIBLE");
        assertThat(lines.stream().filter(l -> !l.equals("ELIGIBLE")))
                .as("log lines").isEmpty();
    }

    @Test
    void a_folder_whose_rules_do_not_compile_is_reported_with_nothing_at_info_or_warn(@TempDir Path folder)
            throws Exception {
        RuleSet.copyBuiltInFiles(folder);
        Path challenge = folder.resolve("rules/challenge.drl");
        java.nio.file.Files.writeString(challenge, java.nio.file.Files.readString(challenge)
                .replace("durationMonths != null", "durationMonth != null"));
        List<String> lines = run(folder.toString());
        assertThat(lines).as("the run's own check").contains("INVALID");
        // Drools' KieProject logs one ERROR line, "Unable to build KieBaseModel", that cannot be
        // turned off from here; the problems themselves come back in the exception.
        assertThat(lines).noneMatch(l -> l.contains(" INFO ") || l.contains(" WARN "));
    }

    private static List<String> run(String folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                Run.class.getName(), folder)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(l -> !l.isBlank()).toList();
    }

    /** What a rule author's program does: load the folder once, evaluate. */
    public static final class Run {
        public static void main(String[] args) {
            EigRules rules;
            try {
                rules = RuleFolders.load(Path.of(args[0]));
            } catch (org.eigrules.ruleset.InvalidRuleSetException e) {
                System.out.println("INVALID");
                return;
            }
            Verdict verdict = rules.evaluate(ApplicationDraft.eligible().build()).verdict();
            System.out.println(verdict);
        }
    }
}
