package org.eigrules.readme;

import org.eigrules.EigRules;
import org.eigrules.decision.Verdict;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java block of the README is a test source file of the build, copied verbatim: it compiles
 * as pasted (imports included), and the ones with behaviour run here.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadmeJavaBlocksTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);

    @Test
    void every_java_block_of_the_readme_is_a_compiled_test_source_file() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(readme);
        while (m.find()) {
            blocks.add(normalised(m.group(1)));
        }
        assertThat(blocks).as("Java blocks in the README").hasSizeGreaterThanOrEqualTo(3);

        Map<String, Path> sources = testSources();
        for (String block : blocks) {
            assertThat(sources).as("a test source file whose text after its package line is this README block:%n%s",
                    block.lines().limit(12).collect(Collectors.joining("\n"))).containsKey(block);
        }
    }

    @Test
    void the_quick_start_prints_the_verdict_and_the_pia_amount() throws IOException {
        Path file = tempDir.resolve("datajust.yaml");
        Files.writeString(file, DATAJUST);
        Output output = run(file);
        assertThat(output.err).isEmpty();
        assertThat(output.out.lines()).containsExactly("ELIGIBLE []", "102433.33", "DataJust — promotion 3 — ELIGIBLE");
    }

    @Test
    void the_quick_start_prints_every_problem_of_a_malformed_file_by_path() throws IOException {
        Path file = tempDir.resolve("broken.yaml");
        Files.writeString(file, DATAJUST.replace("profile: DATA_SCIENCE", "profile: ASTROLOGY")
                .replace("pitchSlides: 10", "pitchSlides: -1"));
        Output output = run(file);
        assertThat(output.out).isEmpty();
        assertThat(output.err).contains("eigs[0].profile").contains("documents.pitchSlides");
    }

    @Test
    void the_application_built_in_code_is_eligible() {
        assertThat(BuildInCode.evaluateDataJust(EigRules.builtIn()).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @TempDir
    Path tempDir;

    private record Output(String out, String err) {
    }

    private static synchronized Output run(Path file) throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            QuickStart.main(new String[] {file.toString()});
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Output(outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }

    /** Test source files by their text without the package line and the comment lines above the imports. */
    private static Map<String, Path> testSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT, 12)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/test/java/"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .collect(Collectors.toMap(ReadmeJavaBlocksTest::withoutHeader, p -> p, (a, b) -> a));
        }
    }

    private static String withoutHeader(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            int start = 0;
            while (start < lines.size() && (lines.get(start).isBlank() || lines.get(start).startsWith("package ")
                    || lines.get(start).startsWith("//"))) {
                start++;
            }
            return normalised(String.join("\n", lines.subList(start, lines.size())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String normalised(String text) {
        return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }

    private static final String DATAJUST = """
            promotion: 3
            receivedAt: '2018-06-14T16:30:00+02:00'
            challenge:
              name: DataJust
              problem: Court decisions on personal injury compensation are scattered.
              purelyTechnical: false
              impactsAgentsOrUsers: true
              durationMonths: 10
              dataScience: true
            eigs:
            - profile: DATA_SCIENCE
              mission: Extract compensation amounts from court decisions
            - profile: DEVELOPMENT
              mission: Build the reference tool
            host:
              name: Ministère de la Justice
              kind: MINISTRY
            mentors:
              operational: {name: Claude Moreau, email: claude.moreau@example.org}
              highLevel: {name: Maxime Lefebvre, position: Directeur·rice}
            team:
            - {name: Noa Girard, role: product owner, involvementPercent: 50}
            - {name: Eden Roux, role: data steward, involvementPercent: 30}
            commitments:
              dataAccess: true
              technicalEnvironment: true
              offSiteWork: true
              supportProgramme: true
              openSourceAndOpenData: true
              continuationPlan: The host team takes the product over after the ten months.
            documents: {detailedForm: true, pitchSlides: 10, financialSimulation: true}
            funding: {mode: PIA, totalEmployerCost: 146333.33, requestedPiaAmount: 102433.33}
            """;
}
