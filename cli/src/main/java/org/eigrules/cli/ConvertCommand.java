package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eigrules.InvalidApplicationException;
import org.eigrules.Violation;
import org.eigrules.decision.Language;
import org.eigrules.reading.DocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code eig convert --jsonl PATH…}: application files (YAML or JSON) to one JSON Lines stream,
 * for {@code eig evaluate --jsonl}. Each file goes through the same reader as {@code evaluate},
 * so a line is written only for a file that {@code evaluate} would accept; the others are
 * reported on standard error and left out.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Writes application files (JSON or YAML; folders: every .json, .yaml and .yml file inside, in "
                + "path order) as JSON Lines, one application per line, for eig evaluate --jsonl. Invalid files are "
                + "reported on standard error and left out.",
                "Exit status: 0 when every file was written, 1 when a file was left out, 2 on a usage error."})
final class ConvertCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", required = true,
            description = "Write JSON Lines: each application as one line of compact JSON (the only format today).")
    boolean jsonLines;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (replaced) instead of the standard output, and say what was written.")
    Path outFile;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            converter = LanguageConverter.class, description = "Language of the error messages: fr (default) or en.")
    Language language;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Application files, or folders holding them.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = outFile == null ? spec.commandLine().getOut()
                : new PrintWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8));
        int written = 0;
        int leftOut = 0;
        try {
            for (Path file : ApplicationPaths.expand(paths)) {
                try {
                    EvaluateCommand.readFile(file); // the reader evaluate uses: every check, every limit
                    out.println(JSON.writeValueAsString(tree(file)));
                    written++;
                } catch (InvalidApplicationException e) {
                    leftOut++;
                    err.println(file + (language == Language.FR ? " : fichier invalide, non converti"
                            : ": invalid file, not converted"));
                    for (Violation v : Answers.localized(e.violations(), language)) {
                        String where = v.path().isEmpty() ? (language == Language.FR ? "(fichier)" : "(file)") : v.path();
                        err.println("  " + where + (language == Language.FR ? " : " : ": ") + v.message());
                    }
                }
            }
        } finally {
            out.flush();
            if (outFile != null) {
                out.close();
            }
        }
        if (outFile != null) {
            err.println("Wrote " + outFile + ": " + written + " application(s)" + (leftOut > 0 ? ", " + leftOut
                    + " invalid file(s) left out" : ""));
        }
        err.flush();
        return leftOut > 0 ? 1 : 0;
    }

    /** The file's document as read (its values as written: no default added, no number reformatted). */
    private static JsonNode tree(Path file) throws IOException {
        DocumentReader.Syntax syntax = file.getFileName().toString().endsWith(".json")
                ? DocumentReader.Syntax.JSON : DocumentReader.Syntax.YAML;
        return DocumentReader.parse(Files.readAllBytes(file), syntax).root();
    }
}
