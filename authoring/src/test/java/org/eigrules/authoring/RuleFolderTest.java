package org.eigrules.authoring;

import org.eigrules.EigRules;
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
import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.ApplicationDraft.eligibleP5;
import static org.eigrules.DecisionAssert.assertThat;

/** A rule author's folder: compiled when loaded, overriding or extending the built-in files. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleFolderTest {

    @TempDir
    static Path copy;

    @BeforeAll
    static void copyTheBuiltInFiles() throws IOException {
        assertThat(RuleSet.copyBuiltInFiles(copy)).contains("rules/cofinancing.drl", "rules/messages_fr.properties",
                "promotions/p3.yaml");
    }

    private static Path variant(Path dir, String file, String from, String to) throws IOException {
        try (var files = Files.walk(copy)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(copy.relativize(source));
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        }
        Path changed = dir.resolve(file);
        String text = Files.readString(changed);
        assertThat(text).contains(from);
        Files.writeString(changed, text.replace(from, to));
        return dir;
    }

    private static List<String> problems(Path folder) {
        return catchThrowableOfType(InvalidRuleSetException.class, () -> RuleFolders.ruleSet(folder)).problems()
                .stream().map(RuleSetProblem::toString).toList();
    }

    @Test
    void a_copy_of_the_built_in_files_loads_with_the_built_in_parameters() {
        assertThat(RuleFolders.load(copy).parameters(3)).isEqualTo(EigRules.builtIn().parameters(3));
    }

    @Test
    void the_built_in_rules_write_no_policy_value_as_a_literal() {
        // The check a folder's rules get as warnings, held to none for the built-in files.
        RuleSet builtIn = RuleSet.builtIn();
        assertThat(PolicyLiterals.find(builtIn.sources(), builtIn.rules(), builtIn.parameters())).isEmpty();
        assertThat(RuleFolders.ruleSet(copy).warnings()).isEmpty();
    }

    @Test
    void a_copy_of_the_built_in_rules_decides_as_they_do() {
        EigRules rules = RuleFolders.load(copy);
        assertThat(rules.rules()).hasSameSizeAs(EigRules.builtIn().rules());
        assertThat(rules.evaluate(eligible().build())).isEqualTo(EigRules.builtIn().evaluate(eligible().build()));
        assertThat(rules.evaluate(eligible().with("challenge.durationMonths", 11).build())).isIneligibleFor("CHL-2");
    }

    @Test
    void one_changed_value_changes_the_decisions(@TempDir Path dir) throws IOException {
        EigRules rules = RuleFolders.load(variant(dir, "promotions/p3.yaml", "value: 0.70", "value: 0.60"));
        assertThat(rules.evaluate(eligible().build())).grantsPia("Ministère de la Culture", "84000.00", "56000.00");
    }

    @Test
    void a_folder_with_parameter_files_only_keeps_the_built_in_rules(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p3.yaml"), Files.readString(copy.resolve("promotions/p3.yaml"))
                .replace("value: 12\n", "value: 9\n"));
        assertThat(RuleFolders.load(dir).evaluate(eligible().build())).isIneligibleFor("DOC-1");
    }

    @Test
    void a_changed_rule_changes_the_decisions(@TempDir Path dir) throws IOException {
        EigRules rules = RuleFolders.load(variant(dir, "rules/challenge.drl",
                "durationMonths > $p.contractMonths", "durationMonths >= $p.contractMonths"));
        assertThat(rules.evaluate(eligible().build())).isIneligibleFor("CHL-2");
    }

    @Test
    void a_syntax_error_is_reported_with_its_file_and_line(@TempDir Path dir) throws IOException {
        Path folder = variant(dir, "rules/challenge.drl", "    Challenge( problem != null, problem.isBlank() )",
                "    Challenge( problem != null, problem.isBlank( )");
        List<String> problems = problems(folder);
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("rules/challenge.drl:"));
        int line = Files.readAllLines(folder.resolve("rules/challenge.drl")).indexOf("    Challenge( problem != null, problem.isBlank( )") + 1;
        assertThat(problems.get(0)).matches("rules/challenge\\.drl:(" + line + "|" + (line + 1) + "|" + (line + 2) + ")(:\\d+)?: .+");
    }

    @Test
    void an_unknown_fact_type_is_reported_with_its_file(@TempDir Path dir) throws IOException {
        List<String> problems = problems(variant(dir, "rules/priorities.drl", "Challenge( dataScience == true )",
                "Chalenge( dataScience == true )"));
        assertThat(problems).isNotEmpty().anySatisfy(p -> assertThat(p).startsWith("rules/priorities.drl").contains("Chalenge"));
    }

    @Test
    void a_rule_without_metadata_is_reported_at_its_line(@TempDir Path dir) throws IOException {
        Path folder = variant(dir, "rules/priorities.drl", "    @clause(\"PRI-1\")\n", "");
        int line = Files.readAllLines(folder.resolve("rules/priorities.drl")).indexOf("rule \"PRI-1 a data-science défi\"") + 1;
        assertThat(problems(folder)).containsExactly("rules/priorities.drl:" + line
                + ": rule \"PRI-1 a data-science défi\": missing @clause(…) metadata");
    }

    @Test
    void a_message_no_file_defines_is_reported(@TempDir Path dir) throws IOException {
        assertThat(problems(variant(dir, "rules/challenge.drl", "findings.fail(\"CHL-2.too-long\"",
                "findings.fail(\"CHL-2.too-lung\""))).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("names message CHL-2.too-lung"));
    }

    @Test
    void a_parameter_a_rule_reads_but_the_promotion_leaves_out_is_reported(@TempDir Path dir) throws IOException {
        Path folder = variant(dir, "promotions/p3.yaml", "  documents.maxPitchSlides:", "  unused.maxPitchSlides:");
        // The reader places a parameter at its value: the mapping that starts on the line after the key.
        int line = Files.readAllLines(folder.resolve("promotions/p3.yaml")).indexOf("  unused.maxPitchSlides:") + 2;
        assertThat(problems(folder)).contains("promotions/p3.yaml:" + line + ": parameters.unused.maxPitchSlides: unknown parameter");
        Files.writeString(folder.resolve("promotions/p3.yaml"), Files.readString(folder.resolve("promotions/p3.yaml"))
                .replaceAll("(?s)  unused\\.maxPitchSlides:.*?source:(?: [^\\n]*|\\n      fr: [^\\n]*\\n      en: [^\\n]*)\\n", ""));
        // Every DOC-1 rule that reads the limit is named (a deck over it decides the clause).
        assertThat(problems(folder)).isNotEmpty().allSatisfy(problem -> assertThat(problem)
                .startsWith("rules/file-and-calendar.drl:")
                .endsWith("applies to promotion 3 and reads documents.maxPitchSlides, which promotion 3's parameter file does not define"));
    }

    @Test
    void a_new_promotion_file_extends_the_built_in_ones(@TempDir Path dir) throws IOException {
        // Promotion 5's values as promotion 9's: the rules in force in promotion 5 serve it ("5..").
        Files.writeString(dir.resolve("p9.yaml"), Files.readString(copy.resolve("promotions/p5.yaml"))
                .replace("promotion: 5\n", "promotion: 9\n"));
        RuleSet ruleSet = RuleFolders.ruleSet(dir);
        assertThat(ruleSet.parameters()).containsKeys(3, 9);
        assertThat(ruleSet.evaluablePromotions()).containsExactly(3, 4, 5, 9);
    }

    @Test
    void a_candidacy_of_a_promotion_no_candidates_rule_covers_is_refused_never_decided(@TempDir Path dir)
            throws IOException {
        // A promotion 6 parameter file that gives a call for candidates, and candidates' rules whose
        // ranges all close at promotion 5: no rule for promotion 6.
        Path p6 = Files.createDirectories(dir.resolve("promotions")).resolve("p6.yaml");
        Files.writeString(p6, Files.readString(copy.resolve("promotions/p5.yaml")).replace("promotion: 5\n", "promotion: 6\n"));
        Path candidates = Files.createDirectories(dir.resolve("rules/candidates")).resolve("candidates.drl");
        Files.writeString(candidates, Files.readString(copy.resolve("rules/candidates/candidates.drl"))
                .replaceAll("@promotions\\(\"(\\d+)\\.\\.\"\\)", "@promotions(\"$1..5\")"));
        EigRules rules = RuleFolders.load(dir);
        org.eigrules.candidacy.Candidacy candidacy = org.eigrules.io.CandidacyFiles.read(
                ("kind: CANDIDACY\npromotion: 6\nreceivedAt: 2022-04-10T12:00:00+02:00\n"
                        + "applicant: {naturalPerson: true, name: Camille Martin, email: camille.martin@example.org}\n"
                        + "publicService: {civilServant: false}\njuryMemberOrExpert: false\nstudiesAtStart: NONE\n"
                        + "documents: {cv: true, cvPdf: true, motivation: true}\n"),
                org.eigrules.io.ApplicationFiles.Format.YAML);
        org.assertj.core.api.Assertions.assertThat(rules.candidacyPromotions()).containsExactly(2, 3, 4, 5);
        // The folder has no défi rule file: the built-in défi rules serve promotion 6 with its values.
        org.assertj.core.api.Assertions.assertThat(rules.promotions()).contains(6);
        org.assertj.core.api.Assertions.assertThat(rules.violations(candidacy)).singleElement().satisfies(v -> {
            org.assertj.core.api.Assertions.assertThat(v.path()).isEqualTo("promotion");
            org.assertj.core.api.Assertions.assertThat(v.message()).contains("promotion 6").contains("[2, 3, 4, 5]");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.evaluate(candidacy))
                .isInstanceOf(org.eigrules.validation.InvalidApplicationException.class);
    }

    @Test
    void a_rule_fires_only_for_the_promotions_it_names(@TempDir Path dir) throws IOException {
        Path folder = variant(dir, "rules/who-may-apply.drl", "global org.eigrules.engine.Findings findings", """
                global org.eigrules.engine.Findings findings

                rule "ADM-1 promotion 9 accepts no host at all"
                    @clause("ADM-1")
                    @promotions("9")
                    @source("a test of @promotions")
                when
                    $h : Host( kind != null )
                then
                    findings.fail("ADM-1.kind", $h.name(), $h.kind());
                end
                """);
        Files.writeString(folder.resolve("promotions/p9.yaml"), Files.readString(folder.resolve("promotions/p5.yaml"))
                .replace("promotion: 5\n", "promotion: 9\n"));
        EigRules rules = RuleFolders.load(folder);
        assertThat(rules.promotions()).containsExactly(3, 4, 5, 9);
        assertThat(rules.evaluate(eligible().build())).isEligible();
        org.assertj.core.api.Assertions.assertThat(rules.evaluate(eligibleP5().build()).rulesFired())
                .doesNotContain("ADM-1 promotion 9 accepts no host at all");
        org.eigrules.decision.Decision forP9 = rules.evaluate(eligibleP5().with("promotion", 9)
                .with("receivedAt", "2021-04-01T10:00:00+02:00").build());
        assertThat(forP9).isIneligibleFor("ADM-1");
        org.assertj.core.api.Assertions.assertThat(forP9.rulesFired()).contains("ADM-1 promotion 9 accepts no host at all");
        org.assertj.core.api.Assertions.assertThat(forP9.reasons()).extracting(org.eigrules.decision.Reason::clause)
                .containsExactly("ADM-1");
    }

    @Test
    void a_folder_that_does_not_exist_is_reported() {
        assertThat(problems(copy.resolve("nowhere"))).singleElement().asString().endsWith("nowhere: not a folder");
    }
}
