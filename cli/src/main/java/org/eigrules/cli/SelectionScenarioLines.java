package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.scenario.ScenarioFiles;
import org.eigrules.scenario.SelectionScenarios;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The lines {@code eig check} prints for a file of selection scenarios, in the same style as the others. */
final class SelectionScenarioLines {

    private SelectionScenarioLines() {
    }

    /** Runs a file's selection scenarios; returns {passed, failed}. */
    static int[] run(PrintWriter out, EigRules rules, Path file) {
        List<SelectionScenarios.SelectionScenario> scenarios;
        try {
            scenarios = SelectionScenarios.read(file);
        } catch (ScenarioFiles.ScenarioFileException e) {
            out.println("FAIL " + e.getMessage());
            return new int[]{0, 1};
        }
        int passed = 0;
        int failed = 0;
        for (SelectionScenarios.SelectionScenario scenario : scenarios) {
            SelectionScenarios.Outcome outcome = SelectionScenarios.run(rules, scenario);
            if (outcome.passed()) {
                passed++;
                out.println("ok   " + scenario.name());
            } else {
                failed++;
                out.println("FAIL " + scenario.name() + "  (" + file + ", scenario " + (scenario.index() + 1) + ")");
                outcome.differences().forEach(d -> out.println("       " + d));
            }
        }
        return new int[]{passed, failed};
    }
}
