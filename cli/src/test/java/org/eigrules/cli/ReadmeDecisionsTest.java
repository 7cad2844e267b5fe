package org.eigrules.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/decisions.md shows a French and an English decision for each verdict, as `eig evaluate` prints
 * them: they must stay what the command prints, and read as sentences without code names.
 */
class ReadmeDecisionsTest {

    private static final Path ROOT = EvaluateCommandTest.EXAMPLES.getParent();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "selected-p3/datajust.yaml, fr", "selected-p3/datajust.yaml, en",
            "ineligible/a-company-may-not-host-a-defi.yaml, fr", "ineligible/a-company-may-not-host-a-defi.yaml, en",
            "incomplete/a-team-member-whose-role-could-make-the-team-multidisciplinary.yaml, fr",
            "incomplete/a-team-member-whose-role-could-make-the-team-multidisciplinary.yaml, en"})
    void the_docs_show_what_the_command_prints(String example, String language) throws IOException {
        Path file = EvaluateCommandTest.EXAMPLES.resolve(example);
        String printed = EvaluateCommandTest.eig("evaluate", "--lang", language, file).out().stripTrailing()
                .replace(file.toString(), "examples/" + example);
        assertThat(Files.readString(ROOT.resolve("docs/decisions.md"))).as("docs/decisions.md: the %s decision for %s", language, example)
                .contains(printed);
        // Sentences: no field path, no enum code, no bare priority code.
        assertThat(printed).doesNotContainPattern("\\b[a-z]+\\.[a-z]+[A-Z]\\w*").doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b")
                .doesNotContainPattern("PRI-\\d");
    }
}
