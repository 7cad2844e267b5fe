package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.scenario.Scenario;
import org.eigrules.scenario.ScenarioFiles;
import org.eigrules.scenario.ScenarioResult;
import org.eigrules.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code eig check PATH…}: runs scenario files, prints what differs, and the rules' coverage — the
 * candidates' rules counted with the défi rules, so that {@code --require-coverage} asks for both.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Runs scenario files (YAML; folders are searched) of défi applications, candidacies and "
                + "selections against the rules and prints each failure as expected versus found, then how many "
                + "scenarios fired each rule (the défi rules, then the candidates' rules).",
                "Exit status: 0 when every scenario passed, 1 otherwise (or when --require-coverage finds a rule "
                        + "no scenario fired), 2 on a usage error."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleSetOption ruleSet;

    @Option(names = "--require-coverage", description = "Fail when a rule is fired by no scenario.")
    boolean requireCoverage;

    @Option(names = "--no-coverage", description = "Do not print the coverage table.")
    boolean noCoverage;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files, or folders holding them.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        EigRules rules = ruleSet.load();
        ScenarioRunner runner = new ScenarioRunner(rules);
        int passed = 0;
        int failed = 0;
        for (Path file : ScenarioFiles.find(paths)) {
            if (org.eigrules.scenario.SelectionScenarios.holdsSelections(file)) {
                int[] counts = SelectionScenarioLines.run(out, rules, file);
                passed += counts[0];
                failed += counts[1];
                continue;
            }
            List<Scenario> scenarios;
            try {
                scenarios = ScenarioFiles.read(file);
            } catch (ScenarioFiles.ScenarioFileException e) {
                out.println("FAIL " + e.getMessage());
                failed++;
                continue;
            }
            for (Scenario scenario : scenarios) {
                ScenarioResult result = runner.run(scenario);
                if (result.passed()) {
                    passed++;
                    out.println("ok   " + scenario.name());
                } else {
                    failed++;
                    out.println("FAIL " + scenario.name() + "  (" + file + ", scenario " + (scenario.index() + 1) + ")");
                    result.differences().forEach(d -> out.println("       " + d));
                }
            }
        }
        List<String> neverFired = new ArrayList<>();
        Map<RuleMetadata, Integer> coverage = runner.coverage();
        coverage.forEach((rule, count) -> {
            if (count == 0) {
                neverFired.add(rule.rule() + " (" + rule.file() + ":" + rule.line() + ")");
            }
        });
        if (!noCoverage) {
            out.println();
            out.println("Coverage: scenarios that fired each rule");
            coverage.forEach((rule, count) -> out.printf("  %4d  %-6s %s%n", count, rule.clause(), rule.rule()));
            out.println(neverFired.isEmpty() ? "Every rule fired at least once (" + coverage.size() + " rules)."
                    : neverFired.size() + " of " + coverage.size() + " rules never fired:");
            neverFired.forEach(rule -> out.println("  - " + rule));
        }
        boolean coverageFails = requireCoverage && !neverFired.isEmpty();
        if (coverageFails) {
            out.println("--require-coverage: " + neverFired.size() + " rule(s) never fired");
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed > 0 || coverageFails ? 1 : 0;
    }
}
