package org.eigrules.candidacy;

import org.eigrules.EigRules;
import org.eigrules.io.CandidacyFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundled candidacy example ({@code candidacies/VERDICT/pN-….yaml}) gets the verdict of its
 * folder, and the clauses or missing fields its {@code # expect:} line names.
 */
class CandidacyExamplesTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> every_candidacy_example_gets_the_decision_it_names() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT.resolve("candidacies"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        // Every promotion and every decidable clause has an example.
        String all = String.join("\n", files.stream().map(CandidacyExamplesTest::expectation).toList());
        assertThat(all).contains("CND-1", "CND-2", "CND-3", "CND-4", "CND-5", "CND-6", "CND-9");
        assertThat(files).extracting(f -> f.getFileName().toString().substring(0, 2)).contains("p2", "p3", "p4", "p5");
        return files.stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> {
            CandidacyDecision decision = EigRules.builtIn().evaluate(CandidacyFiles.read(file));
            List<String> expect = Arrays.asList(expectation(file).split(" "));
            String folder = file.getParent().getFileName().toString().toUpperCase(java.util.Locale.ROOT);
            assertThat(expect.get(0)).isEqualTo(folder);
            assertThat(decision.verdict().name()).isEqualTo(folder);
            assertThat(decision.promotion()).isEqualTo(Integer.parseInt(file.getFileName().toString().substring(1, 2)));
            switch (decision.verdict()) {
                case INELIGIBLE -> assertThat(decision.failedClauses()).isEqualTo(expect.subList(1, expect.size()));
                case INCOMPLETE -> assertThat(decision.missing()).extracting(m -> m.field() + " " + m.clause())
                        .containsExactly(String.join(" ", expect.subList(1, expect.size())));
                case ELIGIBLE -> assertThat(expect).hasSize(1);
            }
        }));
    }

    private static String expectation(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith("# expect: ")).findFirst()
                    .orElseThrow(() -> new AssertionError(file + " has no # expect: line")).substring("# expect: ".length());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
