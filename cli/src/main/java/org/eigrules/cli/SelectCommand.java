package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.eigrules.io.SelectionFiles;
import org.eigrules.io.SelectionJson;
import org.eigrules.selection.SelectionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code eig select FILE}: the jury's ranking of a promotion, the envelope, and the checks of a decided selection. */
@Command(name = "select", mixinStandardHelpOptions = true,
        description = {"Ranks a promotion's défis from their jury grids, walks the envelope down the ranking and checks "
                + "the decided selection, if the file gives one (a selection file: JSON or YAML, by extension).",
                "Exit status: 0 when the selection was evaluated (whatever it finds), 1 when the file, a grid or an "
                        + "application was invalid, 2 on a usage error."})
final class SelectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the result as one line of JSON (the contract's format).")
    boolean json;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            converter = LanguageConverter.class, description = "Language of the messages: fr (default) or en.")
    Language language;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A selection file: .json, .yaml or .yml.")
    Path file;

    @Mixin
    RuleSetOption ruleSet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Supplier<EigRules> rules = ruleSet.loadInBackground();
        SelectionFiles.SelectionFile read;
        try {
            read = SelectionFiles.read(file);
        } catch (InvalidSelectionException e) {
            return invalid(out, err, e.violations());
        }
        SelectionResult result;
        try {
            result = rules.get().select(read.selection());
        } catch (InvalidSelectionException e) {
            return invalid(out, err, read.locate(e.violations()));
        }
        out.println(json ? SelectionJson.write(result, language, file.toString())
                : new SelectionReport(language).of(file, result));
        out.flush();
        return 0;
    }

    private int invalid(PrintWriter out, PrintWriter err, List<Violation> given) {
        List<Violation> violations = Answers.localized(given, language); // --lang for the JSON too, as evaluate
        if (json) {
            out.println(SelectionJson.writeInvalid(file.toString(), violations));
            out.flush();
        }
        err.println(file + ": " + (language == Language.EN ? "invalid selection" : "sélection invalide"));
        violations.forEach(v -> err.println("  " + v));
        err.flush();
        return 1;
    }
}
