package org.eigrules.scenario;

import org.eigrules.EigRules;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.model.Application;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.DecisionAssert.assertThat;

/** The project's own scenario files (scenarios/), one JUnit test each, and what they cover. */
class BundledScenariosTest {

    static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();
    static final Path SCENARIOS = ROOT.resolve("scenarios");

    static List<Scenario> scenarios() throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : ScenarioFiles.find(List.of(SCENARIOS))) {
            scenarios.addAll(ScenarioFiles.read(file));
        }
        return scenarios;
    }

    @TestFactory
    Stream<DynamicTest> every_bundled_scenario_passes() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(EigRules.builtIn());
        return scenarios().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
            ScenarioResult result = runner.run(scenario);
            assertThat(result.differences()).as("%s (%s)", scenario.name(), scenario.file()).isEmpty();
        }));
    }

    @Test
    void the_bundled_scenarios_fire_every_built_in_rule() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(EigRules.builtIn());
        scenarios().forEach(runner::run);
        Map<RuleMetadata, Integer> coverage = runner.coverage();
        // The défi rules and the candidates' rules (a rule base of their own) alike.
        assertThat(coverage.keySet()).extracting(RuleMetadata::rule).containsAll(
                org.eigrules.engine.candidacy.CandidateRules.builtIn().rules().stream().map(r -> r.rule()).toList())
                .anyMatch(rule -> rule.startsWith("ADM-1 "));
        assertThat(coverage.entrySet().stream().filter(e -> e.getValue() == 0).map(e -> e.getKey().rule()).toList())
                .as("rules no scenario fires").isEmpty();
    }

    @Test
    void every_example_file_is_used_by_a_scenario() throws IOException {
        Set<Path> used = scenarios().stream().filter(s -> s.application().isTextual())
                .map(s -> Path.of(s.file()).toAbsolutePath().getParent().resolve(s.application().textValue()).normalize())
                .collect(Collectors.toSet());
        try (Stream<Path> examples = Files.walk(ROOT.resolve("examples"))) {
            assertThat(examples.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).toList())
                    .allSatisfy(example -> assertThat(used).contains(example));
        }
    }

    @Test
    void the_fifteen_selected_defis_of_promotion_3_are_all_eligible_with_32_eigs() throws IOException {
        List<Application> selected = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("examples/selected-p3"))) {
            for (Path file : files.sorted().toList()) {
                selected.add(ApplicationFiles.read(file));
            }
        }
        assertThat(selected).hasSize(15);
        assertThat(selected).extracting(Application::eigCount).containsOnly(2, 3);
        assertThat(selected.stream().mapToInt(Application::eigCount).sum()).isEqualTo(32);
        assertThat(selected).filteredOn(a -> a.eigCount() == 3).extracting(a -> a.challenge().name())
                .containsExactlyInAnyOrder("Open Justice", "Plume");
        assertThat(EigRules.builtIn().evaluateAll(selected)).allSatisfy(d -> assertThat(d).isEligible());
    }

    /** Every clause of each promotion's call, by promotion: the failing side of each must be exercised. */
    private static final Map<Integer, List<String>> CLAUSES = Map.of(
            3, List.of("ADM-1", "CHL-1", "CHL-2", "CHL-3", "CHL-4", "CHL-5", "CHL-6",
                    "COM-1", "COM-2", "COM-3", "COM-4", "COM-5", "COM-6", "CAL-1", "DOC-1",
                    "FIN-1", "FIN-2", "FIN-3", "FIN-4", "FIN-5"),
            4, List.of("ADM-1", "CHL-1", "CHL-2", "CHL-3", "CHL-4", "CHL-5", "CHL-6",
                    "COM-1", "COM-2", "COM-3", "COM-4", "COM-5", "COM-6", "COM-7", "CAL-1", "DOC-1",
                    // FIN-12 has no failing side: the economic and financial ministries get the
                    // grant in both promotions (their examples show that side).
                    "FIN-4", "FIN-5", "FIN-7", "FIN-8", "FIN-9", "FIN-10"),
            5, List.of("ADM-1", "CHL-1", "CHL-2", "CHL-3", "CHL-4", "CHL-5", "CHL-6",
                    "COM-1", "COM-2", "COM-3", "COM-4", "COM-5", "COM-6", "COM-7", "CAL-1", "DOC-1",
                    "FIN-4", "FIN-5", "FIN-7", "FIN-8", "FIN-9", "FIN-11"));

    /**
     * A clause's failing side: a reason, a missing field or an implausible value under it, or a
     * co-financing note of a decision that grants nothing (a refusal, a self-funding). Counted per promotion, since the same clause reads each promotion's parameters.
     */
    @Test
    void the_bundled_scenarios_exercise_every_clause_of_every_promotion_on_its_failing_side() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(EigRules.builtIn());
        Map<Integer, Set<String>> exercised = new java.util.TreeMap<>();
        for (Scenario scenario : scenarios()) {
            Decision decision = runner.run(scenario).decision();
            if (decision == null) {
                continue;
            }
            Set<String> clauses = exercised.computeIfAbsent(decision.promotion(), p -> new TreeSet<>());
            decision.reasons().stream().map(Reason::clause).forEach(clauses::add);
            decision.missing().stream().map(MissingField::clause).forEach(clauses::add);
            decision.implausible().stream().map(ImplausibleValue::clause).forEach(clauses::add);
            if (!decision.coFinancing().granted()) {
                decision.coFinancing().notes().stream().map(Note::clause).forEach(clauses::add);
            }
        }
        CLAUSES.forEach((promotion, clauses) -> assertThat(exercised.getOrDefault(promotion, Set.of()))
                .as("promotion %d's clauses on their failing side", promotion).containsAll(clauses));
    }

    /** Boundaries every promotion's scenarios must hold: a clause decided on each side of its limit. */
    @Test
    void the_promotion_4_and_5_limits_are_each_tried_on_both_sides() throws IOException {
        Map<String, Decision> byFile = new java.util.HashMap<>();
        ScenarioRunner runner = new ScenarioRunner(EigRules.builtIn());
        for (Scenario scenario : scenarios()) {
            if (scenario.application().isTextual()) {
                byFile.put(Path.of(scenario.application().textValue()).getFileName().toString(), runner.run(scenario).decision());
            }
        }
        // CAL-1: every close is HH:MM:00 in its zone, inclusive: P4 at 17:00:00, P5 at 23:59:00 Paris.
        assertThat(byFile.get("a-promotion-4-file-received-at-16-00-00z-the-closing-instant-is-on-time.yaml").failedClauses()).isEmpty();
        assertThat(byFile.get("a-promotion-4-file-received-at-17-00-01-paris-time-is-late.yaml").failedClauses()).containsExactly("CAL-1");
        assertThat(byFile.get("a-promotion-5-file-received-at-23-59-00-the-closing-instant-is-on-time.yaml").failedClauses()).isEmpty();
        assertThat(byFile.get("a-promotion-5-file-received-at-23-59-30-is-late.yaml").failedClauses()).containsExactly("CAL-1");
        assertThat(byFile.get("a-promotion-5-file-received-at-midnight-on-8-april-is-late.yaml").failedClauses()).containsExactly("CAL-1");
        // FIN-10: a request at the share to the cent is granted in full, one cent more is capped.
        assertThat(byFile.get("a-promotion-4-request-at-exactly-four-tenths-to-the-cent-is-granted-in-full.yaml").coFinancing().notes())
                .isEmpty();
        assertThat(byFile.get("a-promotion-4-request-one-cent-above-four-tenths-is-capped.yaml").coFinancing().notes())
                .extracting(Note::clause).containsExactly("FIN-10");
        // FIN-4: at the floor is plausible, one cent below is not (P4 one floor, P5 one per band).
        assertThat(byFile.get("a-promotion-4-employer-cost-at-exactly-the-net-salary-is-plausible.yaml").implausible()).isEmpty();
        assertThat(byFile.get("a-promotion-4-employer-cost-one-cent-below-the-net-salary-is-not-plausible.yaml").implausible())
                .extracting(ImplausibleValue::clause).containsExactly("FIN-4");
        assertThat(byFile.get("a-promotion-5-employer-costs-at-exactly-the-net-salaries-are-plausible.yaml").implausible()).isEmpty();
        assertThat(byFile.get("a-promotion-5-employer-cost-one-cent-below-the-lower-salary-is-not-plausible.yaml").implausible())
                .extracting(ImplausibleValue::field).containsExactly("funding.employerCostUpTo5Years");
        assertThat(byFile.get("a-promotion-5-employer-cost-one-cent-below-the-upper-salary-is-not-plausible.yaml").implausible())
                .extracting(ImplausibleValue::field).containsExactly("funding.employerCostOver5Years");
        // CHL-4: statistics refused in P4 and P5; digital law refused in P3 and P4, recruited in P5.
        assertThat(byFile.get("a-statistics-profile-is-not-recruited-in-promotion-4.yaml").failedClauses()).containsExactly("CHL-4");
        assertThat(byFile.get("a-statistics-profile-is-not-recruited-in-promotion-5.yaml").failedClauses()).containsExactly("CHL-4");
        assertThat(byFile.get("a-digital-law-profile-is-not-recruited-in-promotion-3.yaml").failedClauses()).containsExactly("CHL-4");
        assertThat(byFile.get("a-digital-law-profile-is-not-recruited-in-promotion-4.yaml").failedClauses()).containsExactly("CHL-4");
        assertThat(byFile.get("a-digital-law-profile-is-recruited-in-promotion-5.yaml").failedClauses()).isEmpty();
    }
}
