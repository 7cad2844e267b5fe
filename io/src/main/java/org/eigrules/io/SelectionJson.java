package org.eigrules.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.selection.Envelope;
import org.eigrules.selection.NotRankedDefi;
import org.eigrules.selection.RankedDefi;
import org.eigrules.selection.SelectionCheck;
import org.eigrules.selection.SelectionNote;
import org.eigrules.selection.SelectionResult;
import org.eigrules.selection.Totals;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a selection result as the contract's JSON. Amounts are strings with two decimals. Besides
 * the contract's fields it adds, for programs that want them: each défi's grid, host money,
 * cumulated money and {@code why} (clause, rule, message); the decided selection's totals under
 * {@code selected}; the findings about the whole selection under {@code notes}; {@code rulesFired}.
 */
public final class SelectionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SelectionJson() {
    }

    /** The result as one line of JSON; {@code file} is added when not null. */
    public static String write(SelectionResult result, Language language, String file) {
        ObjectNode root = MAPPER.createObjectNode();
        if (file != null) {
            root.put("file", file);
        }
        root.put("promotion", result.promotion());
        ArrayNode ranking = root.putArray("ranking");
        for (RankedDefi defi : result.ranking()) {
            ObjectNode entry = ranking.addObject();
            entry.put("application", defi.application());
            entry.put("rank", defi.rank());
            entry.put("total", defi.total());
            entry.put("opinion", defi.grid().opinion().name());
            entry.put("status", defi.status().name());
            entry.put("grantAmount", amount(defi.grantAmount()));
            entry.put("eigs", defi.eigs());
            entry.put("favourite", defi.grid().isFavourite());
            entry.put("group", defi.grid().group());
            entry.put("groupRank", defi.grid().groupRank());
            ArrayNode scores = entry.putArray("scores");
            defi.grid().scores().forEach(scores::add);
            entry.put("hostAmount", amount(defi.hostAmount()));
            entry.put("cumulated", amount(defi.cumulated()));
            ArrayNode why = entry.putArray("why");
            defi.why().forEach(note -> note(why.addObject(), note, language));
        }
        ArrayNode notRanked = root.putArray("notRanked");
        for (NotRankedDefi defi : result.notRanked()) {
            ObjectNode entry = notRanked.addObject();
            entry.put("application", defi.application());
            Decision decision = defi.decision();
            entry.put("verdict", decision.verdict().name());
            ArrayNode reasons = entry.putArray("reasons");
            if (decision.reasons().isEmpty() && decision.missing().isEmpty()) {
                // Eligible but not heard: the reason is the selection's own.
                ObjectNode reason = reasons.addObject();
                reason.put("clause", defi.why().clause());
                reason.put("message", defi.why().message(language));
            }
            decision.reasons().forEach(r -> {
                ObjectNode reason = reasons.addObject();
                reason.put("clause", r.clause());
                reason.put("message", r.message().in(language));
                reason.put("reference", r.reference());
            });
            ArrayNode missing = entry.putArray("missing");
            decision.missing().forEach(m -> {
                ObjectNode field = missing.addObject();
                field.put("field", m.field());
                field.put("clause", m.clause());
            });
            note(entry.putObject("why"), defi.why(), language);
        }
        ArrayNode ties = root.putArray("ties");
        result.ties().forEach(tie -> {
            ArrayNode names = ties.addArray();
            tie.forEach(names::add);
        });
        Envelope envelope = result.envelope();
        if (envelope == null) {
            root.putNull("envelope");
        } else {
            ObjectNode node = root.putObject("envelope");
            node.put("amount", amount(envelope.amount()));
            node.put("used", amount(envelope.used()));
            node.put("remaining", amount(envelope.remaining()));
            node.put("label", envelope.label());
            node.put("source", envelope.source());
        }
        totals(root.putObject("totals"), result.totals());
        ArrayNode checks = root.putArray("checks");
        for (SelectionCheck check : result.checks()) {
            ObjectNode entry = checks.addObject();
            entry.put("clause", check.clause());
            if (check.application() == null) {
                entry.putNull("application");
            } else {
                entry.put("application", check.application());
            }
            entry.put("message", check.note().message(language));
            entry.put("kind", check.kind().name());
            entry.put("rule", check.note().rule());
        }
        if (result.selected() != null) {
            ObjectNode selected = root.putObject("selected");
            totals(selected, result.selected());
            if (envelope != null) {
                selected.put("envelopeUsed", amount(result.selected().grantAmount()));
                selected.put("envelopeRemaining", amount(envelope.amount().subtract(result.selected().grantAmount())));
            }
        }
        ArrayNode notes = root.putArray("notes");
        result.notes().forEach(n -> note(notes.addObject(), n, language));
        ArrayNode fired = root.putArray("rulesFired");
        result.rulesFired().forEach(fired::add);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An invalid selection: {@code {"file", "valid": false, "errors": [{"path", "message"}]}}. */
    public static String writeInvalid(String file, List<Violation> violations) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        root.put("valid", false);
        ArrayNode errors = root.putArray("errors");
        violations.forEach(v -> errors.addObject().put("path", v.path()).put("message", v.message()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void totals(ObjectNode node, Totals totals) {
        node.put("defis", totals.defis());
        node.put("eigs", totals.eigs());
        node.put("grantAmount", amount(totals.grantAmount()));
        node.put("hostAmount", amount(totals.hostAmount()));
    }

    private static void note(ObjectNode node, SelectionNote note, Language language) {
        node.put("clause", note.clause());
        node.put("rule", note.rule());
        node.put("message", note.message(language));
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
