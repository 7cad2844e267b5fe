package org.eigrules.engine;

import org.eigrules.ApplicationDraft;
import org.eigrules.EigRules;
import org.eigrules.decision.Verdict;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A library logs nothing at INFO or WARN in normal use. Logging is set up once per JVM, and other
 * tests have already started the engine in this one, so each case runs in a fresh JVM on the test
 * class path, with the SLF4J simple provider at INFO and java.util.logging at its defaults.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuietLogsTest {


    @Test
    void evaluating_with_the_built_in_rules_logs_nothing() throws Exception {
        List<String> lines = run();
        assertThat(lines).as("the run's own check").contains("ELIGIBLE");
        assertThat(lines.stream().filter(l -> !l.equals("ELIGIBLE")))
                .as("log lines").isEmpty();
    }

    private static List<String> run() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                Run.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(l -> !l.isBlank()).toList();
    }

    /** What an application does: build the rules once, read nothing else, evaluate. */
    public static final class Run {
        public static void main(String[] args) {
            EigRules rules = EigRules.builtIn();
            Verdict verdict = rules.evaluate(ApplicationDraft.eligible().build()).verdict();
            System.out.println(verdict);
        }
    }
}
