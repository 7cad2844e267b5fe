package org.eigrules.cli;

import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line says of a file it could not evaluate, in French or English (a decision's
 * readable text is the library's {@link org.eigrules.io.DecisionText}).
 */
final class Summary {

    private final Language language;

    Summary(Language language) {
        this.language = language;
    }

    /** The file, then each problem by its path, one a line. */
    String invalid(Path file, List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(t(" : fichier invalide, non évalué", ": invalid file, not evaluated"));
        for (Violation v : violations) {
            out.append("\n  ").append(v.path().isEmpty() ? t("(fichier)", "(file)") : v.path()).append(colon()).append(v.messageIn(language));
        }
        return out.toString();
    }

    /** French sets a space before a colon; English does not. */
    private String colon() {
        return t(" : ", ": ");
    }

    private String t(String french, String english) {
        return language == Language.EN ? english : french;
    }
}
