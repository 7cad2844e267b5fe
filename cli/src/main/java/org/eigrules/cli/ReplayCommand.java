package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.InputText;
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

import java.io.IOException;
import java.io.InputStream;
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

    @Parameters(arity = "1..*", paramLabel = "RECORD", description = "Decision records written by eig record, or folders holding them.")
    List<Path> records;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EigRules rules = ruleSet.load();
        int status = 0;
        for (Path file : expand(records)) {
            List<Violation> unreadable = new ArrayList<>();
            byte[] bytes = bytes(file, unreadable);
            Replay replay = bytes == null ? null : DecisionRecords.replay(bytes, rules);
            if (replay == null || !replay.valid()) {
                status = 1;
                err.println(file + t(" : enregistrement invalide, non rejoué", ": invalid record, not replayed"));
                for (Violation v : replay == null ? unreadable : replay.problems()) {
                    String where = v.path().isEmpty() ? t("(fichier)", "(file)") : v.path();
                    err.println("  " + TerminalText.oneLine(where + t(" : ", ": ") + v.messageIn(language)));
                }
                err.flush();
                continue;
            }
            if (!replay.sameDecision()) {
                status = 1;
            }
            out.println(file + t(" : ", ": ") + (replay.sameDecision() ? t("même décision", "same decision")
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
        }
        return status;
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

    /** The record's bytes, within the reading limits; null when it cannot be read, with why in {@code problems}. */
    private static byte[] bytes(Path file, List<Violation> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(InputText.violation("", Files.isDirectory(file) ? "file.empty-folder"
                    : Files.exists(file) ? "file.not-regular" : "file.not-found"));
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentReader.readBounded(in);
        } catch (org.eigrules.reading.ReadingException e) {
            problems.add(e.violation());
            return null;
        } catch (IOException e) {
            problems.add(InputText.violation("", "file.unreadable", InputText.escaped(String.valueOf(e.getMessage()))));
            return null;
        }
    }

    /** Files as given; a folder stands for every .json file inside it, in path order. */
    private static List<Path> expand(List<Path> paths) {
        return ApplicationPaths.expand(paths, p -> p.getFileName().toString().endsWith(".json"));
    }

    private String t(String french, String english) {
        return language == Language.EN ? english : french;
    }
}
