package org.eigrules.cli;

import java.util.regex.Pattern;

/**
 * Tells, cheaply, YAML given where JSON Lines are expected: a file named {@code .yaml} or
 * {@code .yml}, and each line that starts as YAML does ({@code ---}, {@code %YAML}, a {@code key:},
 * a {@code - } list item or a {@code #} comment). A JSON line starts with none of these, so
 * genuine JSON Lines are never taken for YAML. Such a line is one invalid line like any other,
 * its message pointing to {@code eig convert}: it stops nothing, and the lines after it are answered.
 */
final class YamlInput {

    private static final Pattern YAML_LINE = Pattern.compile("---.*|\\.\\.\\.|%YAML\\b.*|#.*|-(\\s.*)?"
            + "|[A-Za-z_][\\w.-]*\\s*:(\\s.*)?");

    private YamlInput() {
    }

    /** Said once on standard error for a file named as YAML; each of its lines is still answered. */
    static String message(String where, org.eigrules.decision.Language language) {
        return language == org.eigrules.decision.Language.FR
                ? where + " : ce fichier semble être du YAML ; --jsonl attend une demande JSON par ligne et répond à "
                        + "chaque ligne ; convertissez les fichiers YAML avec eig convert --jsonl FICHIER… > demandes.jsonl"
                : where + ": this looks like a YAML file: --jsonl wants one JSON application per line and answers each "
                        + "line; convert YAML files with eig convert --jsonl FILE… > applications.jsonl";
    }

    static boolean byName(String fileName) {
        return fileName.endsWith(".yaml") || fileName.endsWith(".yml");
    }

    /** Whether a line of text starts as YAML does, and so cannot be a JSON line. */
    static boolean looksLikeYaml(String line) {
        return YAML_LINE.matcher(line.strip()).matches();
    }
}
