package org.eigrules.cli;

import org.eigrules.EigRules;
import picocli.CommandLine.Option;

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

    /** The rules to use; a folder's problems surface as InvalidRuleSetException. */
    EigRules load() {
        return folder == null ? EigRules.builtIn() : EigRules.fromFolder(folder);
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
