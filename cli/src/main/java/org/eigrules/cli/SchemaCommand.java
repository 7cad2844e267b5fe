package org.eigrules.cli;

import org.eigrules.io.FileSchemas;
import picocli.CommandLine.Command;
import org.eigrules.decision.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code eig schema KIND}: the JSON Schema of a kind of file, as the repository's schema/ keeps it. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of a kind of file, to check files before sending them: "
                + "what the schema refuses, the library refuses too; the library checks more.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "application, candidacy or selection.")
    String kind;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            converter = LanguageConverter.class, description = "Language of the error messages: fr (default) or en.")
    Language language;

    @Override
    public Integer call() {
        FileSchemas.Kind known;
        try {
            known = FileSchemas.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // A usage error (status 2), checked here rather than while parsing so that --help always answers.
            throw new ParameterException(spec.commandLine(), language == Language.FR
                    ? "KIND\u00a0: attendu application, candidacy ou selection, trouvé « " + kind + " »"
                    : "KIND: expected application, candidacy or selection, found \"" + kind + "\"");
        }
        spec.commandLine().getOut().print(FileSchemas.text(known));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
