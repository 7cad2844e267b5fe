package org.eigrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.EigRules;
import org.eigrules.decision.Language;
import org.eigrules.notice.Mention;

import java.io.UncheckedIOException;

/** {@code evaluate --mention}: the explicit mention (ALG-1) after a readable decision, or as a JSON field. */
final class Mentions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Mentions() {
    }

    /** The answer, with the mention when asked for: a last line of text, or {@code mention} at the end of the JSON. */
    static String with(String answer, boolean mention, boolean json, EigRules rules, int promotion, Language language) {
        if (!mention) {
            return answer;
        }
        String text = Mention.of(rules, promotion).in(language);
        if (!json) {
            return answer + "\n  " + text;
        }
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(answer);
            return tree.put("mention", text).toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
