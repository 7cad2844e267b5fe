package org.eigrules.ds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.decision.Language;
import org.eigrules.validation.Violation;

import java.util.List;
import java.util.Map;

/**
 * A dossier turned into a contract file, or the answers that could not be.
 *
 * @param dossier  the dossier
 * @param file     the contract file's tree (when {@code problems} is empty)
 * @param labels   the champ label behind each contract path filled, to name a champ in reports
 * @param problems the answers that could not be converted
 */
public record Converted(Dossier dossier, ObjectNode file, Map<String, String> labels, List<AnswerProblem> problems) {

    public Converted {
        labels = Map.copyOf(labels);
        problems = List.copyOf(problems);
    }

    /** Whether every answer was converted. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * An answer that cannot be used.
     *
     * @param dossier the dossier's number
     * @param champ   the champ's label (null when the problem is the file's own)
     * @param path    the contract path it fills
     * @param message what is wrong, expected against found
     */
    public record AnswerProblem(int dossier, String champ, String path, Said message) {
        /** {@code dossier 1234, champ « Profil » (eigs[0].profile) : …}. */
        public String in(Language language) {
            boolean fr = language != Language.EN;
            StringBuilder out = new StringBuilder("dossier ").append(dossier);
            if (champ != null) {
                out.append(", champ ").append(fr ? "« " + champ + " »" : "\"" + champ + "\"");
            }
            if (!path.isEmpty()) {
                out.append(" (").append(path).append(')');
            }
            return out.append(fr ? " : " : ": ").append(message.in(language)).toString();
        }
    }

    /**
     * The contract's own objections to a converted file (e.g. a bad SIRET), each named by the champ
     * that filled its path, or by the closest parent path that a champ filled.
     */
    public List<AnswerProblem> problemsOf(List<Violation> violations) {
        return violations.stream().map(v -> new AnswerProblem(dossier.number(), champOf(v.path()), v.path(),
                new Said(v.messageIn(Language.FR), v.messageIn(Language.EN)))).toList();
    }

    private String champOf(String path) {
        String at = path;
        while (!at.isEmpty()) {
            String label = labels.get(at);
            if (label != null) {
                return label;
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
        return null;
    }
}
