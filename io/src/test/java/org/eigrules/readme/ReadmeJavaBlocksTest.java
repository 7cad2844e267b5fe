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
 * Every Java block of the README and of docs/*.md is a test source file of the build, copied
 * verbatim: it compiles as pasted (imports included), and the ones with behaviour run here. The
 * README's quick start is checked whole: its pom at the project's version, its output as shown.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadmeJavaBlocksTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);

    /** The README, then every page of docs/, by name. */
    static List<Path> userDocs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    @Test
    void every_java_block_of_the_docs_is_a_compiled_test_source_file() throws IOException {
        List<String> blocks = new ArrayList<>();
        for (Path doc : userDocs()) {
            Matcher m = JAVA_BLOCK.matcher(Files.readString(doc));
            while (m.find()) {
                blocks.add(normalised(m.group(1)));
            }
        }
        assertThat(blocks).as("Java blocks in the README and docs/").hasSizeGreaterThanOrEqualTo(3);

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
    void the_quick_start_prints_what_the_readme_shows_for_a_bundled_example() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher shown = Pattern.compile("(?s)-Dexec\\.args=\\S*/(examples/\\S+)\n```\n```\n(.*?)```\n").matcher(readme);
        assertThat(shown.find()).as("the README's quick start shows a run and its output").isTrue();
        Output output = run(ROOT.resolve(shown.group(1)));
        assertThat(output.err).isEmpty();
        assertThat(output.out).isEqualTo(shown.group(2));
    }

    @Test
    void the_quick_start_prints_a_promotion_5_range_and_a_missing_total_in_words() throws IOException {
        Output range = run(ROOT.resolve("examples/selected-p5/basegun.yaml"));
        assertThat(range.out.lines()).element(1).asString().matches("\\d+\\.\\d{2} to \\d+\\.\\d{2}");
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("`" + range.out.lines().toList().get(1) + "`");

        Path file = tempDir.resolve("no-total.yaml");
        Files.writeString(file, DATAJUST.replace("totalEmployerCost: 146333.33, ", ""));
        Output noTotal = run(file);
        assertThat(noTotal.out.lines()).element(1).asString().isEqualTo("not known: the file gives no total employer cost");
        assertThat(noTotal.out).doesNotContain("null");
    }

    @Test
    void the_readme_pom_is_complete_and_at_the_project_version() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher xml = Pattern.compile("(?s)```xml\n(<\\?xml.*?)```\n").matcher(readme);
        assertThat(xml.find()).as("the README's quick start has a whole pom.xml").isTrue();
        String pom = xml.group(1);
        Matcher projectVersion = Pattern.compile("(?s)<artifactId>eig-parent</artifactId>.*?<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(projectVersion.find()).isTrue();
        assertThat(pom).contains("<eig.version>" + projectVersion.group(1) + "</eig.version>")
                .contains("<artifactId>eig-io</artifactId>").contains("<modelVersion>4.0.0</modelVersion>")
                .contains("<maven.compiler.release>17</maven.compiler.release>").endsWith("</project>\n");
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
