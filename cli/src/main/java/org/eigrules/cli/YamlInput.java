package org.eigrules.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Tells, cheaply, a YAML application file given where JSON Lines are expected: by its name
 * ({@code .yaml}, {@code .yml}), or by its first non-blank line ({@code ---}, or {@code key:} as
 * YAML starts a mapping, after any {@code #} comment lines). A JSON Lines line starts with {@code {}, so genuine JSON Lines are never
 * taken for YAML, and keep their one answer per line.
 */
final class YamlInput {

    /** How far to look for the first non-blank line; past it, the input is taken as JSON Lines. */
    static final int PEEK_BYTES = 1 << 16;

    private static final Pattern YAML_START = Pattern.compile("^(---|%YAML\\b|[A-Za-z_][\\w.-]*\\s*:(\\s.*)?$)");

    private YamlInput() {
    }

    /** The message, said once, instead of one error per line. */
    static String message(String where, org.eigrules.decision.Language language) {
        return language == org.eigrules.decision.Language.FR
                ? where + " : ce fichier semble être du YAML ; --jsonl attend une demande JSON par ligne ; "
                        + "convertissez les fichiers YAML avec eig convert --jsonl FICHIER… > demandes.jsonl"
                : where + ": this looks like a YAML file: --jsonl wants one JSON application per line; "
                        + "convert YAML files with eig convert --jsonl FILE… > applications.jsonl";
    }

    static boolean byName(String fileName) {
        return fileName.endsWith(".yaml") || fileName.endsWith(".yml");
    }

    /** Whether the input's first non-blank line starts a YAML document; the stream is left where it was. */
    static boolean byFirstLine(BufferedInputStream in) throws IOException {
        in.mark(PEEK_BYTES + 1);
        try {
            byte[] head = in.readNBytes(PEEK_BYTES);
            String text = new String(head, StandardCharsets.UTF_8);
            for (String line : text.split("\n", -1)) {
                // YAML comments before the first key are skipped: a JSON line never starts with #.
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    return YAML_START.matcher(line.strip()).find();
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }
}
