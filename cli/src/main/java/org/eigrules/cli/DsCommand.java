package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.decision.Verdict;
import org.eigrules.ds.Annotations;
import org.eigrules.ds.Converted;
import org.eigrules.ds.DossierFiles;
import org.eigrules.ds.Dossier;
import org.eigrules.ds.DsClient;
import org.eigrules.ds.DsException;
import org.eigrules.ds.Mapping;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.DecisionText;
import org.eigrules.record.Fingerprint;
import org.eigrules.record.Fingerprints;
import org.eigrules.validation.InvalidApplicationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code eig ds …}: the dossiers of a démarche on Démarches Simplifiées. */
@Command(name = "ds", mixinStandardHelpOptions = true,
        description = "Reads the dossiers of a démarche on Démarches Simplifiées, decides them, and writes the decisions "
                + "back as a private annotation.",
        subcommands = {DsCommand.Pull.class, DsCommand.Evaluate.class, DsCommand.Annotate.class})
final class DsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), spec.commandLine().getResourceBundle() != null
                ? "une commande est attendue : eig ds pull, eig ds evaluate ou eig ds annotate"
                : "a command is needed: eig ds pull, eig ds evaluate or eig ds annotate");
    }

    /** One dossier read: its contract file, or why it has none. */
    private record Read(Converted converted, CandidacyFiles.ApplicationOrCandidacy file, List<Converted.AnswerProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Converts a dossier and reads it as {@code eig evaluate} reads the file it becomes. */
    private static Read read(Mapping mapping, Dossier dossier) {
        Converted converted = DossierFiles.convert(mapping, dossier);
        if (!converted.ok()) {
            return new Read(converted, null, converted.problems());
        }
        try {
            return new Read(converted, DossierFiles.read(converted), List.of());
        } catch (InvalidApplicationException e) {
            return new Read(converted, null, converted.problemsOf(e.violations()));
        }
    }

    private static void invalid(PrintWriter err, Language language, Read read) {
        err.println("dossier " + read.converted().dossier().number()
                + (language == Language.FR ? " : dossier invalide, non évalué" : ": invalid dossier, not evaluated"));
        read.problems().forEach(problem -> err.println("  " + problem.in(language)));
    }

    private static int failed(PrintWriter err, DsException e, Language language) {
        err.println("eig ds: " + e.said().in(language));
        return 1;
    }

    /** Reads the dossiers; null (with the failure printed) when the démarche cannot be read at all. */
    private static List<Dossier> dossiers(DsSource source, DsClient client, PrintWriter err, Language language) throws IOException {
        return dossiers(source, client, err, language, null);
    }

    private static List<Dossier> dossiers(DsSource source, DsClient client, PrintWriter err, Language language,
                                          List<com.fasterxml.jackson.databind.JsonNode> answers) throws IOException {
        if (source.fromFileMissing()) {
            err.println(source.fromFile + (language == Language.FR ? " : fichier introuvable" : ": no such file"));
            return null;
        }
        try {
            return source.dossiers(client, answers);
        } catch (DsException e) {
            failed(err, e, language);
            return null;
        }
    }

    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = {"Fetches every dossier of a démarche (or reads a saved answer) and writes each as a contract file "
                    + "that eig evaluate takes as it is: DIR/dossier-NUMBER.json, or one JSON line per dossier.",
                    "Exit status: 0 when every dossier was written, 1 when one could not be (its answers are named) "
                            + "or the démarche could not be read, 2 on a usage error."})
    static final class Pull implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DsSource source;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write DIR/dossier-NUMBER.json for each dossier.")
        Path out;

        @Option(names = "--jsonl", description = "Write one contract file per line (JSON Lines) on the standard output.")
        boolean jsonLines;

        @Option(names = "--save", paramLabel = "FILE", description = "Also save the API's answers as received (a JSON "
                + "list, one answer per page), for --from-file; they show each champ's champDescriptorId and label.")
        Path save;

        @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = LanguageConverter.class,
                description = "Language of the messages: fr (default) or en.")
        Language language;

        @Override
        public Integer call() throws IOException {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if ((out == null) == !jsonLines) {
                throw new ParameterException(spec.commandLine(), spec.commandLine().getResourceBundle() != null
                        ? "donnez soit --out DOSSIER, soit --jsonl" : "give either --out DIR or --jsonl");
            }
            source.check();
            Mapping mapping = source.mapping(err, language);
            if (mapping == null) {
                return 1;
            }
            DsClient client = source.network() ? source.client() : null;
            List<com.fasterxml.jackson.databind.JsonNode> answers = new ArrayList<>();
            List<Dossier> dossiers = dossiers(source, client, err, language, answers);
            if (dossiers == null) {
                return 1;
            }
            if (save != null && source.network()) {
                com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
                Files.writeString(save, json.writerWithDefaultPrettyPrinter().writeValueAsString(answers) + "\n",
                        StandardCharsets.UTF_8);
            }
            if (out != null) {
                Files.createDirectories(out);
            }
            int written = 0;
            int status = 0;
            for (Dossier dossier : dossiers) {
                Read read = read(mapping, dossier);
                if (!read.ok()) {
                    invalid(err, language, read);
                    status = 1;
                    continue;
                }
                String text = DossierFiles.text(read.converted());
                if (out != null) {
                    Path file = out.resolve("dossier-" + dossier.number() + ".json");
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                    stdout.println(file);
                } else {
                    stdout.println(read.converted().file().toString());
                }
                written++;
            }
            int invalid = dossiers.size() - written;
            err.println(language == Language.FR
                    ? dossiers.size() + " dossier" + (dossiers.size() > 1 ? "s" : "") + " : " + written + " écrit"
                    + (written > 1 ? "s" : "") + ", " + invalid + " invalide" + (invalid > 1 ? "s" : "")
                    : dossiers.size() + " dossier" + (dossiers.size() == 1 ? "" : "s") + ": " + written + " written, "
                    + invalid + " invalid");
            return status;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Decides every dossier of a démarche (or of a saved answer) as eig evaluate decides the file it "
                    + "becomes, and prints the same decisions and tally.",
                    "Exit status: 0 when every dossier was decided, 1 when one could not be (its answers are named) "
                            + "or the démarche could not be read, 2 on a usage error."})
    static final class Evaluate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DsSource source;

        @Mixin
        RuleSetOption ruleSet;

        @Option(names = "--json", description = "Print each decision as one line of JSON (the contract's format).")
        boolean json;

        @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = LanguageConverter.class,
                description = "Language of the messages: fr (default) or en.")
        Language language;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            source.check();
            Mapping mapping = source.mapping(err, language);
            if (mapping == null) {
                return 1;
            }
            DsClient client = source.network() ? source.client() : null;
            List<Dossier> dossiers = dossiers(source, client, err, language);
            if (dossiers == null) {
                return 1;
            }
            EigRules rules = ruleSet.load();
            Summary.Tally tally = new Summary.Tally();
            int status = 0;
            for (Dossier dossier : dossiers) {
                Read read = read(mapping, dossier);
                if (!read.ok()) {
                    invalid(err, language, read);
                    tally.invalid();
                    status = 1;
                    continue;
                }
                String source = "dossier " + dossier.number();
                if (read.file().candidacy() != null) {
                    CandidacyDecision decision = rules.evaluate(read.file().candidacy());
                    tally.count(decision.verdict());
                    out.println(json ? CandidacyAnswers.json(decision, source, language)
                            : DecisionText.text(decision, language, source));
                } else {
                    Decision decision = rules.evaluate(read.file().application());
                    tally.count(decision.verdict());
                    out.println(json ? Answers.decision(decision, source, language)
                            : DecisionText.text(decision, language, source));
                }
                out.flush();
            }
            err.println(new Summary(language).tally(tally, "dossier", "dossier"));
            return status;
        }
    }

    @Command(name = "annotate", mixinStandardHelpOptions = true,
            description = {"Decides every dossier and writes each decision (verdict, reasons, missing information, remedies, "
                    + "who pays what, the rule set's fingerprint) into the private text annotation the mapping names, on "
                    + "behalf of an instructor. A dry run unless --apply: it shows what would be written and sends nothing. "
                    + "An annotation that already says the same is left as it is.",
                    "Exit status: 0 when every dossier was decided and its annotation written or already the same, 1 when "
                            + "a dossier was invalid, an annotation refused or the démarche could not be read, 2 on a "
                            + "usage error."})
    static final class Annotate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DsSource source;

        @Mixin
        RuleSetOption ruleSet;

        @Option(names = "--instructeur", paramLabel = "ID", required = true,
                description = "The ID of the instructor on whose behalf the annotations are written.")
        String instructeur;

        @Option(names = "--apply", description = "Write the annotations (without it, nothing is sent: a dry run).")
        boolean apply;

        @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = LanguageConverter.class,
                description = "Language of the messages and of the annotations: fr (default) or en.")
        Language language;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            source.check();
            Mapping mapping = source.mapping(err, language);
            if (mapping == null) {
                return 1;
            }
            if (mapping.annotation() == null) {
                err.println(source.mapping + (language == Language.FR
                        ? " : la correspondance ne nomme pas d’annotation (annotation: son libellé)"
                        : ": the mapping names no annotation (annotation: its label)"));
                return 1;
            }
            // Reading needs the token unless from a file; writing always does.
            DsClient client = source.network() || apply ? source.client() : null;
            List<Dossier> dossiers = dossiers(source, client, err, language);
            if (dossiers == null) {
                return 1;
            }
            EigRules rules = ruleSet.load();
            Fingerprint fingerprint = Fingerprints.of(rules);
            int[] counts = new int[Annotations.Outcome.values().length];
            int invalid = 0;
            for (Dossier dossier : dossiers) {
                Read read = read(mapping, dossier);
                if (!read.ok()) {
                    invalid(err, language, read);
                    invalid++;
                    continue;
                }
                String text;
                Verdict verdict;
                if (read.file().candidacy() != null) {
                    CandidacyDecision decision = rules.evaluate(read.file().candidacy());
                    text = Annotations.text(decision, language, fingerprint);
                    verdict = decision.verdict();
                } else {
                    Decision decision = rules.evaluate(read.file().application());
                    text = Annotations.text(decision, language, fingerprint);
                    verdict = decision.verdict();
                }
                Annotations.Result result = Annotations.write(apply ? client : null, dossier, mapping.annotation(),
                        instructeur, text);
                counts[result.outcome().ordinal()]++;
                String line = "dossier " + dossier.number() + " — " + DecisionText.verdict(verdict, language) + " — " + outcome(result.outcome());
                if (result.outcome() == Annotations.Outcome.REFUSED) {
                    err.println(line + (language == Language.FR ? " : " : ": ") + result.detail().in(language));
                } else {
                    out.println(line);
                    if (result.outcome() == Annotations.Outcome.WOULD_WRITE) {
                        text.lines().forEach(l -> out.println("    | " + l));
                    }
                }
                out.flush();
            }
            err.println(summary(counts, invalid));
            return invalid > 0 || counts[Annotations.Outcome.REFUSED.ordinal()] > 0 ? 1 : 0;
        }

        private String outcome(Annotations.Outcome outcome) {
            boolean fr = language == Language.FR;
            return switch (outcome) {
                case WOULD_WRITE -> fr ? "annotation à écrire (essai : rien n’est envoyé)" : "annotation to write (dry run: nothing sent)";
                case WRITTEN -> fr ? "annotation écrite" : "annotation written";
                case UNCHANGED -> fr ? "annotation inchangée (elle dit déjà cette décision)" : "annotation unchanged (it says this decision already)";
                case REFUSED -> fr ? "annotation refusée" : "annotation refused";
            };
        }

        private String summary(int[] counts, int invalid) {
            int wouldWrite = counts[Annotations.Outcome.WOULD_WRITE.ordinal()];
            int written = counts[Annotations.Outcome.WRITTEN.ordinal()];
            int unchanged = counts[Annotations.Outcome.UNCHANGED.ordinal()];
            int refused = counts[Annotations.Outcome.REFUSED.ordinal()];
            List<String> parts = new ArrayList<>();
            if (language == Language.FR) {
                parts.add(apply ? written + " écrite" + s(written) : wouldWrite + " à écrire");
                parts.add(unchanged + " inchangée" + s(unchanged));
                parts.add(refused + " refusée" + s(refused));
                parts.add(invalid + " dossier" + s(invalid) + " non évalué" + s(invalid));
                return "annotations : " + String.join(", ", parts) + (apply ? "" : " (essai : --apply pour écrire)");
            }
            parts.add(apply ? written + " written" : wouldWrite + " to write");
            parts.add(unchanged + " unchanged");
            parts.add(refused + " refused");
            parts.add(invalid + " dossier" + (invalid == 1 ? "" : "s") + " not evaluated");
            return "annotations: " + String.join(", ", parts) + (apply ? "" : " (dry run: --apply to write)");
        }

        private static String s(int count) {
            return count > 1 ? "s" : "";
        }
    }
}
