package org.eigrules.authoring;

import org.eigrules.EigRules;
import org.eigrules.ruleset.RuleSource;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.ruleset.RuleSetProblem;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A rule folder's problems, all at once and each at its line: unknown fields in the contract's
 * words, several bad conditions in one file, compile and parameter problems together, and policy
 * values written as literals (warnings, not errors).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleFolderProblemsTest {

    @TempDir
    static Path copy;

    @BeforeAll
    static void copyTheBuiltInFiles() throws IOException {
        RuleSet.copyBuiltInFiles(copy);
    }

    private static Path folder(Path dir) throws IOException {
        try (var files = Files.walk(copy)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(copy.relativize(source));
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        }
        return dir;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static List<String> problems(Path folder) {
        return catchThrowableOfType(InvalidRuleSetException.class, () -> RuleFolders.ruleSet(folder)).problems()
                .stream().map(RuleSetProblem::toString).toList();
    }

    private static String rule(String name, String condition) {
        return "\nrule \"" + name + "\"\n    @clause(\"CHL-5\")\n    @promotions(\"3\")\n    @source(\"a test\")\nwhen\n    "
                + condition + "\nthen\n    findings.missing(\"mentors.highLevel.email\");\nend\n";
    }

    @Test
    void an_unknown_field_is_reported_at_its_line_in_the_contracts_words(@TempDir Path dir) throws IOException {
        Path challenge = folder(dir).resolve("rules/challenge.drl");
        append(challenge, rule("CHL-5 no e-mail", "Mentors( highLevel != null, highLevel.emial == null )"));
        int line = lineOf(challenge, "highLevel.emial");
        assertThat(problems(dir)).containsExactly("rules/challenge.drl:" + line + ":43: rule \"CHL-5 no e-mail\": "
                + "no field emial in mentors.highLevel (its fields: name, email, position)");
    }

    @Test
    void every_bad_condition_of_a_file_and_of_every_file_comes_at_once(@TempDir Path dir) throws IOException {
        Path challenge = folder(dir).resolve("rules/challenge.drl");
        append(challenge, rule("first", "Mentors( highLevel.emial == null )") + rule("second", "Mentors( foo == 3 )"));
        Path commitments = dir.resolve("rules/commitments.drl");
        replace(commitments, "Commitments( technicalEnvironment == false )", "Commitments( dataAces == false )");
        List<String> problems = problems(dir);
        assertThat(problems).containsExactly(
                "rules/challenge.drl:" + lineOf(challenge, "highLevel.emial") + ":24: rule \"first\": no field emial in "
                        + "mentors.highLevel (its fields: name, email, position)",
                "rules/challenge.drl:" + lineOf(challenge, "foo == 3") + ":14: rule \"second\": no field foo in mentors "
                        + "(its fields: operational, highLevel, secondOperational), in the condition foo == 3",
                "rules/commitments.drl:" + lineOf(commitments, "dataAces") + ":18: rule \""
                        + CompileProblems.ruleAt(new RuleSource("c", Files.readString(commitments)),
                        lineOf(commitments, "dataAces"))
                        + "\": no field dataAces in commitments (its fields: dataAccess, technicalEnvironment, offSiteWork, "
                        + "supportProgramme, openSourceAndOpenData, continuationPlan, accessibility), in the condition dataAces == false");
        assertThat(String.join("\n", problems)).doesNotContain("org.eigrules").doesNotContain("class");
    }

    @Test
    void an_unknown_fact_type_a_typo_in_a_consequence_and_an_unknown_parameter_come_together(@TempDir Path dir)
            throws IOException {
        folder(dir);
        Path challenge = dir.resolve("rules/challenge.drl");
        Path commitments = dir.resolve("rules/commitments.drl");
        String text = Files.readString(challenge);
        Files.writeString(challenge, text.replaceFirst("Challenge\\( problem", "Chalenge( problem")
                .replaceFirst("\\$p\\.contractMonths", "\\$p.contractMonth"));
        String commitmentsText = Files.readString(commitments);
        Files.writeString(commitments, commitmentsText.replaceFirst("findings\\.fail\\(", "findings.fial("));
        List<String> problems = problems(dir);
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("rules/challenge.drl:" + lineOf(challenge, "Chalenge(") + ":5: rule \"CHL-1 ")
                .contains("no fact type Chalenge (rules match PromotionParameters, Application, Challenge,");
        assertThat(problems.get(1)).contains("reads contractMonth, which is not a promotion parameter");
        assertThat(problems.get(2)).startsWith("rules/challenge.drl:" + lineOf(challenge, "$p.contractMonth") + ":")
                .contains("no field contractMonth in the promotion parameters (its fields: promotion, title,");
        assertThat(problems.get(3)).startsWith("rules/commitments.drl:" + lineOf(commitments, "findings.fial(") + ":13: ")
                .endsWith("findings has no method fial(String) (it has fail, missing, note, priority, grantPia)");
        assertThat(String.join("\n", problems)).doesNotContain("org.eigrules").doesNotContain("Java source")
                .doesNotContain("(rules)");
    }

    @Test
    void a_rule_that_reaches_outside_is_refused_and_nothing_of_the_folder_is_compiled(@TempDir Path dir)
            throws IOException {
        Path challenge = folder(dir).resolve("rules/challenge.drl");
        append(challenge, rule("outside", "Mentors()").replace("findings.missing(\"mentors.highLevel.email\");",
                "System.exit(3);") + rule("typo", "Mentors( highLevel.emial == null )"));
        List<String> problems = problems(dir);
        // The typo is a compiler's finding: the folder is not compiled while a rule is refused.
        assertThat(problems).containsExactly("rules/challenge.drl:" + lineOf(challenge, "System.exit(3)") + ": rule "
                + "\"outside\" names \"System.exit\", which a rule may not use: a rule names only its facts, its "
                + "bindings, findings and the listed value types");
    }

    @Test
    void compile_message_and_parameter_problems_come_together(@TempDir Path dir) throws IOException {
        folder(dir);
        append(dir.resolve("rules/challenge.drl"), rule("bad field", "Mentors( highLevel.emial == null )")
                .replace("findings.missing(\"mentors.highLevel.email\")", "findings.fail(\"CHL-5.no-such-key\")"));
        replace(dir.resolve("promotions/p3.yaml"), "value: 0.70", "value: 0.705");
        List<String> problems = problems(dir);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("no field emial in mentors.highLevel"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("names message CHL-5.no-such-key"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("promotions/p3.yaml").contains("pia.rate"));
    }

    @Test
    void a_metadata_problem_and_a_parameter_problem_come_together_when_the_rules_compile(@TempDir Path dir)
            throws IOException {
        folder(dir);
        replace(dir.resolve("rules/priorities.drl"), "@clause(\"PRI-1\")", "");
        replace(dir.resolve("promotions/p3.yaml"), "value: 0.70", "value: 0.705");
        List<String> problems = problems(dir);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("rules/priorities.drl:").contains("missing @clause"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("promotions/p3.yaml").contains("pia.rate"));
    }

    @Test
    void a_policy_value_written_in_a_rule_is_a_warning_with_file_and_line(@TempDir Path dir) throws IOException {
        Path challenge = folder(dir).resolve("rules/challenge.drl");
        replace(challenge, "durationMonths > $p.contractMonths", "durationMonths > 10");
        int line = lineOf(challenge, "durationMonths > 10");
        RuleSet rules = RuleFolders.ruleSet(dir); // loads: a warning, not an error
        assertThat(rules.warnings()).map(RuleSetProblem::toString).singleElement().satisfies(w -> assertThat(w)
                .startsWith("rules/challenge.drl:" + line + ":")
                .contains("writes 10, the value of contract.months in promotion 3 (read it as $p.contractMonths())"));
        assertThat(EigRules.of(rules).evaluate(org.eigrules.ApplicationDraft.eligible().build()).verdict())
                .hasToString("ELIGIBLE");
    }

    @Test
    void a_rate_as_a_percentage_a_year_and_a_decimal_are_found_but_counts_comments_and_strings_are_not() {
        RuleSet builtIn = RuleSet.builtIn();
        RuleSource source = new RuleSource("rules/x.drl", """
                rule "PRI-9 a test, 12 slides"
                    @clause("PRI-9")
                    @promotions("3")
                    @source("CdC P3: 12 slides, 70%")
                when
                    $p : PromotionParameters()
                    // 12 in a comment is fine
                    Documents( pitchSlides > 12, pitchSlides != 1, pitchSlides != 0 )
                    Funding( requestedPiaAmount != null, requestedPiaAmount.compareTo(4000.00B) > 0 )
                    Challenge( durationMonths * 70 > 2018, name != "70" )
                then
                    findings.priority();
                end
                """);
        RuleMetadata metadata = new RuleMetadata("PRI-9 a test, 12 slides", "PRI-9", java.util.Set.of(3), "s",
                "rules/x.drl", 1, "", List.of(), java.util.Set.of());
        List<String> warnings = PolicyLiterals.find(List.of(source), List.of(metadata), builtIn.parameters()).stream()
                .map(RuleSetProblem::toString).toList();
        assertThat(warnings).hasSize(4);
        assertThat(warnings.get(0)).startsWith("rules/x.drl:8:30: rule \"PRI-9 a test, 12 slides\" writes 12, the value of "
                + "documents.maxPitchSlides in promotion 3");
        assertThat(warnings.get(1)).startsWith("rules/x.drl:9:").contains("writes 4000.00, the value of salary.netMonthly");
        assertThat(warnings.get(2)).startsWith("rules/x.drl:10:").contains("writes 70, the percentage of pia.rate");
        assertThat(warnings.get(3)).startsWith("rules/x.drl:10:").contains("writes 2018, the year of");
    }

    @Test
    void a_rule_for_another_promotion_is_checked_against_that_promotions_values() {
        RuleSource source = new RuleSource("rules/x.drl", "rule \"r\"\nwhen\n    Documents( pitchSlides > 12 )\nthen\nend\n");
        RuleMetadata forNine = new RuleMetadata("r", "PRI-9", java.util.Set.of(9), "s", "rules/x.drl", 1, "",
                List.of(), java.util.Set.of());
        assertThat(PolicyLiterals.find(List.of(source), List.of(forNine), RuleSet.builtIn().parameters())).isEmpty();
    }
}
