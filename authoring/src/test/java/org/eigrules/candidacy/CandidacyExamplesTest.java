package org.eigrules.candidacy;

import org.eigrules.engine.candidacy.CandidateRules;

import org.eigrules.EigRules;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.scenario.Scenario;
import org.eigrules.scenario.ScenarioFiles;
import org.eigrules.scenario.ScenarioResult;
import org.eigrules.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled candidacy examples ({@code candidacies/VERDICT/pN-….yaml}) and their scenarios
 * ({@code scenarios/candidacies.yaml}), which hold what each must give: every example has exactly
 * one scenario, filed under the verdict its scenario expects and named after its promotion, and
 * together they show every promotion and every clause on its failing side. Whether each decision is
 * the expected one is checked by {@code BundledScenariosTest}, with the other scenarios.
 */
class CandidacyExamplesTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static List<Path> examples() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT.resolve("candidacies"))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<Path, List<Scenario>> scenariosByFile() {
        Path file = ROOT.resolve("scenarios/candidacies.yaml");
        Map<Path, List<Scenario>> byFile = new HashMap<>();
        for (Scenario scenario : ScenarioFiles.read(file)) {
            assertThat(scenario.application().isTextual()).as(scenario.name()).isTrue();
            Path example = file.getParent().resolve(scenario.application().textValue()).normalize();
            byFile.computeIfAbsent(example, f -> new ArrayList<>()).add(scenario);
        }
        return byFile;
    }

    @Test
    void every_candidacy_example_has_one_scenario_expecting_the_verdict_of_its_folder() throws IOException {
        List<Path> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(58);
        Map<Path, List<Scenario>> byFile = scenariosByFile();
        assertThat(byFile.keySet()).as("scenarios naming a file that is not an example").allSatisfy(f ->
                assertThat(examples).contains(f));
        for (Path example : examples) {
            String name = example.getFileName().toString();
            assertThat(byFile.get(example)).as("scenarios of %s", name).hasSize(1);
            Scenario scenario = byFile.get(example).get(0);
            String folder = example.getParent().getFileName().toString().toUpperCase(Locale.ROOT);
            assertThat(scenario.expect().path("verdict").asText()).as(name).isEqualTo(folder);
            assertThat(scenario.name()).as(name).startsWith("in promotion " + name.charAt(1) + ", ");
            assertThat(CandidacyFiles.read(example).promotion()).as(name).isEqualTo(name.charAt(1) - '0');
            // The file says why it is what it is: a comment above its fields.
            assertThat(Files.readAllLines(example).get(0)).as(name).startsWith("# ");
        }
    }

    @Test
    void the_examples_show_every_promotion_and_every_clause_on_its_failing_side() {
        ScenarioRunner runner = new ScenarioRunner(EigRules.builtIn());
        Set<Integer> promotions = new TreeSet<>();
        Set<String> ineligible = new TreeSet<>();
        Set<String> incomplete = new TreeSet<>();
        for (List<Scenario> scenarios : scenariosByFile().values()) {
            ScenarioResult result = runner.run(scenarios.get(0));
            assertThat(result.candidacy()).as(scenarios.get(0).name()).isNotNull();
            promotions.add(result.candidacy().promotion());
            ineligible.addAll(result.candidacy().failedClauses());
            result.candidacy().missing().forEach(m -> incomplete.add(m.clause()));
        }
        assertThat(promotions).containsExactly(2, 3, 4, 5);
        assertThat(ineligible).contains("CND-1", "CND-2", "CND-3", "CND-4", "CND-5", "CND-6");
        assertThat(incomplete).contains("CND-1", "CND-2", "CND-3", "CND-4", "CND-5", "CND-6", "CND-9");
    }

    @Test
    void every_clause_of_every_call_for_candidates_has_a_scenario_in_that_promotion() {
        ScenarioRunner runner = new ScenarioRunner(EigRules.builtIn());
        Set<String> shown = new TreeSet<>();
        for (List<Scenario> scenarios : scenariosByFile().values()) {
            CandidacyDecision decision = runner.run(scenarios.get(0)).candidacy();
            CandidateRules.builtIn().rules().stream().filter(r -> decision.rulesFired().contains(r.rule()))
                    .forEach(r -> shown.add("P" + decision.promotion() + " " + r.clause()));
        }
        Set<String> clauses = new TreeSet<>();
        for (int promotion : EigRules.builtIn().candidacyPromotions()) {
            CandidateRules.builtIn().rules().stream().filter(r -> r.appliesTo(promotion))
                    .forEach(r -> clauses.add("P" + promotion + " " + r.clause()));
        }
        assertThat(clauses).hasSizeGreaterThanOrEqualTo(28);
        assertThat(shown).containsAll(clauses);
    }
}
