package org.eigrules.testkit;

import org.eigrules.authoring.RuleFolders;
import org.eigrules.EigRules;
import org.eigrules.decision.MissingField;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.model.Application;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/**
 * docs/rule-authoring.md's walk-through adds a rule reading a field the kit's generators leave out (the
 * high-level mentor's e-mail): the kit's invariants fail on that folder until its hooks say so, and
 * docs/property-tests.md's example test, which uses them, then passes on it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleFolderWithANewFieldTest {

    /** The rule of docs/rule-authoring.md's "Changing a rule", step 2, as written there. */
    static final String RULE = """

            rule "CHL-5 the high-level mentor gives no e-mail"
                @clause("CHL-5")
                @promotions("3")
                @source("our reading: the programme must be able to reach the high-level mentor")
            when
                Mentors( highLevel != null, highLevel.email == null )
            then
                findings.missing("mentors.highLevel.email");
            end
            """;

    @TempDir
    static Path dir;
    static EigRules myRules;

    @BeforeAll
    static void a_rule_folder_with_the_walk_through_s_new_rule() throws IOException {
        RuleSet.copyBuiltInFiles(dir);
        Files.writeString(dir.resolve("rules/challenge.drl"), RULE, StandardOpenOption.APPEND);
        myRules = RuleFolders.load(dir);
    }

    @Test
    void without_the_hooks_the_kit_s_eligible_files_are_incomplete_under_the_new_rule() {
        assertThatThrownBy(() -> PolicyInvariants.of(myRules).withExamples(50).withSeed(2018)
                .check("aSingleFailureIsItsOwnReason"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("mentors.highLevel.email");
    }

    @Test
    void the_readme_test_kit_example_passes_on_the_folder() {
        // The example's own hooks, with fewer examples: a rule folder's rules are slower to run.
        MyPolicyTest.invariants(myRules).withExamples(60).withSeed(2018).checkAll();
    }

    @Test
    void a_declared_needed_field_is_taken_out_and_expected_under_its_clause() {
        MyPolicyTest.invariants(myRules).withExamples(100).withSeed(2018)
                .withNeededField("mentors.highLevel.email", "CHL-5").check("aSingleMissingFieldIsListed");
        // The declared field is among those taken out, and expected under its clause.
        Gen<Application> eligible = EigGenerators.eligibleApplications(myRules.parameters(3)).map(a ->
                Applications.with(a, "mentors.highLevel.email", "mentor@example.org"));
        List<Breakages.Missing> drawn = new ArrayList<>();
        qt().withFixedSeed(2018).withExamples(300).forAll(Breakages.missingExactlyOne(myRules.parameters(3), eligible,
                Map.of("mentors.highLevel.email", List.of("CHL-5")))).checkAssert(drawn::add);
        assertThat(drawn).filteredOn(m -> m.field().equals("mentors.highLevel.email")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.expected()).extracting(MissingField::clause).containsExactly("CHL-5"));
    }

    @Test
    void an_added_invariant_runs_and_fails_with_its_name() {
        PolicyInvariants invariants = PolicyInvariants.of(myRules).withExamples(20).withSeed(2018)
                .withInvariant("nothing is ever INCOMPLETE", a -> {
                    if (myRules.evaluate(a).verdict() == org.eigrules.decision.Verdict.INCOMPLETE) {
                        throw new AssertionError("incomplete");
                    }
                });
        assertThat(invariants.invariants()).endsWith("nothing is ever INCOMPLETE");
        assertThatThrownBy(() -> invariants.check("nothing is ever INCOMPLETE")).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("nothing is ever INCOMPLETE: ");
    }

    @Test
    void an_invariant_is_left_out_only_with_a_reason_and_by_a_known_name() {
        PolicyInvariants invariants = PolicyInvariants.of(myRules)
                .without("prioritiesNeverChangeAVerdict", "our priority PRI-9 excludes");
        assertThat(invariants.invariants()).doesNotContain("prioritiesNeverChangeAVerdict").contains("amountsAddUp");
        assertThat(invariants.excluded()).containsEntry("prioritiesNeverChangeAVerdict", "our priority PRI-9 excludes");
        assertThatThrownBy(() -> invariants.check("prioritiesNeverChangeAVerdict"))
                .hasMessageContaining("left out: our priority PRI-9 excludes");
        assertThatThrownBy(() -> PolicyInvariants.of(myRules).without("noSuchInvariant", "because"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("known: verdictsExplainThemselves");
        assertThatThrownBy(() -> PolicyInvariants.of(myRules).without("amountsAddUp", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason is blank");
    }
}
