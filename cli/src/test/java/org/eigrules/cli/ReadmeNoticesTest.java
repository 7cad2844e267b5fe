package org.eigrules.cli;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices and the replay docs/accountability.md shows are what the commands print: every line
 * it shows (but the {@code …} that shortens them) is a line of the output, the rules' fingerprint aside.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadmeNoticesTest {

    private static final Path ROOT = EvaluateCommandTest.EXAMPLES.getParent();
    private static final Pattern BLOCK = Pattern.compile("(?s)```markdown\n(.*?)```\n");
    /** The command a notice's block follows: {@code ./eig notice [--lang en] FILE}. */
    private static final Pattern COMMAND = Pattern.compile("`\\./eig notice (--lang en )?(\\S+)`.{0,200}?```markdown\n(.*?)```\n",
            Pattern.DOTALL);

    private static String withoutFingerprints(String text) {
        return text.replaceAll("[0-9a-f]{64}", "…").replaceAll("[0-9a-f]{12} → [0-9a-f]{12}", "… → …");
    }

    private static void assertShown(String block, String printed) {
        List<String> lines = List.of(withoutFingerprints(printed).split("\n", -1));
        for (String line : block.split("\n")) {
            if (!line.equals("…")) {
                assertThat(lines).as("a docs/accountability.md line the command does not print").contains(line);
            }
        }
    }

    @Test
    void the_documented_notices_are_what_eig_notice_prints() throws IOException {
        Matcher blocks = COMMAND.matcher(Files.readString(ROOT.resolve("docs/accountability.md")));
        List<String> files = new ArrayList<>();
        while (blocks.find()) {
            String block = blocks.group(3);
            String file = blocks.group(2);
            files.add(file);
            String language = blocks.group(1) != null ? "en" : "fr";
            assertThat(block.startsWith("# Notice of")).as("the block is in the command's language").isEqualTo(language.equals("en"));
            EvaluateCommandTest.Run run = EvaluateCommandTest.eig("notice", "--lang", language, ROOT.resolve(file));
            assertThat(run.status()).as(run.err()).isZero();
            assertShown(block, run.out());
        }
        assertThat(BLOCK.matcher(Files.readString(ROOT.resolve("docs/accountability.md"))).results().count())
                .as("every notice block follows its command").isEqualTo(files.size());
        assertThat(files).containsExactly("examples/selected-p3/datajust.yaml",
                "examples/ineligible/a-company-may-not-host-a-defi.yaml",
                "examples/incomplete/a-team-member-whose-role-could-make-the-team-multidisciplinary.yaml");
    }

    @Test
    void the_documented_replay_is_what_eig_replay_prints(@TempDir Path folder) throws IOException {
        String readme = Files.readString(ROOT.resolve("docs/accountability.md"));
        Matcher replay = Pattern.compile("(?s)\\./eig replay --lang en --rules my-rules records/\\*\\.record\\.json\n```\n```\n(.*?)```\n").matcher(readme);
        assertThat(replay.find()).isTrue();
        Path p3 = Files.createDirectories(folder.resolve("promotions")).resolve("p3.yaml");
        Files.writeString(p3, Files.readString(ROOT.resolve("policy/src/main/resources/org/eigrules/promotions/p3.yaml"))
                .replace("    value: 0.70\n", "    value: 0.60\n"));
        List<Object> arguments = new java.util.ArrayList<>(List.of("replay", "--lang", "en", "--rules", folder));
        try (java.util.stream.Stream<Path> records = Files.list(ROOT.resolve("records"))) {
            records.filter(p -> p.toString().endsWith(".record.json")).sorted().forEach(arguments::add);
        }
        EvaluateCommandTest.Run run = EvaluateCommandTest.eig(arguments.toArray());
        assertThat(run.status()).isEqualTo(1);
        String printed = run.out().replace(ROOT.resolve("records") + java.io.File.separator, "records/");
        assertShown(withoutFingerprints(replay.group(1)).stripTrailing(), printed);
    }
}
