package org.eigrules.cli;

import org.eigrules.decision.Language;
import org.eigrules.evaluation.EvaluationException;
import org.eigrules.ruleset.InvalidRuleSetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/** The {@code eig} command. */
@Command(name = "eig", mixinStandardHelpOptions = true, versionProvider = Eig.Version.class,
        description = "Evaluates EIG défi applications against the programme's rules.",
        subcommands = {EvaluateCommand.class, SelectCommand.class, CheckCommand.class, ExplainCommand.class,
                DocsCommand.class, DiffCommand.class, InitCommand.class, RankCandidatesCommand.class,
                ConvertCommand.class, RecordCommand.class, ReplayCommand.class, NoticeCommand.class, SchemaCommand.class,
                DsCommand.class,
                CommandLine.HelpCommand.class})
public final class Eig implements Runnable {

    /** The help in French, the output's default language (resources, beside this class). */
    static final String HELP_IN_FRENCH = "org.eigrules.cli.help";

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
        // UTF-8 whatever the platform's default, so accents survive a POSIX locale.
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs the command line with the given output streams and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // Every command's output goes through one escaping of terminal control characters; the
        // help is therefore written without ANSI styles, which would come out escaped.
        Language language = english(args) ? Language.EN : Language.FR;
        CommandLine commandLine = commands(language);
        commandLine.setParameterExceptionHandler(new ParseErrors(language));
        commandLine.setOut(TerminalText.over(out))
                .setErr(TerminalText.over(err))
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof InvalidRuleSetException invalid) {
                // Compiler style, one problem a line, so editors can jump to file and line.
                invalid.problems().forEach(problem -> cmd.getErr().println(problem));
                cmd.getErr().println("eig: the rule set has " + invalid.problems().size() + " problem(s)");
                return 1;
            }
            if (e instanceof EvaluationException failed) {
                // A rule folder's rule that threw or never stopped: its own words, no Java type.
                cmd.getErr().println("eig: " + failed.getMessage());
                return 1;
            }
            // Anything else is a bug of ours: one line on stderr and status 1, no stack trace.
            cmd.getErr().println("eig: internal error: " + e);
            return 1;
        });
        int status = commandLine.execute(helpWithoutLanguage(args));
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return status;
    }

    /** The commands, their help in the given language (English is the commands' own text). */
    static CommandLine commands(Language help) {
        CommandLine commandLine = new CommandLine(new Eig());
        // picocli's own: a bash script (zsh reads it through bashcompinit) completing every command
        // and option, generated from the commands themselves so it cannot drift from them. Added
        // before the streams and the help's bundle are set, which reach only the subcommands present.
        CommandLine completion = new CommandLine(new picocli.AutoComplete.GenerateCompletion());
        completion.getCommandSpec().name("completion"); // its help then says eig completion, as it is typed
        commandLine.addSubcommand("completion", completion);
        if (help == Language.FR) {
            commandLine.setResourceBundle(ResourceBundle.getBundle(HELP_IN_FRENCH, Locale.ROOT));
        }
        return commandLine;
    }

    /** Whether the command asks for English ({@code --lang en}): its help is then in English too. */
    static boolean english(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equalsIgnoreCase("--lang=en") || arg.equals("--lang") && i + 1 < args.length
                    && args[i + 1].equalsIgnoreCase("en")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code eig help --lang en evaluate}: the language is taken (the help is already in it) and
     * left out of what picocli's help command reads, which knows no options.
     */
    static String[] helpWithoutLanguage(String... args) {
        if (args.length == 0 || !args[0].equals("help")) {
            return args;
        }
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                i++;
            } else if (!args[i].startsWith("--lang=")) {
                kept.add(args[i]);
            }
        }
        return kept.toArray(String[]::new);
    }

    @Override
    public void run() {
        boolean french = spec.commandLine().getResourceBundle() != null;
        throw new CommandLine.ParameterException(spec.commandLine(), french
                ? "une commande est attendue, par exemple eig evaluate FILE…"
                : "a command is needed, e.g. eig evaluate FILE…");
    }

    /** {@code eig --version}: the version the build wrote, the one decision records carry. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"eig " + org.eigrules.record.LibraryVersion.version()};
        }
    }
}
