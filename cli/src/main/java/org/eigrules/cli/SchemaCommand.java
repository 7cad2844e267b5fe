package org.eigrules.cli;

import org.eigrules.io.FileSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

    private FileSchemas.Kind kind;

    @Parameters(paramLabel = "KIND", description = "application, candidacy or selection.")
    void kind(String name) {
        try {
            kind = FileSchemas.Kind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // A usage error (status 2), in the help's language: French unless the help is English.
            boolean french = spec.commandLine().getResourceBundle() != null;
            throw new ParameterException(spec.commandLine(), french
                    ? "KIND : attendu application, candidacy ou selection, trouvé « " + name + " »"
                    : "KIND: expected application, candidacy or selection, found \"" + name + "\"");
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(FileSchemas.text(kind));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
