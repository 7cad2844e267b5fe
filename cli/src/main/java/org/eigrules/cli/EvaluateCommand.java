package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.InvalidApplicationException;
import org.eigrules.Violation;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.DecisionJson;
import org.eigrules.model.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code eig evaluate FILE…}: one decision per application file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluates each application file (JSON or YAML, by extension) with the built-in rules, or those of --rules.",
                "Exit status: 0 when every file was evaluated, 1 when a file or the rule folder was invalid, "
                        + "2 on a usage error."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print each decision as one line of JSON (the contract's format).")
    boolean json;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            converter = LanguageConverter.class, description = "Language of the messages: fr (default) or en.")
    Language language;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Application files: .json, .yaml or .yml.")
    List<Path> files;

    @Mixin
    RuleSetOption ruleSet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Summary summary = new Summary(language);
        EigRules rules = null;
        int status = 0;
        for (Path file : files) {
            try {
                Application application = readFile(file);
                if (rules == null) {
                    rules = ruleSet.load();
                }
                Decision decision = rules.evaluate(application);
                out.println(json ? DecisionJson.write(decision, language) : summary.of(file, decision));
            } catch (InvalidApplicationException e) {
                status = 1;
                report(out, err, summary, file, e.violations());
            }
            out.flush();
        }
        return status;
    }

    static Application readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidApplicationException(List.of(new Violation("",
                    Files.exists(file) ? "not a regular file" : "no such file")));
        }
        try {
            return ApplicationFiles.read(file);
        } catch (IllegalArgumentException e) {
            throw new InvalidApplicationException(List.of(new Violation("", e.getMessage())));
        } catch (NoSuchFileException e) {
            throw new InvalidApplicationException(List.of(new Violation("", "no such file")));
        } catch (IOException e) {
            throw new InvalidApplicationException(List.of(new Violation("", "cannot be read: " + e.getMessage())));
        }
    }

    private void report(PrintWriter out, PrintWriter err, Summary summary, Path file, List<Violation> violations) {
        if (json) {
            out.println(DecisionJson.writeInvalid(file.toString(), violations));
        }
        err.println(summary.invalid(file, violations));
        err.flush();
    }
}
