package org.eigrules.authoring;

import org.eigrules.EigRules;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Verdict;
import org.eigrules.evaluation.EvaluationException;
import org.eigrules.evaluation.EvaluationLimits;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.SelectionFiles;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.selection.Selection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A rule folder's candidates' and selection rules run within the same limits as its défi rules
 * (one engine fires the three decisions): a rule that re-activates itself is stopped with an
 * error naming it, and the next candidacy or selection is still answered.
 */
// A regression would hang, not fail: the timeout turns it into a failure.
@Timeout(120)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EveryDecisionIsGuardedTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();

    @TempDir
    static Path folder;
    static EigRules hostile;

    @BeforeAll
    static void aFolderWhoseCandidatesAndSelectionRulesLoop() throws IOException {
        RuleSet.copyBuiltInFiles(folder);
        Files.writeString(folder.resolve("rules/candidates/hostile.drl"), """
                package org.eigrules.candidates

                import org.eigrules.candidacy.Candidacy

                global org.eigrules.engine.candidacy.CandidateFindings findings

                rule "TEST a candidacy updated each time it matches"
                    @clause("CND-1")
                    @promotions("3")
                    @source("a test")
                when
                    $c : Candidacy( applicant != null, applicant.name == "Loop" )
                then
                    update($c);
                end
                """);
        Files.writeString(folder.resolve("rules/selection/hostile.drl"), """
                package org.eigrules.rules.selection

                import org.eigrules.engine.selection.Candidate

                global org.eigrules.engine.selection.Placement placement

                rule "TEST a défi updated each time it matches"
                    @clause("SEL-4")
                    @promotions("5")
                    @source("a test")
                when
                    $c : Candidate( name == "Basegun" )
                then
                    update($c);
                end
                """);
        hostile = RuleFolders.load(folder);
    }

    private static Candidacy candidacy(String name) throws IOException {
        String text = Files.readString(ROOT.resolve("candidacies/eligible/p3-a-candidacy-meeting-every-clause-is-eligible.yaml"));
        String renamed = text.replaceFirst("(?m)^(\\s*name:\\s*).*$", "$1" + name);
        Candidacy candidacy = CandidacyFiles.readAny(renamed, org.eigrules.io.ApplicationFiles.Format.YAML).candidacy();
        assertThat(candidacy.applicant().name()).isEqualTo(name);
        return candidacy;
    }

    @Test
    void a_candidates_rule_that_re_activates_itself_is_stopped_by_the_firing_limit() throws IOException {
        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> hostile.evaluate(candidacy("Loop")));
        assertThat(e.getMessage()).startsWith("the rules fired more than " + hostile.limits().maxFirings()
                + " times (the firing limit)");
        assertThat(e.lastRulesFired()).contains("TEST a candidacy updated each time it matches");
        EigRules strict = hostile.withLimits(new EvaluationLimits(50, Duration.ofSeconds(30)));
        assertThat(catchThrowableOfType(EvaluationException.class, () -> strict.evaluate(candidacy("Loop"))))
                .hasMessageStartingWith("the rules fired more than 50 times");
        CandidacyDecision next = hostile.evaluate(candidacy("Camille Martin"));
        assertThat(next.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void a_selection_rule_that_re_activates_itself_is_stopped_by_the_firing_limit() throws IOException {
        Selection p5 = SelectionFiles.read(ROOT.resolve("selections/p5/the-sixteen-projects-with-no-envelope.yaml"))
                .selection();
        EigRules strict = hostile.withLimits(new EvaluationLimits(500, Duration.ofSeconds(30)));
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> strict.select(p5));
        // A selection's firing limit is one evaluation's times its number of défis.
        assertThat(e.getMessage()).startsWith("the rules fired more than " + 500 * p5.applications().size()
                + " times (the firing limit)");
        // Each update of the défi re-activates the ranking rules, which fire between its own firings.
        assertThat(e.lastRulesFired()).isNotEmpty();
        Selection p4 = SelectionFiles.read(ROOT.resolve("selections/p4/the-seventeen-defis-fit-the-envelope.yaml"))
                .selection();
        assertThat(strict.select(p4).ranking()).hasSize(17);
    }
}
