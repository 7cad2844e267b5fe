package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.evaluation.Explanation;
import org.eigrules.ruleset.Messages;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.io.DecisionText;
import org.eigrules.model.Application;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code eig explain FILE}: the trace of one evaluation, cited clause by clause. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Evaluates one application and prints the rules that fired, in order, with the facts and "
                + "the parameter values (promotion and source) each one read, then every clause's status.",
                "Exit status: 0 when the file was evaluated, 1 when it or the rule folder was invalid, 2 on a usage error."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleSetOption ruleSet;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = LanguageConverter.class,
            description = "Language of the messages: fr (default) or en.")
    Language language;

    @Parameters(paramLabel = "FILE", description = "An application file: .json, .yaml or .yml.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Summary summary = new Summary(language);
        EigRules rules;
        Explanation explanation;
        try {
            Application application = EvaluateCommand.readFile(file);
            rules = ruleSet.load();
            explanation = rules.explain(application);
        } catch (InvalidApplicationException e) {
            spec.commandLine().getErr().println(summary.invalid(file, e.violations()));
            return 1;
        }
        Decision decision = explanation.decision();
        PromotionParameters parameters = rules.parameters(decision.promotion());
        out.println(DecisionText.text(decision, language, file.toString()));
        out.println();
        Messages messages = rules.ruleSet().messages();
        boolean en = language == Language.EN;
        out.println(en ? "Rules fired, in order:" : "Règles déclenchées, dans l’ordre :");
        int n = 0;
        for (Explanation.Firing firing : explanation.firings()) {
            RuleMetadata rule = firing.rule();
            boolean dropped = !decision.rulesFired().contains(rule.rule());
            out.printf("%3d. %s%s%n", ++n, messages.ruleTitle(rule.rule(), language), !dropped ? ""
                    : en ? "  (computed, not applied: nothing is granted)" : "  (calculé, non appliqué : rien n’est accordé)");
            out.println("     " + rule.clause() + " · " + rule.file() + ":" + rule.line() + " · " + rule.source());
            for (Map.Entry<String, Object> value : firing.valuesRead().entrySet()) {
                out.println("     " + (language == Language.EN ? "fact " : "fait ") + value.getKey() + " = " + value.getValue());
            }
            for (Parameter parameter : firing.parametersRead(parameters)) {
                out.println("     " + (language == Language.EN ? "parameter " : "paramètre ") + parameter.key() + " = "
                        + parameter.value() + "  (" + (language == Language.EN ? "promotion " : "promotion ")
                        + parameters.promotion() + "; " + parameter.source(language) + ")");
            }
        }
        if (explanation.firings().isEmpty()) {
            out.println(language == Language.EN ? "  (none)" : "  (aucune)");
        }
        out.println();
        out.println(en ? "Clauses, each with the facts that decided it:" : "Clauses, chacune avec les faits qui l’ont décidée :");
        explanation.clauses().forEach((clause, status) -> {
            String title = messages.clauseTitle(clause, language);
            out.printf("  %-6s %s%s%n", clause, status(status), title == null ? "" : " — " + title);
            decision.reasons().stream().filter(r -> r.clause().equals(clause))
                    .forEach(r -> out.println("         " + (en ? "why: " : "motif : ") + r.message().in(language)));
            decision.missing().stream().filter(m -> m.clause().equals(clause))
                    .forEach(m -> out.println("         " + (en ? "missing: " : "manque : ")
                            + (m.label() == null ? m.field() : m.label().in(language)) + " (" + m.field() + ")"));
            decision.implausible().stream().filter(v -> v.clause().equals(clause))
                    .forEach(v -> out.println("         " + (en ? "implausible: " : "invraisemblable : ")
                            + v.message().in(language)));
            decision.coFinancing().notes().stream().filter(note -> note.clause().equals(clause))
                    .forEach(note -> out.println("         " + (en ? "note: " : "note : ") + note.message().in(language)));
            explanation.facts().getOrDefault(clause, Map.of()).forEach((fact, value) -> out.println("         "
                    + (en ? "fact " : "fait ") + fact + " = " + (value == null ? (en ? "(not given)" : "(non indiqué)") : value)));
        });
        return 0;
    }

    private String status(Explanation.ClauseStatus status) {
        boolean en = language == Language.EN;
        return switch (status) {
            case PASSED -> en ? "met" : "respectée";
            case FAILED -> en ? "FAILED" : "NON RESPECTÉE";
            case UNDECIDED -> en ? "undecided" : "indécidée";
            case MET -> en ? "priority met" : "priorité satisfaite";
            case NOT_MET -> en ? "priority not met" : "priorité non satisfaite";
            case NOTED -> en ? "met; it decides who pays" : "respectée ; elle décide qui paie";
        };
    }
}
