package org.eigrules.cli;

import org.eigrules.decision.Language;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A mistyped command line, answered in the output's language: what is wrong in a sentence, the
 * closest commands or options when a name was mistyped, and where the help is; exit status 2.
 * picocli's own messages are English, so the errors it finds are said again here from their parts
 * (the unknown argument, the missing parameter, the option given twice, the value refused).
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {

    private final Language language;

    ParseErrors(Language language) {
        this.language = language;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("eig: " + message(e));
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            String prefix = command.getSubcommands().isEmpty() || unmatched.isUnknownOption() ? ""
                    : command.getCommandSpec().qualifiedName() + " ";
            String choices = unmatched.getSuggestions().stream().map(s -> prefix + s)
                    .collect(Collectors.joining(fr() ? " ou " : " or "));
            err.println(fr() ? "Vouliez-vous dire\u00a0: " + choices + "\u00a0?" : "Did you mean: " + choices + "?");
        }
        String help = command.getCommandSpec().qualifiedName() + " --help" + (fr() ? "" : " --lang en");
        err.println(fr() ? "Voir « " + help + " »." : "See '" + help + "'.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private boolean fr() {
        return language == Language.FR;
    }

    String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> found = unmatched.getUnmatched();
            String first = found.isEmpty() ? "" : found.get(0);
            if (unmatched.isUnknownOption()) {
                return fr() ? "option inconnue\u00a0: " + first : "unknown option: " + first;
            }
            boolean command = !e.getCommandLine().getSubcommands().isEmpty();
            if (command) {
                return fr() ? "commande inconnue\u00a0: " + first : "unknown command: " + first;
            }
            return fr() ? "argument en trop\u00a0: " + String.join(" ", found)
                    : "unexpected argument: " + String.join(" ", found);
        }
        if (e instanceof MissingParameterException missing) {
            String names = missing.getMissing().stream().map(ParseErrors::name).collect(Collectors.joining(", "));
            boolean options = missing.getMissing().stream().allMatch(ArgSpec::isOption);
            if (options) {
                return fr() ? "option obligatoire manquante\u00a0: " + names : "missing required option: " + names;
            }
            return fr() ? "il manque " + names : "missing " + names;
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            String name = name(overwritten.getOverwritten());
            return fr() ? "l’option " + name + " n’est à donner qu’une fois" : "the option " + name + " is given more than once";
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException refused && e.getArgSpec() != null) {
            String name = name(e.getArgSpec());
            String value = e.getValue();
            String why = refused.getMessage();
            Class<?> type = e.getArgSpec().type();
            if (type == Language.class) {
                why = fr() ? "attendu fr ou en" : "expected fr or en";
            } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                why = fr() ? "attendu un nombre entier" : "expected a whole number";
            } else if (fr()) {
                // A converter's own words are English: the value alone, then.
                return "valeur refusée pour " + name + "\u00a0: « " + value + " »";
            }
            return fr() ? "valeur refusée pour " + name + "\u00a0: « " + value + " » (" + why + ")"
                    : "invalid value for " + name + ": '" + value + "' (" + why + ")";
        }
        return e.getMessage(); // the commands' own messages are already in the output's language
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return ((PositionalParamSpec) arg).paramLabel();
    }
}
