package org.eigrules.cli;

import org.eigrules.EigRules;
import picocli.CommandLine.Option;

import java.nio.file.Path;

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
}
