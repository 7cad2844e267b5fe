package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.ReadingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            description = "Write to FILE (replaced once every file is converted; never one of the files to convert) "
                    + "instead of the standard output, and say what was written.")
    Path outFile;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            converter = LanguageConverter.class, description = "Language of the error messages: fr (default) or en.")
    Language language;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Application files, or folders holding them.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = ApplicationPaths.expand(paths);
        if (outFile != null) {
            String refused = refusedOutput(inputs);
            if (refused != null) {
                err.println("eig convert: " + outFile + refused);
                return 2;
            }
        }
        // The output is written beside its target under another name and renamed over it at the
        // end: the target is whole or untouched, never half-written.
        Path temporary = outFile == null ? null : temporaryBeside(outFile);
        int written = 0;
        int leftOut = 0;
        boolean done = false;
        PrintWriter out = outFile == null ? spec.commandLine().getOut()
                : new PrintWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
        try {
            for (Path file : inputs) {
                List<Violation> problems;
                try {
                    out.println(JSON.writeValueAsString(EvaluateCommand.read(file, ConvertCommand::checkedTree)));
                    written++;
                    continue;
                } catch (InvalidApplicationException e) {
                    problems = e.violations();
                } catch (RuntimeException | StackOverflowError e) {
                    problems = List.of(Answers.failure(e)); // one file's failure stays with it
                }
                leftOut++;
                err.println(file + (language == Language.FR ? " : fichier invalide, non converti"
                        : ": invalid file, not converted"));
                for (Violation v : Answers.localized(problems, language)) {
                    String where = v.path().isEmpty() ? (language == Language.FR ? "(fichier)" : "(file)") : v.path();
                    err.println("  " + where + (language == Language.FR ? " : " : ": ") + v.message());
                }
            }
            out.flush();
            if (outFile != null) {
                out.close();
                if (out.checkError()) {
                    throw new IOException("cannot write " + temporary);
                }
                move(temporary, outFile);
            }
            done = true;
        } finally {
            out.flush();
            if (outFile != null && !done) {
                out.close();
                Files.deleteIfExists(temporary);
            }
        }
        if (outFile != null) {
            err.println("Wrote " + outFile + ": " + written + " application(s)" + (leftOut > 0 ? ", " + leftOut
                    + " invalid file(s) left out" : ""));
        }
        err.flush();
        return leftOut > 0 ? 1 : 0;
    }

    /** Why the output may not be written where asked, or null: it is a folder, or one of the inputs. */
    private String refusedOutput(List<Path> inputs) {
        boolean fr = language == Language.FR;
        if (Files.isDirectory(outFile)) {
            return fr ? " : --out attend un fichier, c’est un dossier" : ": --out wants a file, this is a folder";
        }
        if (Files.exists(outFile)) {
            for (Path input : inputs) {
                try {
                    if (Files.exists(input) && Files.isSameFile(outFile, input)) { // through any path or link
                        return fr ? " : --out nomme un des fichiers à convertir, qui serait écrasé ; choisissez un autre fichier"
                                : ": --out names one of the files to convert, which would be overwritten; choose another file";
                    }
                } catch (IOException e) {
                    // one that cannot be compared cannot be read either: reading it reports it
                }
            }
        }
        return null;
    }

    /** A new, empty file in the target's folder, named after it. */
    private static Path temporaryBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(
                    java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The file's document as read (its values as written: no default added, no number reformatted),
     * once the reader evaluate uses has accepted it: every check, every limit, the bytes read once.
     */
    private static JsonNode checkedTree(Path file) throws IOException {
        ApplicationFiles.Format format = ApplicationFiles.Format.of(file.getFileName().toString());
        byte[] bytes = ApplicationFiles.bytesOf(file);
        ApplicationFiles.read(bytes, format);
        try {
            return DocumentReader.parse(bytes, format == ApplicationFiles.Format.JSON
                    ? DocumentReader.Syntax.JSON : DocumentReader.Syntax.YAML).root();
        } catch (ReadingException e) {
            throw new InvalidApplicationException(List.of(e.violation()));
        }
    }
}
