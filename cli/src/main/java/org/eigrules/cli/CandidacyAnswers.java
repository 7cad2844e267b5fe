package org.eigrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Language;
import org.eigrules.io.CandidacyJson;

/**
 * The command line's JSON answer for candidacies, with the {@code file} first (the readable text is
 * the library's {@link org.eigrules.io.DecisionText}).
 */
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
}
