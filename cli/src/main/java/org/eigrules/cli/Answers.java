package org.eigrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.evaluation.EvaluationException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.io.DecisionJson;
import org.eigrules.reading.InputText;

import java.util.List;

/**
 * The command line's JSON answers: a decision with the {@code file} it answers (the path given,
 * or {@code line N} for JSON Lines), which the library's decision does not carry; an invalid
 * input's errors in the chosen language; a failed evaluation as an error of its own.
 */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Answers() {
    }

    /** The decision as one line of JSON, with {@code file} after {@code id} (when there is one) and before the rest. */
    static String decision(Decision decision, String file, Language language) {
        ObjectNode tree = DecisionJson.tree(decision, language);
        ObjectNode answer = JSON.createObjectNode();
        if (tree.has("id")) {
            answer.set("id", tree.get("id"));
        }
        answer.put("file", file);
        tree.properties().forEach(field -> {
            if (!answer.has(field.getKey())) {
                answer.set(field.getKey(), field.getValue());
            }
        });
        return answer.toString();
    }

    /** An invalid input as one line of JSON, its messages in the chosen language. */
    static String invalid(String file, List<Violation> violations, Language language) {
        return DecisionJson.writeInvalid(file, localized(violations, language));
    }

    /** The violations with their messages in one language, for writers that show {@link Violation#message()}. */
    static List<Violation> localized(List<Violation> violations, Language language) {
        return violations.stream().map(v -> new Violation(v.path(), v.messageIn(language))).toList();
    }

    /** An evaluation that failed, as an error of the whole input: what happened, the last rules fired. */
    static Violation failure(Throwable e) {
        String what = e instanceof EvaluationException ? e.getMessage() : "internal error ("
                + (e instanceof StackOverflowError ? "too deep a recursion" : e instanceof OutOfMemoryError ? "out of memory"
                : "unexpected failure") + ")";
        return InputText.violation("", "evaluation-failed", what);
    }
}
