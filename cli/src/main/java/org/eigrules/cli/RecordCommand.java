package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.decision.Language;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.ReadingException;
import org.eigrules.record.DecisionRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code eig record [--out DIR] FILE…}: one self-contained decision record per file. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Evaluates each application or candidacy file (folders: every .json, .yaml and .yml file inside) "
                + "and writes a decision record: the file as read, the decision as evaluate --json gives it, the "
                + "library's version and the rule set's fingerprint, for eig replay.",
                "Without --out, each record is one line of JSON on the standard output.",
                "Exit status: 0 when every file was recorded, 1 when a file or the rule folder was invalid, 2 on a usage error."})
final class RecordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleSetOption ruleSet;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write each record to DIR/NAME.record.json (NAME: the file's name without its extension), "
                    + "and list the files written.")
    Path outDir;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = LanguageConverter.class,
            description = "Language of the recorded decision's messages: fr (default) or en.")
    Language language;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Application or candidacy files, or folders holding them.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Summary summary = new Summary(language);
        Supplier<EigRules> rules = ruleSet.loadInBackground();
        if (outDir != null) {
            try {
                Files.createDirectories(outDir);
            } catch (IOException e) {
                err.println("eig record: " + outDir + (language == Language.FR
                        ? " : impossible d’y écrire (ce n’est pas un dossier, ou il n’est pas accessible en écriture)"
                        : ": cannot write there (not a folder, or not writable)"));
                return 1;
            }
        }
        Set<String> names = new HashSet<>();
        int status = 0;
        for (Path file : ApplicationPaths.expand(files)) {
            try {
                JsonNode document = EvaluateCommand.read(file, RecordCommand::document);
                ObjectNode record = DecisionRecords.record(document, file.toString().replace('\\', '/'), rules.get(), language);
                if (outDir == null) {
                    out.println(record.toString());
                } else {
                    Path target = outDir.resolve(uniqueName(file, names));
                    try {
                        Files.writeString(target, DecisionRecords.text(record), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        status = 1;
                        err.println("eig record: " + target + (language == Language.FR ? " : impossible d’écrire ce fichier"
                                : ": cannot write this file"));
                        continue;
                    }
                    out.println(target);
                }
            } catch (InvalidApplicationException e) {
                status = 1;
                err.println(summary.invalid(file, Answers.localized(e.violations(), language)));
            } catch (InvalidRuleSetException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                status = 1;
                err.println(summary.invalid(file, List.of(Answers.failure(e))));
            }
            out.flush();
            err.flush();
        }
        return status;
    }

    /** The file's document as read, malformed syntax reported as evaluate reports it. */
    static JsonNode document(Path file) throws IOException {
        DocumentReader.Syntax syntax = file.getFileName().toString().endsWith(".json")
                ? DocumentReader.Syntax.JSON : DocumentReader.Syntax.YAML;
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentReader.parse(DocumentReader.readBounded(in), syntax).root();
        } catch (ReadingException e) {
            throw new InvalidApplicationException(List.of(e.violation()));
        }
    }

    /** {@code datajust.record.json}; a second file of the same name takes its folder's name too. */
    private static String uniqueName(Path file, Set<String> used) {
        String name = file.getFileName().toString().replaceFirst("\\.(json|ya?ml)$", "");
        String candidate = name + ".record.json";
        Path parent = file.toAbsolutePath().getParent();
        for (int n = 2; !used.add(candidate); n++) {
            candidate = (parent != null && parent.getFileName() != null ? parent.getFileName() + "-" : "") + name
                    + (n > 2 ? "-" + n : "") + ".record.json";
        }
        return candidate;
    }
}
