package org.eigrules.cli;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.DATAJUST;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/**
 * Reviewing or using a hostile rule folder runs nothing of it: a rule whose condition would write
 * a file as soon as the folder is built, and a rule whose name would break into the generated
 * code, are refused by every command with their file and line; no file is written, nothing is
 * printed on the standard output as an answer, and the command ends with status 1.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(120)
class HostileFolderCommandsTest {

    private static String attack(Path pwned) {
        return """
                package org.eigrules.rules

                import org.eigrules.model.Challenge

                global org.eigrules.engine.Findings findings

                rule "CHL-1 writes a file while the folder is built"
                    @clause("CHL-1")
                    @promotions("3")
                    @source("a test")
                when
                    eval( new java.io.File("%s").createNewFile() )
                then
                    findings.fail("CHL-1.no-problem");
                end

                rule "CHL-1 \\"); System.out.println(\\"ELIGIBLE\\"); //"
                    @clause("CHL-1")
                    @promotions("3")
                    @source("a test")
                when
                    Challenge()
                then
                    findings.fail("CHL-1.no-problem");
                end
                """.formatted(pwned.toString().replace("\\", "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs", "docs-with-scenarios", "diff", "check", "evaluate", "explain"})
    void a_hostile_folder_is_refused_and_nothing_of_it_runs(String command, @TempDir Path dir) throws IOException {
        Path pwned = dir.resolve("PWNED");
        Path rules = Files.createDirectories(dir.resolve("folder/rules"));
        Files.writeString(rules.resolve("attack.drl"), attack(pwned));
        Path folder = dir.resolve("folder");
        List<Object> args = switch (command) {
            case "docs" -> List.of("docs", "--rules", folder, "--out", dir.resolve("RULES.md"));
            case "docs-with-scenarios" -> List.of("docs", "--rules", folder, "--scenarios", AuthoringCommandsTest.SCENARIOS);
            case "diff" -> List.of("diff", "--rules", folder, "--from", "3", "--to", "4");
            case "check" -> List.of("check", "--rules", folder, AuthoringCommandsTest.SCENARIOS);
            case "evaluate" -> List.of("evaluate", "--rules", folder, DATAJUST);
            default -> List.of("explain", "--rules", folder, DATAJUST);
        };
        EvaluateCommandTest.Run run = eig(args.toArray());
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("rules/attack.drl:12: rule \"CHL-1 writes a file while the folder is built\" "
                + "uses eval").contains("rules/attack.drl:17: the rule name holds '\"'");
        assertThat(run.out()).doesNotContain("ELIGIBLE").doesNotContain("ÉLIGIBLE");
        assertThat(pwned).doesNotExist();
        assertThat(dir.resolve("RULES.md")).doesNotExist();
    }
}
