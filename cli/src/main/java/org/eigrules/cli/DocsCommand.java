package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.decision.Language;
import org.eigrules.scenario.Scenario;
import org.eigrules.scenario.ScenarioFiles;
import org.eigrules.scenario.ScenarioResult;
import org.eigrules.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code eig docs}: the rule set's documentation, in Markdown. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Writes documentation of the rules, in Markdown or HTML: for each promotion, its parameters with their "
                + "sources, and each clause with its rules, the values they read and the scenarios that exercise it.")
final class DocsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleSetOption ruleSet;

    @Option(names = "--scenarios", paramLabel = "PATH", split = ",",
            description = "Scenario files or folders whose scenarios are listed under the clauses they exercise.")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the standard output.")
    Path out;

    /** The formats, as typed. */
    enum Format { markdown, html }

    @Option(names = "--format", paramLabel = "markdown|html", defaultValue = "markdown",
            description = "markdown (default) or html: one page in the French State's design system, with a table of "
                    + "contents, readable offline.")
    Format format;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = LanguageConverter.class,
            description = "Language of the documentation: fr (default) or en.")
    Language language;

    @Option(names = "--technical", description = "Adds, for whoever maintains the rules, each rule's file and line "
            + "and each parameter's key.")
    boolean technical;

    @Override
    public Integer call() throws IOException {
        // Documentation alone reads the folder without building it; scenarios need it built (after its check).
        EigRules rules = scenarios.isEmpty() ? ruleSet.review() : ruleSet.load();
        List<ScenarioResult> results;
        try {
            results = run(rules, scenarios);
        } catch (ScenarioFiles.ScenarioFileException e) {
            // A path given to --scenarios that holds no readable scenario file: a usage of its own.
            spec.commandLine().getErr().println("eig: " + (language == Language.FR
                    ? "--scenarios\u00a0: fichier de scénarios illisible ou invalide\u00a0: "
                    : "--scenarios: unreadable or invalid scenario file: ") + e.getMessage());
            return 1;
        }
        String markdown = RuleDocs.markdown(rules, results, language, technical);
        if (format == Format.html) {
            markdown = DocsHtml.page(markdown, language);
        }
        if (out == null) {
            spec.commandLine().getOut().print(markdown);
        } else {
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
            // With --out the standard output is free: say what was written, so a run is not silent.
            spec.commandLine().getOut().printf("Wrote %s: %d rules, promotion(s) %s, %d scenario(s)%n", out,
                    rules.rules().size(), rules.promotions().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")), results.size());
        }
        return 0;
    }

    /** The documentation of a rule set, with the scenarios found under the given paths. */
    static String generate(EigRules rules, List<Path> scenarioPaths) throws IOException {
        return generate(rules, scenarioPaths, Language.FR, false);
    }

    /** The documentation of a rule set in a language, as {@code eig docs} writes it in Markdown. */
    static String generate(EigRules rules, List<Path> scenarioPaths, Language language, boolean technical)
            throws IOException {
        return RuleDocs.markdown(rules, run(rules, scenarioPaths), language, technical);
    }

    private static List<ScenarioResult> run(EigRules rules, List<Path> scenarioPaths) throws IOException {
        ScenarioRunner runner = new ScenarioRunner(rules);
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : ScenarioFiles.find(scenarioPaths)) {
            for (Scenario scenario : ScenarioFiles.read(file)) {
                results.add(runner.run(scenario));
            }
        }
        return results;
    }
}
