package org.eigrules.scenario;

import org.eigrules.EigRules;
import org.eigrules.ruleset.CandidateRule;
import org.eigrules.engine.candidacy.CandidateRules;
import org.eigrules.decision.Verdict;
import org.eigrules.ruleset.RuleMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Scenarios whose file is a candidacy: decided by the candidates' rules, compared field by field. */
class CandidacyScenariosTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String LATE_P3 = """
            kind: CANDIDACY
            promotion: 3
            receivedAt: 2018-10-15T17:00:01+02:00
            applicant: { naturalPerson: true }
            publicService: { civilServant: false }
            juryMemberOrExpert: false
            studiesAtStart: NONE
            choices: [DataJust]
            documents: { motivation: true }
            """;

    private static String inline(String candidacy) {
        return candidacy.lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
    }

    private static ScenarioResult runOne(Path dir, String text) throws IOException {
        Path file = Files.writeString(dir.resolve("s.yaml"), text);
        List<Scenario> scenarios = ScenarioFiles.read(file);
        assertThat(scenarios).hasSize(1);
        return new ScenarioRunner(EigRules.builtIn()).run(scenarios.get(0));
    }

    @Test
    void an_inline_candidacy_meets_its_expectations(@TempDir Path dir) throws IOException {
        ScenarioResult result = runOne(dir, "name: a P3 candidacy one second late is ineligible\napplication:\n"
                + inline(LATE_P3) + """
                expect:
                  verdict: INELIGIBLE
                  reasons: [CND-6]
                  missing: []
                  fired: ["CND-6 the candidacy was received after the call closed"]
                """);
        assertThat(result.differences()).isEmpty();
        assertThat(result.decision()).isNull();
        assertThat(result.candidacy().verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(result.rulesFired()).containsExactly("CND-6 the candidacy was received after the call closed");
    }

    @Test
    void a_wrong_expectation_on_a_candidacy_says_what_was_expected_and_found(@TempDir Path dir) throws IOException {
        ScenarioResult result = runOne(dir, "name: wrongly expected on time\napplication:\n" + inline(LATE_P3) + """
                expect:
                  verdict: ELIGIBLE
                  reasons: []
                  missing: ["receivedAt CND-6"]
                  fired: ["CND-6 the file has no receipt time"]
                """);
        assertThat(result.differences()).extracting(ScenarioResult.Difference::toString).containsExactly(
                "verdict: expected ELIGIBLE, found INELIGIBLE",
                "reasons: expected [], found [CND-6]",
                "missing: expected [receivedAt CND-6], found []",
                "fired: expected rule \"CND-6 the file has no receipt time\" to fire, found it did not (fired: "
                        + "[CND-6 the candidacy was received after the call closed])");
    }

    @Test
    void a_candidacy_file_by_its_path_is_decided_as_a_candidacy(@TempDir Path dir) throws IOException {
        Path example = ROOT.resolve("candidacies/incomplete/p4-a-cv-not-in-pdf-is-incomplete.yaml");
        ScenarioResult result = runOne(dir, """
                name: a P4 CV not in PDF is incomplete
                application: %s
                expect: { verdict: INCOMPLETE, missing: ["documents.cvPdf CND-9"] }
                """.formatted(example));
        assertThat(result.differences()).isEmpty();
        assertThat(result.candidacy().promotion()).isEqualTo(4);
    }

    @Test
    void co_financing_expectations_on_a_candidacy_are_a_mistake_said_as_such(@TempDir Path dir) throws IOException {
        ScenarioResult result = runOne(dir, "name: co-financing asked of a candidacy\napplication:\n" + inline(LATE_P3) + """
                expect:
                  verdict: INELIGIBLE
                  coFinancing: { granted: true }
                  notes: [FIN-2]
                """);
        assertThat(result.passed()).isFalse();
        assertThat(result.differences()).extracting(ScenarioResult.Difference::toString).containsExactly(
                "notes: expected a défi application (co-financing notes are given only for défi applications: remove "
                        + "this expectation), found a candidacy (kind: CANDIDACY)",
                "coFinancing: expected a défi application (co-financing is decided only for défi applications: remove "
                        + "this expectation), found a candidacy (kind: CANDIDACY)");
    }

    @Test
    void an_invalid_candidacy_gives_the_paths_of_its_errors(@TempDir Path dir) throws IOException {
        String wrong = LATE_P3.replace("promotion: 3", "promotion: 1").replace("studiesAtStart: NONE", "studiesAtStart: SOME");
        ScenarioResult expected = runOne(dir, "name: a malformed candidacy\napplication:\n" + inline(wrong)
                + "expect:\n  invalid: [studiesAtStart]\n");
        assertThat(expected.differences()).isEmpty();
        ScenarioResult unexpected = runOne(dir, "name: a malformed candidacy taken for a good one\napplication:\n"
                + inline(wrong) + "expect:\n  verdict: ELIGIBLE\n");
        assertThat(unexpected.differences()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("application");
            assertThat(d.actual()).contains("studiesAtStart");
        });
        ScenarioResult valid = runOne(dir, "name: a good candidacy said to be malformed\napplication:\n" + inline(LATE_P3)
                + "expect:\n  invalid: [promotion]\n");
        assertThat(valid.differences()).extracting(ScenarioResult.Difference::toString)
                .containsExactly("invalid: expected [promotion], found a valid candidacy, INELIGIBLE");
    }

    private static String drlLine(int line) {
        try (var in = CandidacyScenariosTest.class.getResourceAsStream("/" + CandidateRule.FILE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList().get(line - 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_coverage_counts_the_candidates_rules_after_the_defi_rules() throws IOException {
        EigRules rules = EigRules.builtIn();
        ScenarioRunner runner = new ScenarioRunner(rules);
        Path file = ROOT.resolve("scenarios/candidacies.yaml");
        ScenarioFiles.read(file).stream().filter(s -> s.name().contains("too many")).forEach(runner::run);
        Map<RuleMetadata, Integer> coverage = runner.coverage();
        List<CandidateRule> candidates = CandidateRules.builtIn().rules();
        assertThat(coverage).hasSize(rules.rules().size() + candidates.size());
        assertThat(coverage.keySet().stream().skip(rules.rules().size()).map(RuleMetadata::rule).toList())
                .isEqualTo(candidates.stream().map(CandidateRule::rule).toList());
        coverage.forEach((rule, count) -> {
            if (rule.rule().equals("CND-5 too many choices")) {
                assertThat(count).isEqualTo(4);
                assertThat(rule.file()).isEqualTo(CandidateRule.FILE);
                assertThat(drlLine(rule.line())).isEqualTo("rule \"CND-5 too many choices\"");
            } else {
                assertThat(count).as(rule.rule()).isZero();
            }
        });
    }
}
