package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.authoring.RuleFolders;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Reason;
import org.eigrules.decision.Verdict;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.SelectionFiles;
import org.eigrules.selection.Selection;
import org.eigrules.selection.SelectionCheck;
import org.eigrules.selection.SelectionResult;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.EXAMPLES;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/** A rule folder's own candidates' and selection rule files decide, not the built-in ones. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleFolderGovernsEveryDecisionTest {

    static final Path ROOT = EXAMPLES.getParent();

    @TempDir
    Path work;

    /** A folder made by {@code eig init}, with one rule's range closed before promotion 5. */
    private Path closedBefore5(String file, String rule, String range) throws IOException {
        Path folder = work.resolve("my-rules");
        assertThat(eig("init", folder).status()).isZero();
        Path drl = folder.resolve(file);
        String text = Files.readString(drl);
        int at = text.indexOf("rule \"" + rule + "\"");
        assertThat(at).as(rule).isNotNegative();
        int promotions = text.indexOf("@promotions(\"" + range + "\")", at);
        assertThat(promotions).as(rule + " serves " + range).isGreaterThan(at).isLessThan(text.indexOf("\nend", at));
        Files.writeString(drl, text.substring(0, promotions) + "@promotions(\"2..4\")"
                + text.substring(promotions + ("@promotions(\"" + range + "\")").length()));
        return folder;
    }

    @Test
    void the_folders_candidates_rule_file_decides_candidacies() throws IOException {
        Path file = ROOT.resolve("candidacies/ineligible/p5-four-projects-are-too-many.yaml");
        CandidacyDecision builtIn = EigRules.builtIn().evaluate(CandidacyFiles.read(file));
        assertThat(builtIn.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(builtIn.reasons()).extracting(Reason::clause).containsExactly("CND-5");

        EigRules rules = RuleFolders.load(closedBefore5("rules/candidates/candidates.drl", "CND-5 too many choices", "2.."));
        CandidacyDecision folder = rules.evaluate(CandidacyFiles.read(file));
        assertThat(folder.rulesFired()).doesNotContain("CND-5 too many choices");
        assertThat(folder.reasons()).extracting(Reason::clause).doesNotContain("CND-5");
        assertThat(rules.candidacyRules()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("CND-5 too many choices");
            assertThat(r.appliesTo(5)).isFalse();
        });
    }

    @Test
    void the_folders_selection_rule_file_decides_selections() throws IOException {
        Selection p5 = SelectionFiles.read(ROOT.resolve("selections/p5/the-sixteen-projects-with-no-envelope.yaml"))
                .selection();
        SelectionResult builtIn = EigRules.builtIn().select(p5);
        assertThat(builtIn.checks()).extracting(SelectionCheck::kind).contains(SelectionCheck.Kind.NOT_ELIGIBLE);

        EigRules rules = RuleFolders.load(closedBefore5("rules/selection/selection.drl",
                "SEL-6 a selected défi that is not eligible", "3.."));
        SelectionResult folder = rules.select(p5);
        assertThat(folder.checks()).extracting(SelectionCheck::kind).doesNotContain(SelectionCheck.Kind.NOT_ELIGIBLE);
        assertThat(folder.ranking()).isEqualTo(builtIn.ranking());
        assertThat(rules.selectionRules()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("SEL-6 a selected défi that is not eligible");
            assertThat(r.appliesTo(5)).isFalse();
        });
    }

    @Test
    void a_selection_of_a_promotion_no_selection_rule_serves_is_refused_not_decided() throws IOException {
        Path folder = work.resolve("closed");
        assertThat(eig("init", folder).status()).isZero();
        Path drl = folder.resolve("rules/selection/selection.drl");
        Files.writeString(drl, Files.readString(drl).replace("@promotions(\"3..\")", "@promotions(\"3..4\")"));
        EigRules rules = RuleFolders.load(folder);
        Selection p5 = SelectionFiles.read(ROOT.resolve("selections/p5/the-sixteen-projects-with-no-envelope.yaml"))
                .selection();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.select(p5))
                .isInstanceOf(org.eigrules.validation.InvalidSelectionException.class)
                .hasMessageContaining("promotion: no selection rule applies to promotion 5 yet; these rules select in "
                        + "promotion(s) [3, 4]");
        Selection p4 = SelectionFiles.read(ROOT.resolve("selections/p4/the-seventeen-defis-fit-the-envelope.yaml"))
                .selection();
        assertThat(rules.select(p4).ranking()).hasSize(17);
    }

    @Test
    void a_candidates_or_selection_rule_naming_a_message_that_does_not_exist_is_refused_with_its_file_and_line()
            throws IOException {
        Path folder = work.resolve("typo");
        assertThat(eig("init", folder).status()).isZero();
        Path candidates = folder.resolve("rules/candidates/candidates.drl");
        Files.writeString(candidates, Files.readString(candidates).replace("\"CND-5.too-many\"", "\"CND-5.too-mny\""));
        Path selection = folder.resolve("rules/selection/selection.drl");
        Files.writeString(selection, Files.readString(selection).replace("\"SEL-5.covered\"", "\"SEL-5.coverd\""));
        EvaluateCommandTest.Run run = eig("evaluate", "--rules", folder,
                ROOT.resolve("candidacies/ineligible/p5-four-projects-are-too-many.yaml"));
        assertThat(run.status()).isNotZero();
        assertThat(run.err())
                .containsPattern("rules/candidates/candidates\\.drl:\\d+: rule \"CND-5 too many choices\" names message "
                        + "CND-5\\.too-mny, which the built-in candidates_fr\\.properties does not define")
                .containsPattern("rules/selection/selection\\.drl:\\d+: rule \"SEL-5 a favourable défi whose money fits "
                        + "what remains is covered\" names message SEL-5\\.coverd, which the built-in selection_en\\.properties "
                        + "does not define")
                .doesNotContain("Exception");
    }

    @Test
    void a_candidates_or_selection_rule_with_bad_metadata_is_refused_when_the_folder_loads() throws IOException {
        Path folder = work.resolve("metadata");
        assertThat(eig("init", folder).status()).isZero();
        Path candidates = folder.resolve("rules/candidates/candidates.drl");
        Files.writeString(candidates, Files.readString(candidates).replaceFirst("@promotions\\(\"2\\.\\.\"\\)",
                "@promotions(\"two\")"));
        Path selection = folder.resolve("rules/selection/selection.drl");
        Files.writeString(selection, Files.readString(selection).replaceFirst("(?m)^\\s*@source\\(.*\\)\\n", ""));
        EvaluateCommandTest.Run run = eig("evaluate", "--rules", folder,
                ROOT.resolve("candidacies/ineligible/p5-four-projects-are-too-many.yaml"));
        assertThat(run.status()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .containsPattern("rules/candidates/candidates\\.drl:\\d+: rule \"CND-1 [^\"]+\": @promotions: expected a "
                        + "promotion \\(\"3\"\\), a range \\(\"3\\.\\.4\"\\), an open range \\(\"5\\.\\.\"\\) or several "
                        + "separated by commas, found \"two\"")
                .containsPattern("rules/selection/selection\\.drl:\\d+: rule \"SEL-[^\"]+\": missing @source\\(…\\) metadata")
                .doesNotContain("internal error").doesNotContain("Exception");
    }
}
