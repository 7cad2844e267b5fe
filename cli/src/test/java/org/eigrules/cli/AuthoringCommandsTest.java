package org.eigrules.cli;

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
import static org.eigrules.cli.EvaluateCommandTest.DATAJUST;
import static org.eigrules.cli.EvaluateCommandTest.EXAMPLES;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/** The rule authors' commands: init, check, explain, docs and diff, with and without --rules. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthoringCommandsTest {

    static final Path ROOT = EXAMPLES.getParent();
    static final Path SCENARIOS = ROOT.resolve("scenarios");

    @TempDir
    static Path copy;

    @BeforeAll
    static void a_rule_author_starts_from_a_copy_of_the_built_in_rules() {
        EvaluateCommandTest.Run run = eig("init", copy.resolve("rules"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("rules/challenge.drl", "promotions/p3.yaml", "messages_en.properties");
    }

    private static Path variant(Path dir, String file, String from, String to) throws IOException {
        assertThat(eig("init", dir).status()).isZero();
        Path changed = dir.resolve(file);
        String text = Files.readString(changed);
        assertThat(text).contains(from);
        Files.writeString(changed, text.replace(from, to));
        return dir;
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void init_refuses_to_overwrite_a_rule_folder() {
        EvaluateCommandTest.Run run = eig("init", copy.resolve("rules"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("already exists");
    }

    @Test
    void check_passes_the_bundled_scenarios_with_full_coverage() {
        EvaluateCommandTest.Run run = eig("check", "--require-coverage", SCENARIOS);
        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("Every rule fired at least once").doesNotContain("FAIL");
        assertThat(lastLine(run.out())).matches("\\d+ passed, 0 failed");
    }

    @Test
    void a_wrong_expectation_fails_with_what_was_expected_and_found(@TempDir Path dir) throws IOException {
        Path scenario = Files.writeString(dir.resolve("wrong.yaml"), """
                name: DataJust is wrongly expected to be ineligible
                application: %s
                expect:
                  verdict: INELIGIBLE
                  reasons: [CAL-1]
                  coFinancing: { granted: true, piaAmount: "1.00" }
                """.formatted(DATAJUST.toAbsolutePath()));
        EvaluateCommandTest.Run run = eig("check", "--no-coverage", scenario);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL DataJust is wrongly expected to be ineligible")
                .contains("verdict: expected INELIGIBLE, found ELIGIBLE")
                .contains("reasons: expected [CAL-1], found []")
                .contains("coFinancing.piaAmount: expected 1.00, found 91000.00")
                .doesNotContain("coFinancing.granted");
        assertThat(lastLine(run.out())).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void require_coverage_fails_when_a_rule_never_fired() {
        EvaluateCommandTest.Run run = eig("check", "--require-coverage", SCENARIOS.resolve("selected-p3.yaml"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("rules never fired:").contains("- ADM-1 the host is not a kind of body")
                .contains("--require-coverage:");
        assertThat(lastLine(run.out())).isEqualTo("15 passed, 0 failed");
    }

    @Test
    void check_runs_candidacy_scenarios_and_counts_the_candidates_rules(@TempDir Path dir) throws IOException {
        EvaluateCommandTest.Run run = eig("check", "--require-coverage", SCENARIOS.resolve("candidacies.yaml"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("ok   in promotion 3, a défi of another promotion cannot be chosen")
                .contains("CND-5  CND-5 the same choice is named twice")
                .contains("- ADM-1 the host is not a kind of body").doesNotContain("- CND-").doesNotContain("FAIL");
        Path scenario = Files.writeString(dir.resolve("wrong.yaml"), """
                name: a late P3 candidacy wrongly expected on time, with co-financing
                application: %s
                expect:
                  verdict: ELIGIBLE
                  coFinancing: { granted: true }
                """.formatted(ROOT.resolve("candidacies/ineligible/p3-a-candidacy-received-one-second-after-17-00-is-late.yaml")));
        EvaluateCommandTest.Run wrong = eig("check", "--no-coverage", scenario);
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.out()).contains("FAIL a late P3 candidacy wrongly expected on time, with co-financing")
                .contains("verdict: expected ELIGIBLE, found INELIGIBLE")
                .contains("coFinancing: expected a défi application (co-financing is decided only for défi applications: "
                        + "remove this expectation), found a candidacy (kind: CANDIDACY)");
        assertThat(lastLine(wrong.out())).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void a_malformed_scenario_file_counts_as_a_failure(@TempDir Path dir) throws IOException {
        Path scenario = Files.writeString(dir.resolve("bad.yaml"), "name: no expectation\napplication: x.yaml\n");
        EvaluateCommandTest.Run run = eig("check", "--no-coverage", scenario);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("bad.yaml").contains("expect: expected at least one of");
    }

    @Test
    void a_copy_with_one_value_changed_changes_the_decisions(@TempDir Path dir) throws IOException {
        Path rules = variant(dir, "promotions/p3.yaml", "value: 0.70", "value: 0.50");
        EvaluateCommandTest.Run run = eig("evaluate", "--json", "--rules", rules, DATAJUST);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"piaAmount\":\"65000.00\"");
        EvaluateCommandTest.Run check = eig("check", "--no-coverage", "--rules", rules, SCENARIOS.resolve("selected-p3.yaml"));
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).contains("coFinancing.piaAmount: expected 91000.00, found 65000.00");
    }

    @Test
    void a_copy_with_a_syntax_error_is_reported_compiler_style(@TempDir Path dir) throws IOException {
        Path rules = variant(dir, "rules/cofinancing.drl", "    Funding( mode == FundingMode.SELF_FUNDED )",
                "    Funding( mode == FundingMode.SELF_FUNDED ");
        int line = Files.readAllLines(rules.resolve("rules/cofinancing.drl"))
                .indexOf("    Funding( mode == FundingMode.SELF_FUNDED ") + 1;
        EvaluateCommandTest.Run run = eig("evaluate", "--rules", rules, DATAJUST);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().toList().get(0)).matches("rules/cofinancing\\.drl:(" + line + "|" + (line + 1)
                + ")(:\\d+)?: .+");
        assertThat(run.err()).contains("eig: the rule set has").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void explain_lists_the_rules_fired_with_facts_parameters_and_clauses() {
        EvaluateCommandTest.Run run = eig("explain", "--lang", "en",
                EXAMPLES.resolve("ineligible/a-defi-longer-than-the-contract-is-ineligible.yaml"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Rules fired, in order:")
                .contains("CHL-2 the défi takes longer than the EIGs' contract")
                .contains("challenge.drl:")
                .contains("fact Challenge.durationMonths = 14")
                .contains("parameter contract.months = 10  (promotion 3; Annonce de l’appel à projets EIG 3 (2018); "
                        + "Règlement de l’appel à candidatures EIG 3 (septembre 2018), art. 2: 10-month contracts)")
                .containsPattern("CHL-2\\s+FAILED — The défi is achievable within the EIGs' contract")
                .contains("why: The défi needs 14 months, more than the EIGs' 10-month contract.")
                .containsPattern("CHL-1\\s+met")
                .contains("fact Challenge.problem = ")
                .containsPattern("PRI-1\\s+priority not met");
    }

    @Test
    void explain_in_french_uses_french_rule_and_clause_titles() {
        EvaluateCommandTest.Run run = eig("explain", "--lang", "fr",
                EXAMPLES.resolve("ineligible/a-defi-longer-than-the-contract-is-ineligible.yaml"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Règles déclenchées, dans l’ordre :")
                .contains("CHL-2 le défi dure plus longtemps que le contrat des EIG")
                .doesNotContain("CHL-2 the défi takes longer")
                .containsPattern("CHL-2\\s+NON RESPECTÉE — Le défi est réalisable dans la durée du contrat des EIG")
                .contains("fait Challenge.durationMonths = 14");
    }

    @Test
    void explain_shows_each_clause_met_failed_or_undecided_with_the_facts_that_decided_it() {
        EvaluateCommandTest.Run run = eig("explain", "--lang", "en",
                EXAMPLES.resolve("incomplete/a-team-member-whose-role-could-make-the-team-multidisciplinary.yaml"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("CHL-6\\s+undecided")
                .contains("missing: the role of project team member 3 (team[2].role)")
                .contains("fact Application.distinctTeamRoles() = 1")
                .containsPattern("CHL-5\\s+met")
                .contains("fact Mentors.samePersonInBothRoles() = false")
                .doesNotContain("fact Host.name");
    }

    @Test
    void explain_shows_undecided_clauses_and_works_on_a_rule_folder() {
        EvaluateCommandTest.Run run = eig("explain", "--lang", "en", "--rules", copy.resolve("rules"),
                EXAMPLES.resolve("incomplete/a-file-without-a-receipt-time-is-incomplete.yaml"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("CAL-1\\s+undecided").contains("missing: the date and time the platform received the file");
    }

    @Test
    void the_generated_documentation_of_the_built_in_rules_is_up_to_date() throws IOException {
        String generated = DocsCommand.generate(org.eigrules.EigRules.builtIn(), List.of(SCENARIOS));
        assertThat(Files.readString(ROOT.resolve("policy/RULES.md")))
                .as("policy/RULES.md is stale: run ./eig docs --scenarios scenarios --out policy/RULES.md")
                .isEqualTo(generated);
    }

    @Test
    void docs_cover_each_clause_with_rules_values_and_scenarios(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("RULES.md");
        EvaluateCommandTest.Run run = eig("docs", "--lang", "en", "--technical", "--rules", copy.resolve("rules"),
                "--scenarios", SCENARIOS, "--out", out);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).matches("Wrote \\S*RULES\\.md: \\d+ rules, promotion\\(s\\) 3, 4, 5, [1-9]\\d* scenario\\(s\\)\\R");
        assertThat(Files.readString(out)).contains("rule folder `rules`")
                .contains("#### CHL-2 — The défi is achievable within the EIGs' contract")
                .contains("- `contract.months` — Length of an EIG's fixed-term contract, in months: 10")
                .contains("## Sources").contains("**Cahier des charges EIG 3 (4 mai 2018)**")
                .contains("- a défi longer than the contract is ineligible (`ineligible.yaml`)")
                .contains("## Promotion 4 — appel à projets 2020");
    }

    @Test
    void diff_lists_what_changes_from_promotion_3_to_4() {
        EvaluateCommandTest.Run run = eig("diff", "--from", "3", "--to", "4");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("~ callForProjects.closes: 2018-06-15T17:00:00 → 2020-02-28T17:00:00")
                .contains("- pia.agreementKinds = TERRITORIAL_AUTHORITY, HEALTH_ESTABLISHMENT, INDEPENDENT_AUTHORITY")
                .contains("- pia.rate = 0.70")
                .contains("- FIN-3 the PIA pays the amount requested, which is within its share   (applies only to built-in P3")
                .contains("+ FIN-10 a request above the programme's share is capped   (applies only to built-in P4");
        // The summary first, per clause, with its title.
        assertThat(run.out()).startsWith("Clauses (built-in P3 → built-in P4):")
                .contains("  ~ CAL-1 same rules, other values: callForProjects.closes, callForProjects.opens — ")
                .contains("  ~ CHL-1 decided by other rules — ")
                .contains("  ~ CHL-5 no rule of its own: only its fields are needed — ")
                .contains("  + COM-7 new — The deliverables meet the digital accessibility standards")
                .contains("  - FIN-3 no longer applies — ")
                .contains("  + FIN-10 new — Programme 352 pays 4 of the 10 months")
                .doesNotContain("CHL-2 same rules");
        assertThat(eig("diff", "--from", "4", "--to", "5").out())
                .contains("  - FIN-10 no longer applies — ").contains("  + FIN-11 new — ")
                .contains("  ~ CHL-4 same rules, other values: eigs.profiles — ")
                .contains("  + PRI-7 new — A project hosted outside the Paris region");
    }

    @Test
    void diff_compares_two_rule_folders(@TempDir Path dir) throws IOException {
        Path changed = variant(dir, "rules/challenge.drl", "durationMonths > $p.contractMonths",
                "durationMonths >= $p.contractMonths");
        Files.writeString(changed.resolve("promotions/p3.yaml"), Files.readString(changed.resolve("promotions/p3.yaml"))
                .replace("value: 12\n", "value: 15\n"));
        EvaluateCommandTest.Run run = eig("diff", "--rules", copy.resolve("rules"), "--against", changed, "--from", "3");
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("~ documents.maxPitchSlides: 12 → 15")
                .contains("~ CHL-2 the défi takes longer than the EIGs' contract   (condition or clause changed")
                .contains("2 difference(s).");
        assertThat(eig("diff", "--rules", copy.resolve("rules"), "--against", copy.resolve("rules"), "--from", "3").out())
                .contains("No difference.");
    }

    @Test
    void diff_needs_something_to_compare() {
        assertThat(eig("diff", "--from", "3").status()).isEqualTo(2);
        assertThat(eig("diff", "--from", "3", "--to", "9").status()).isEqualTo(2);
    }
}
