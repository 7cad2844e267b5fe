package org.eigrules.scenario;

import org.eigrules.EigRules;
import org.eigrules.decision.Decision;
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
                org.eigrules.candidacy.CandidateRules.builtIn().rules().stream().map(r -> r.rule()).toList())
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

    @Test
    void the_bundled_scenarios_exercise_every_promotion_3_clause_on_its_failing_side() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(EigRules.builtIn());
        Set<String> exercised = new TreeSet<>();
        for (Scenario scenario : scenarios()) {
            Decision decision = runner.run(scenario).decision();
            if (decision == null) {
                continue;
            }
            decision.reasons().stream().map(Reason::clause).forEach(exercised::add);
            decision.missing().stream().map(MissingField::clause).forEach(exercised::add);
            if (!decision.coFinancing().granted()) {
                decision.coFinancing().notes().stream().map(Note::clause).forEach(exercised::add);
            }
        }
        assertThat(exercised).containsAll(List.of("ADM-1", "CHL-1", "CHL-2", "CHL-3", "CHL-4", "CHL-5", "CHL-6",
                "COM-1", "COM-2", "COM-3", "COM-4", "COM-5", "COM-6", "CAL-1", "DOC-1",
                "FIN-1", "FIN-2", "FIN-3", "FIN-4", "FIN-5"));
    }
}
