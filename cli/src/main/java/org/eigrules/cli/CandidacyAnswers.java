package org.eigrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Language;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Reason;
import org.eigrules.io.CandidacyJson;

import java.nio.file.Path;

/** The command line's answers for candidacies: JSON with the {@code file} first, and the readable summary. */
final class CandidacyAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CandidacyAnswers() {
    }

    /** The decision as one line of JSON, with {@code file} first. */
    static String json(CandidacyDecision decision, String file, Language language) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("file", file);
        answer.setAll(CandidacyJson.tree(decision, language));
        return answer.toString();
    }

    /** The readable summary, in the style of an application's. */
    static String summary(Path file, CandidacyDecision d, Language language) {
        boolean en = language == Language.EN;
        String colon = en ? ": " : " : ";
        StringBuilder out = new StringBuilder();
        out.append(en ? "Candidacy" : "Candidature");
        if (d.candidate() != null) {
            out.append(" — ").append(d.candidate());
        }
        out.append(" — promotion ").append(d.promotion()).append(" — ").append(switch (d.verdict()) {
            case ELIGIBLE -> en ? "ELIGIBLE" : "ÉLIGIBLE";
            case INELIGIBLE -> en ? "INELIGIBLE" : "INÉLIGIBLE";
            case INCOMPLETE -> en ? "INCOMPLETE" : "INCOMPLET";
        }).append("   [").append(file).append("]");
        for (Reason r : d.reasons()) {
            out.append("\n  ✗ ").append(r.clause()).append(colon).append(r.message().in(language))
                    .append("\n      (").append(en ? "source: " : "source : ").append(r.reference()).append(")");
        }
        for (MissingField m : d.missing()) {
            out.append("\n  ? ").append(m.clause()).append(colon).append(en ? "missing information " : "information manquante ")
                    .append(m.field());
        }
        return out.toString();
    }
}
