package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.InputText;
import org.eigrules.reading.ReadingLimits;
import org.eigrules.record.Difference;
import org.eigrules.record.LibraryVersion;
import org.eigrules.record.Replay;
import org.eigrules.record.DecisionRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code eig replay [--rules DIR] RECORD…}: each record's application evaluated again, its decision compared. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Evaluates again the application of each decision record (folders: every .json file inside) with "
                + "the built-in rules, or those of --rules, and prints per record \"same decision\" or each field that "
                + "differs, and whether the rule set's fingerprint changed.",
                "Exit status: 0 when every decision is the same, 1 when one differs or a record is invalid (the others "
                        + "are still replayed), 2 on a usage error."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleSetOption ruleSet;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = LanguageConverter.class,
            description = "Language of the report: fr (default) or en (the decisions keep their records' language).")
    Language language;

    @Parameters(arity = "1..*", paramLabel = "RECORD", description = "Decision records written by eig record, or "
            + "folders holding them; a file of one record a line, or - for the standard input, as eig record prints them.")
    List<Path> records;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EigRules rules = ruleSet.load();
        int status = 0;
        for (Path file : expand(records)) {
            if (file.toString().equals("-")) {
                status |= stream(file.toString(), System.in, rules, out, err);
                continue;
            }
            List<Violation> unreadable = new ArrayList<>();
            if (!readable(file, unreadable)) {
                status |= invalid(file.toString(), unreadable, err);
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                status |= stream(file.toString(), in, rules, out, err);
            } catch (IOException e) {
                status |= invalid(file.toString(), List.of(InputText.violation("", "file.unreadable",
                        InputText.escaped(String.valueOf(e.getMessage())))), err);
            }
        }
        return status;
    }

    /**
     * Replays what one file or the standard input holds: one record (as {@code eig record --out}
     * writes them), or one record a line (as {@code eig record} writes them on its standard output).
     */
    private int stream(String name, InputStream raw, EigRules rules, PrintWriter out, PrintWriter err) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(ReadingLimits.MAX_DOCUMENT_BYTES + 2);
            boolean lines = oneRecordALine(in);
            in.reset();
            if (!lines) {
                return replayed(name, DocumentReader.readBounded(in), rules, out, err);
            }
            int status = 0;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            // A file of one record on one line is named as a file; several are named by line. The
            // first record waits for the second line to know which.
            String pending = null;
            int pendingNumber = 0;
            boolean several = false;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (pending == null && !several) {
                    pending = line;
                    pendingNumber = number;
                    continue;
                }
                if (pending != null) {
                    several = true;
                    status |= replayLine(name + t(" ligne ", " line ") + pendingNumber, pending, rules, out, err);
                    pending = null;
                }
                status |= replayLine(name + t(" ligne ", " line ") + number, line, rules, out, err);
            }
            if (pending != null) {
                status |= replayLine(name, pending, rules, out, err);
            }
            return status;
        } catch (org.eigrules.reading.ReadingException e) {
            return invalid(name, List.of(e.violation()), err);
        } catch (IOException e) {
            return invalid(name, List.of(InputText.violation("", "file.unreadable",
                    InputText.escaped(String.valueOf(e.getMessage())))), err);
        }
    }

    private int replayLine(String label, String line, EigRules rules, PrintWriter out, PrintWriter err) {
        return line.length() > ReadingLimits.MAX_DOCUMENT_BYTES
                ? invalid(label, List.of(InputText.violation("", "too-large", ReadingLimits.MAX_DOCUMENT_BYTES)), err)
                : replayed(label, line.getBytes(StandardCharsets.UTF_8), rules, out, err);
    }

    /** Whether the first line that is not blank holds a whole JSON object: a record a line. */
    private static boolean oneRecordALine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int read = 0, c = in.read(); c >= 0 && read <= ReadingLimits.MAX_DOCUMENT_BYTES; c = in.read(), read++) {
            if (c == '\n') {
                if (!line.toString().isBlank()) {
                    break;
                }
                line.setLength(0);
            } else {
                line.append((char) c); // the two braces are ASCII: the rest need not be decoded
            }
        }
        String first = line.toString().strip();
        return first.length() > 1 && first.startsWith("{") && first.endsWith("}");
    }

    /** Replays one record's bytes and prints its outcome; 1 when it is invalid or differs. */
    private int replayed(String label, byte[] bytes, EigRules rules, PrintWriter out, PrintWriter err) {
        Replay replay = DecisionRecords.replay(bytes, rules);
        if (!replay.valid()) {
            return invalid(label, replay.problems(), err);
        }
        out.println(label + t(" : ", ": ") + (replay.sameDecision() ? t("même décision", "same decision")
                : t("décision différente", "different decision")) + " (" + fingerprint(replay) + ")");
        // A record's fields are the record's words: one line each, whatever they hold.
        for (Difference difference : replay.differences()) {
            out.println("  " + TerminalText.oneLine(difference.toString()));
        }
        if (replay.recordedVersion() != null && !replay.recordedVersion().equals(LibraryVersion.version())) {
            out.println("  " + t("enregistré avec eig-rules ", "recorded with eig-rules ")
                    + TerminalText.oneLine(replay.recordedVersion())
                    + t(", rejoué avec ", ", replayed with ") + LibraryVersion.version());
        }
        out.flush();
        return replay.sameDecision() ? 0 : 1;
    }

    private int invalid(String label, List<Violation> problems, PrintWriter err) {
        err.println(label + t(" : enregistrement invalide, non rejoué", ": invalid record, not replayed"));
        for (Violation v : problems) {
            String where = v.path().isEmpty() ? t("(fichier)", "(file)") : v.path();
            err.println("  " + TerminalText.oneLine(where + t(" : ", ": ") + v.messageIn(language)));
        }
        err.flush();
        return 1;
    }

    private String fingerprint(Replay replay) {
        if (replay.schemeChanged()) {
            // Values of two schemes cannot be compared: the files are, one by one.
            return t("méthode d’empreinte des règles changée (", "rule set fingerprint scheme changed (")
                    + replay.recordedScheme() + " → " + org.eigrules.record.Fingerprint.SCHEME + t(") : ", "): ")
                    + (replay.filesChanged().isEmpty() ? t("aucun fichier modifié", "no file changed")
                    : t("fichiers modifiés : ", "files changed: ") + String.join(", ", replay.filesChanged()));
        }
        if (!replay.fingerprintChanged()) {
            return t("empreinte des règles inchangée : ", "rule set fingerprint unchanged: ") + replay.current().shortValue();
        }
        String recorded = replay.recordedFingerprint().length() >= 12 ? replay.recordedFingerprint().substring(0, 12)
                : replay.recordedFingerprint();
        return t("empreinte des règles changée : ", "rule set fingerprint changed: ") + InputText.escaped(recorded)
                + " → " + replay.current().shortValue() + (replay.filesChanged().isEmpty() ? ""
                : t(" ; fichiers modifiés : ", "; files changed: ") + TerminalText.oneLine(String.join(", ", replay.filesChanged())));
    }

    /** Whether a record file can be opened; when not, why is in {@code problems}. */
    private static boolean readable(Path file, List<Violation> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(InputText.violation("", Files.isDirectory(file) ? "file.empty-folder"
                    : Files.exists(file) ? "file.not-regular" : "file.not-found"));
            return false;
        }
        return true;
    }

    /** Files as given; a folder stands for every .json file inside it, in path order. */
    private static List<Path> expand(List<Path> paths) {
        return ApplicationPaths.expand(paths, p -> p.getFileName().toString().endsWith(".json"));
    }

    private String t(String french, String english) {
        return language == Language.EN ? english : french;
    }
}
