package org.eigrules.selection;

import org.eigrules.EigRules;
import org.eigrules.scenario.ScenarioFiles;
import org.eigrules.scenario.SelectionScenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled selection scenarios (selections/scenarios.yaml), one JUnit test each; and a failing one. */
class SelectionScenariosTest {

    private static final Path SCENARIOS = Path.of(System.getProperty("basedir", "."))
            .resolve("../selections/scenarios.yaml").normalize();

    @TestFactory
    Stream<DynamicTest> every_bundled_selection_scenario_passes() {
        assertThat(SelectionScenarios.holdsSelections(SCENARIOS)).isTrue();
        return SelectionScenarios.read(SCENARIOS).stream().map(s -> DynamicTest.dynamicTest(s.name(), () ->
                assertThat(SelectionScenarios.run(EigRules.builtIn(), s).differences()).isEmpty()));
    }

    @Test
    void a_wrong_expectation_is_reported_as_expected_versus_found(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wrong.yaml");
        Files.writeString(file, "name: a wrong expectation\nselection: " + SCENARIOS.getParent()
                .resolve("clauses/an-unfavourable-opinion-is-ranked-but-not-proposed.yaml")
                + "\nexpect:\n  statuses: { IA Flash: COVERED }\n  envelope: null\n");
        SelectionScenarios.Outcome outcome = SelectionScenarios.run(EigRules.builtIn(), SelectionScenarios.read(file).get(0));
        assertThat(outcome.differences()).extracting(Object::toString).containsExactly(
                "statuses.IA Flash: expected COVERED, found UNFAVOURABLE", "envelope: expected null, found an envelope");
        Files.writeString(file, "name: x\nselection: s.yaml\nexpect: { winners: [] }\n");
        assertThatThrownBy(() -> SelectionScenarios.read(file)).isInstanceOf(ScenarioFiles.ScenarioFileException.class)
                .hasMessageContaining("expect.winners: unknown expectation");
    }

    @Test
    void an_application_scenario_file_is_not_taken_for_a_selection_one() {
        assertThat(SelectionScenarios.holdsSelections(Path.of(System.getProperty("basedir", "."))
                .resolve("../scenarios/ineligible.yaml"))).isFalse();
    }

    @Test
    void every_file_of_the_selection_examples_is_used_by_a_scenario_or_a_selection() throws IOException {
        java.util.Set<Path> used = new java.util.HashSet<>();
        used.add(SCENARIOS.toAbsolutePath().normalize());
        for (SelectionScenarios.SelectionScenario scenario : SelectionScenarios.read(SCENARIOS)) {
            used.add(scenario.selection().toAbsolutePath().normalize());
            try {
                org.eigrules.io.SelectionFiles.read(scenario.selection()).applicationFiles()
                        .forEach(f -> used.add(f.toAbsolutePath().normalize()));
            } catch (org.eigrules.validation.InvalidSelectionException e) {
                // the invalid example's applications are named by other selections too
            }
        }
        try (Stream<Path> files = Files.walk(SCENARIOS.getParent())) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).toList())
                    .allSatisfy(file -> assertThat(used).contains(file));
        }
    }
}
