package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.decision.Language;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.notice.Notice;
import org.eigrules.notice.NoticeText;
import org.eigrules.notice.Notices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code eig notice FILE}: the notice of the algorithmic processing for one application or candidacy. */
@Command(name = "notice", mixinStandardHelpOptions = true,
        description = {"Prints the notice of the algorithmic processing for one application or candidacy, structured by "
                + "the four items of article R311-3-1-2 of the code des relations entre le public et l'administration: "
                + "the processing's contribution to the decision, the data it read and their source, the parameters it "
                + "applied with their values and sources, and the clauses it checked with their outcomes.",
                "Exit status: 0 when the file was evaluated, 1 when it or the rule folder was invalid, 2 on a usage error."})
final class NoticeCommand implements Callable<Integer> {

    /** The formats, as typed. */
    enum Format { markdown, html }

    @Spec
    CommandSpec spec;

    @Mixin
    RuleSetOption ruleSet;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = LanguageConverter.class,
            description = "Language of the notice: fr (default) or en.")
    Language language;

    @Option(names = "--format", paramLabel = "markdown|html", defaultValue = "markdown",
            description = "markdown (default) or html (one page in the French State's design system, readable offline).")
    Format format;

    @Option(names = "--technical", description = "Adds what a person checking the processing wants: the file's path, "
            + "the rule folder, the rule set's SHA-256 fingerprint, and each datum's and parameter's name in the files.")
    boolean technical;

    @Parameters(paramLabel = "FILE", description = "An application or candidacy file: .json, .yaml or .yml.")
    Path file;

    @Override
    public Integer call() {
        try {
            CandidacyFiles.ApplicationOrCandidacy read = EvaluateCommand.readAnyFile(file);
            EigRules rules = ruleSet.load();
            String source = file.toString().replace('\\', '/');
            Notice notice = read.candidacy() != null ? Notices.of(rules, read.candidacy(), source)
                    : Notices.of(rules, read.application(), source);
            spec.commandLine().getOut().print(NoticeText.write(notice, language,
                    NoticeText.Format.valueOf(format.name().toUpperCase(Locale.ROOT)), technical));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (InvalidApplicationException e) {
            spec.commandLine().getErr().println(new Summary(language).invalid(file, Answers.localized(e.violations(), language)));
            return 1;
        } catch (InvalidRuleSetException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            spec.commandLine().getErr().println(new Summary(language).invalid(file, List.of(Answers.failure(e))));
            return 1;
        }
    }
}
