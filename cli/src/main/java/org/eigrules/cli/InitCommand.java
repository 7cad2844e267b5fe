package org.eigrules.cli;

import org.eigrules.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code eig init DIR}: a copy of the built-in rule files to start a rule folder from. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a copy of the built-in rule files, messages and parameter files into a new folder, "
                + "to edit and load with --rules.")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to create (it must not hold those files already).")
    Path folder;

    @Override
    public Integer call() {
        try {
            List<String> written = RuleSet.copyBuiltInFiles(folder);
            written.forEach(file -> spec.commandLine().getOut().println(folder.resolve(file)));
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("eig init: " + e.getMessage());
            return 1;
        }
    }
}
