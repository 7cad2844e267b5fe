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

    /** A file named on the command line that does not exist. */
    String notFound(Path file) {
        return file + t(" : fichier introuvable, non évalué", ": no such file, not evaluated");
    }

    /** How many files were decided, by verdict, and how many could not be: the last line of a run. */
    String tally(Tally tally) {
        return tally(tally, "fichier", "file");
    }

    /** The same tally, counting other things than files (a démarche's dossiers): their French and English names. */
    String tally(Tally tally, String french, String english) {
        int decided = tally.decided();
        int files = decided + tally.invalid;
        StringBuilder out = new StringBuilder();
        out.append(files).append(t(" " + french + (files > 1 ? "s" : "") + " : ", " " + english + (files > 1 ? "s" : "") + ": "));
        out.append(decided).append(t(decided > 1 ? " décisions" : " décision",
                decided == 1 ? " decision" : " decisions"));
        if (decided > 0) {
            out.append(" (").append(tally.eligible).append(t(" éligible" + plural(tally.eligible), " eligible"))
                    .append(", ").append(tally.ineligible).append(t(" inéligible" + plural(tally.ineligible), " ineligible"))
                    .append(", ").append(tally.incomplete).append(t(" incomplète" + plural(tally.incomplete), " incomplete"))
                    .append(')');
        }
        out.append(", ").append(tally.invalid).append(t(tally.invalid > 1 ? " non évalués" : " non évalué",
                " not evaluated"));
        return out.toString();
    }

    private static String plural(int count) {
        return count > 1 ? "s" : "";
    }

    /** The running count of a multi-file run. */
    static final class Tally {
        private int eligible;
        private int ineligible;
        private int incomplete;
        private int invalid;

        int decided() {
            return eligible + ineligible + incomplete;
        }

        void count(org.eigrules.decision.Verdict verdict) {
            switch (verdict) {
                case ELIGIBLE -> eligible++;
                case INELIGIBLE -> ineligible++;
                case INCOMPLETE -> incomplete++;
            }
        }

        void invalid() {
            invalid++;
        }
    }

    /** French sets a space before a colon; English does not. */
    private String colon() {
        return t(" : ", ": ");
    }

    private String t(String french, String english) {
        return language == Language.EN ? english : french;
    }
}
