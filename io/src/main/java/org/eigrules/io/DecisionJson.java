package org.eigrules.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.validation.Violation;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
import org.eigrules.decision.Language;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes decisions as the contract's JSON: field names fixed, amounts as strings with two
 * decimals, messages in the chosen language.
 */
public final class DecisionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DecisionJson() {
    }

    /** The decision as one line of JSON. */
    public static String write(Decision decision, Language language) {
        return text(tree(decision, language));
    }

    /** The decision as a JSON tree, for callers that add fields of their own. */
    public static ObjectNode tree(Decision decision, Language language) {
        ObjectNode root = MAPPER.createObjectNode();
        if (decision.id() != null) {
            root.put("id", decision.id());
        }
        root.put("application", decision.application());
        root.put("promotion", decision.promotion());
        root.put("verdict", decision.verdict().name());
        reasons(root, decision.reasons(), language);
        missing(root, decision.missing(), language);
        ArrayNode implausible = root.putArray("implausible");
        for (ImplausibleValue value : decision.implausible()) {
            ObjectNode entry = implausible.addObject().put("field", value.field()).put("clause", value.clause());
            if (value.label() != null) {
                entry.put("label", value.label().in(language));
            }
            entry.put("message", value.message().in(language));
        }
        CoFinancing co = decision.coFinancing();
        ObjectNode coFinancing = root.putObject("coFinancing");
        coFinancing.put("mode", co.mode() == null ? null : co.mode().name());
        coFinancing.put("funder", co.funder());
        coFinancing.put("granted", co.granted());
        coFinancing.put("recipient", co.recipient());
        coFinancing.put("rate", amount(co.rate()));
        coFinancing.put("grantAmount", amount(co.grantAmount()));
        // piaAmount repeats grantAmount for promotion 3 programs only (the contract drops it in 1.0).
        if ("PIA".equals(co.funder())) {
            coFinancing.put("piaAmount", amount(co.piaAmount()));
        }
        coFinancing.put("hostAmount", amount(co.hostAmount()));
        // Promotion 5 with EIGs' bands not all stated: the amounts are bounded, not known.
        if (co.grantRange() != null) {
            coFinancing.putObject("grantRange").put("min", amount(co.grantRange().min()))
                    .put("max", amount(co.grantRange().max()));
        }
        if (co.hostRange() != null) {
            coFinancing.putObject("hostRange").put("min", amount(co.hostRange().min()))
                    .put("max", amount(co.hostRange().max()));
        }
        ArrayNode notes = coFinancing.putArray("notes");
        for (Note note : co.notes()) {
            notes.addObject().put("clause", note.clause()).put("message", note.message().in(language));
        }
        ArrayNode priorities = root.putArray("priorities");
        decision.priorities().forEach(priorities::add);
        ArrayNode rulesFired = root.putArray("rulesFired");
        decision.rulesFired().forEach(rulesFired::add);
        remedies(root, decision.remedies(), language);
        return root;
    }

    /**
     * What would satisfy each problem, after {@code rulesFired}: the clause, the field, the values
     * that would (typed as in a file; amounts as text with two decimals), a sentence.
     */
    static void remedies(ObjectNode root, List<org.eigrules.decision.Remedy> list, Language language) {
        ArrayNode remedies = root.putArray("remedies");
        for (org.eigrules.decision.Remedy remedy : list) {
            ObjectNode entry = remedies.addObject().put("clause", remedy.clause()).put("field", remedy.field());
            ArrayNode values = entry.putArray("values");
            for (Object value : remedy.values()) {
                if (value instanceof Boolean b) {
                    values.add(b);
                } else if (value instanceof Integer i) {
                    values.add(i);
                } else if (value instanceof java.math.BigDecimal amount) {
                    values.add(amount.toPlainString());
                } else {
                    values.add(String.valueOf(value));
                }
            }
            entry.put("message", remedy.message().in(language));
        }
    }

    /** An invalid file as one line of JSON: the file and every error by its path. */
    public static String writeInvalid(String file, List<Violation> violations) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        root.put("valid", false);
        ArrayNode errors = root.putArray("errors");
        for (Violation v : violations) {
            errors.addObject().put("path", v.path()).put("message", v.message());
        }
        return text(root);
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String text(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract's {@code reasons}: clause, message in the language, reference. */
    static void reasons(ObjectNode root, java.util.List<Reason> reasons, Language language) {
        ArrayNode list = root.putArray("reasons");
        for (Reason reason : reasons) {
            list.addObject().put("clause", reason.clause()).put("message", reason.message().in(language))
                    .put("reference", reason.reference());
        }
    }

    /** The contract's {@code missing}: field, clause and, when the messages give one, its label. */
    static void missing(ObjectNode root, java.util.List<MissingField> missing, Language language) {
        ArrayNode list = root.putArray("missing");
        for (MissingField field : missing) {
            ObjectNode entry = list.addObject().put("field", field.field()).put("clause", field.clause());
            if (field.label() != null) {
                entry.put("label", field.label().in(language));
            }
        }
    }
}
