package org.eigrules.cli;

import org.eigrules.authoring.RuleFolders;
import org.eigrules.EigRules;
import org.eigrules.ruleset.RuleSetProblem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** {@code --rules DIR}: a rule author's folder instead of the built-in rules. */
final class RuleSetOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule folder (rule files, p<N>.yaml parameter files, messages) to use instead of the "
                    + "built-in rules; parameter files replace or add to the built-in ones.")
    Path folder;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The rules to use; a folder's problems surface as InvalidRuleSetException, its warnings (a
     * policy value written in a rule) go to standard error, compiler-style, once.
     */
    EigRules load() {
        if (folder == null) {
            return EigRules.builtIn();
        }
        return warned(RuleFolders.load(folder));
    }

    /**
     * The rules read for review (documentation, comparison): a folder's files are parsed and
     * checked, never compiled nor run; the rules cannot evaluate.
     */
    EigRules review() {
        if (folder == null) {
            return EigRules.builtIn();
        }
        return warned(EigRules.of(RuleFolders.review(folder)));
    }

    private EigRules warned(EigRules rules) {
        if (command != null) {
            for (RuleSetProblem warning : rules.ruleSet().warnings()) {
                command.commandLine().getErr().println(warningLine(warning));
            }
            command.commandLine().getErr().flush();
        }
        return rules;
    }

    /** {@code rules/challenge.drl:12:30: warning: rule "…" writes 10, …}. */
    static String warningLine(RuleSetProblem warning) {
        String located = warning.toString();
        return located.substring(0, located.length() - warning.message().length()) + "warning: " + warning.message();
    }

    /**
     * Starts loading the rules on another thread, so that reading input overlaps it; the supplier
     * waits for them and rethrows a rule folder's problems as they are.
     */
    Supplier<EigRules> loadInBackground() {
        CompletableFuture<EigRules> loading = CompletableFuture.supplyAsync(this::load);
        return () -> {
            try {
                return loading.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }
}
