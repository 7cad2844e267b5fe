package org.eigrules.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.candidacy.CandidacyKind;
import org.eigrules.decision.Language;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Reason;

/**
 * A candidacy's decision as the contract's JSON: the same {@code verdict}, {@code reasons} and
 * {@code missing} as an application's decision, with {@code kind: CANDIDACY} and no co-financing.
 */
public final class CandidacyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CandidacyJson() {
    }

    /** The decision as one line of JSON. */
    public static String write(CandidacyDecision decision, Language language) {
        return tree(decision, language).toString();
    }

    /** The decision as a JSON tree, for callers that add fields of their own. */
    public static ObjectNode tree(CandidacyDecision decision, Language language) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", CandidacyKind.CANDIDACY.name());
        root.put("candidate", decision.candidate());
        root.put("promotion", decision.promotion());
        root.put("verdict", decision.verdict().name());
        DecisionJson.reasons(root, decision.reasons(), language);
        DecisionJson.missing(root, decision.missing(), language);
        ArrayNode rulesFired = root.putArray("rulesFired");
        decision.rulesFired().forEach(rulesFired::add);
        DecisionJson.remedies(root, decision.remedies(), language);
        return root;
    }
}
