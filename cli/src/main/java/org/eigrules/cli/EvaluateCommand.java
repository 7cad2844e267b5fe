package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.DecisionJson;
import org.eigrules.io.DecisionText;
import org.eigrules.model.Application;
import org.eigrules.reading.InputText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code eig evaluate FILE…}: one decision per application file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluates each application or candidacy file (JSON or YAML, by extension; a candidacy has kind: CANDIDACY) with the built-in rules, or those of --rules.",
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

    @Option(names = "--jsonl", description = "Read JSON Lines (one application per line) from FILE, or from the "
            + "standard input when FILE is - or absent, and write one answer per input line (a decision, or the line's "
            + "errors; blank lines included), in constant memory.")
    boolean jsonLines;

    @Option(names = "--mention", description = "End each decision with the explicit mention that it was made with an "
            + "algorithmic processing, its purpose and where to ask for its rules (in the JSON: \"mention\").")
    boolean mention;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Application files (.json, .yaml or .yml), or "
            + "folders: every such file inside, sub-folders included, in path order.")
    List<Path> files = new ArrayList<>();

    @Mixin
    RuleSetOption ruleSet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jsonLines) {
            return jsonLines(out, err);
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), french()
                    ? "donnez au moins un fichier (FILE), ou --jsonl" : "give at least one FILE, or --jsonl");
        }
        Summary summary = new Summary(language);
        // Loading the rules takes as long as reading a file: do both at once.
        Supplier<EigRules> rules = ruleSet.loadInBackground();
        int status = 0;
        Summary.Tally tally = new Summary.Tally();
        List<Path> expanded = ApplicationPaths.expand(files); // a folder: every application file inside, in path order
        FileProgress progress = FileProgress.forRun(err, language, expanded.size());
        int done = 0;
        for (Path file : expanded) {
            try {
                CandidacyFiles.ApplicationOrCandidacy read = readAnyFile(file); // told apart by kind
                if (read.candidacy() != null) {
                    CandidacyDecision decision = rules.get().evaluate(read.candidacy());
                    tally.count(decision.verdict());
                    out.println(Mentions.with(json ? CandidacyAnswers.json(decision, file.toString(), language)
                            : DecisionText.text(decision, language, file.toString()), mention, json, rules.get(),
                            decision.promotion(), language));
                } else {
                    Decision decision = rules.get().evaluate(read.application());
                    tally.count(decision.verdict());
                    out.println(Mentions.with(json ? Answers.decision(decision, file.toString(), language)
                            : DecisionText.text(decision, language, file.toString()), mention, json, rules.get(),
                            decision.promotion(), language));
                }
            } catch (InvalidApplicationException e) {
                status = 1;
                tally.invalid();
                progress.clear();
                report(out, err, summary, file, e.violations());
            } catch (InvalidRuleSetException e) {
                throw e; // the rule folder itself: reported once, compiler-style, by the command line
            } catch (RuntimeException | Error e) { // an Error too: ThreadDeath, out of memory, an assertion
                // A failure with one file (a rule folder's rule that throws or never stops) stays
                // with that file: the others are still answered.
                status = 1;
                tally.invalid();
                progress.clear();
                report(out, err, summary, file, List.of(Answers.failure(e)));
            }
            out.flush();
            progress.advance(++done);
        }
        progress.clear();
        // On the error stream, as the files not evaluated are: the standard output stays the
        // decisions alone, whatever the format.
        err.println(summary.tally(tally));
        err.flush();
        return status;
    }

    private String invalidLines(long invalid) {
        boolean one = invalid == 1;
        return language == Language.FR
                ? invalid + (one ? " ligne invalide : ses erreurs sont sur sa ligne de sortie"
                        : " lignes invalides : leurs erreurs sont sur leurs lignes de sortie")
                : invalid + (one ? " invalid line: its errors are on its line of output"
                        : " invalid lines: their errors are on their lines of output");
    }

    private int jsonLines(PrintWriter out, PrintWriter err) throws IOException {
        if (files.size() > 1) {
            throw new ParameterException(spec.commandLine(), french()
                    ? "--jsonl lit un fichier (FILE), ou l’entrée standard" : "--jsonl reads one FILE, or the standard input");
        }
        boolean stdin = files.isEmpty() || files.get(0).toString().equals("-");
        if (!stdin && !Files.isRegularFile(files.get(0))) {
            err.println(files.get(0) + (language == Language.FR ? " : fichier introuvable" : ": no such file"));
            return 1;
        }
        // Bytes, not characters: each line is decoded on its own, so a bad byte stays in its line.
        try (BufferedInputStream in = stdin ? new BufferedInputStream(System.in, 1 << 16)
                : new BufferedInputStream(Files.newInputStream(files.get(0)), 1 << 16)) {
            if (!stdin && YamlInput.byName(files.get(0).toString())) {
                // Said once; every line is still answered, a YAML line as one invalid line.
                err.println(YamlInput.message(files.get(0).toString(), language));
                err.flush();
            }
            long invalid = new JsonLines(ruleSet.loadInBackground(), language)
                    .run(in, out, JsonLines.Progress.forStandardError(err, language));
            if (invalid > 0) {
                err.println(invalidLines(invalid));
            }
            return invalid > 0 ? 1 : 0;
        }
    }

    static Application readFile(Path file) {
        return read(file, ApplicationFiles::read);
    }

    /** A file holding a défi application or a candidacy, errors as {@link #readFile} gives them. */
    static CandidacyFiles.ApplicationOrCandidacy readAnyFile(Path file) {
        return read(file, CandidacyFiles::readAny);
    }

    /** How a file is read once it is known to exist with a known extension. */
    interface Reader<T> {
        T read(Path file) throws IOException;
    }

    static <T> T read(Path file, Reader<T> reader) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidApplicationException(List.of(InputText.violation("",
                    Files.isDirectory(file) ? "file.empty-folder" : Files.exists(file) ? "file.not-regular" : "file.not-found")));
        }
        try {
            ApplicationFiles.Format.of(file.getFileName().toString()); // by extension: .json, .yaml, .yml
        } catch (IllegalArgumentException e) {
            throw new InvalidApplicationException(List.of(InputText.violation("", "file.extension")));
        }
        try {
            return reader.read(file);
        } catch (NoSuchFileException e) {
            throw new InvalidApplicationException(List.of(InputText.violation("", "file.not-found")));
        } catch (IOException e) {
            throw new InvalidApplicationException(List.of(InputText.violation("", "file.unreadable",
                    InputText.escaped(String.valueOf(e.getMessage())))));
        }
    }

    private void report(PrintWriter out, PrintWriter err, Summary summary, Path file, List<Violation> violations) {
        List<Violation> localized = Answers.localized(violations, language);
        if (json) {
            out.println(DecisionJson.writeInvalid(file.toString(), localized));
        }
        // A mistyped name is not an invalid file: say only that there is none.
        err.println(Files.exists(file) || Files.isSymbolicLink(file) ? summary.invalid(file, localized)
                : summary.notFound(file));
        err.flush();
    }

    /** Usage errors in the help's language: French unless the help is English. */
    private boolean french() {
        return spec.commandLine().getResourceBundle() != null;
    }
}
