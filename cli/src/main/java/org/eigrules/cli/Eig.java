package org.eigrules.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eig} command. */
@Command(name = "eig", mixinStandardHelpOptions = true, version = "eig 0.1.0-SNAPSHOT",
        description = "Evaluates EIG défi applications against the programme's rules.",
        subcommands = {EvaluateCommand.class, CommandLine.HelpCommand.class})
public final class Eig implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging, which would otherwise print to stderr via
        // java.util.logging; route it to SLF4J, which the command line binds to nothing.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, without exiting. */
    public static int run(String... args) {
        return new CommandLine(new Eig()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed, e.g. eig evaluate FILE…");
    }
}
