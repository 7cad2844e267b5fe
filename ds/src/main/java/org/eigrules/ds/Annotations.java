package org.eigrules.ds;

import com.fasterxml.jackson.databind.JsonNode;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.decision.Remedy;
import org.eigrules.io.DecisionText;
import org.eigrules.record.Fingerprint;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decisions written back to the instructors as a private text annotation: the readable decision
 * (verdict, reasons, missing information, who pays what), what would remedy each problem, and
 * the fingerprint of the rules that decided. The same decision gives the same text, so writing
 * it again is seen to change nothing.
 */
public final class Annotations {

    private Annotations() {
    }

    /** What became of one dossier's annotation. */
    public enum Outcome {
        /** Dry run: the annotation differs, and would be written. */
        WOULD_WRITE,
        /** Written. */
        WRITTEN,
        /** The annotation already says this: nothing sent. */
        UNCHANGED,
        /** The API refused, or the dossier has no such annotation. */
        REFUSED
    }

    /**
     * One dossier's outcome.
     *
     * @param dossier the dossier's number
     * @param outcome what became of it
     * @param detail  why, for a refusal; null otherwise
     */
    public record Result(int dossier, Outcome outcome, Said detail) {
    }

    /** The annotation's text for a défi application's decision. */
    public static String text(Decision decision, Language language, Fingerprint rules) {
        return withRemediesAndRules(DecisionText.text(decision, language), decision.remedies(), language, rules);
    }

    /** The annotation's text for a candidacy's decision. */
    public static String text(CandidacyDecision decision, Language language, Fingerprint rules) {
        return withRemediesAndRules(DecisionText.text(decision, language, null), decision.remedies(), language, rules);
    }

    private static String withRemediesAndRules(String decision, List<Remedy> remedies, Language language,
                                               Fingerprint rules) {
        boolean fr = language != Language.EN;
        StringBuilder out = new StringBuilder(decision);
        // One line per remedy, however many problems it answers.
        Set<String> lines = new LinkedHashSet<>();
        remedies.forEach(remedy -> lines.add(remedy.message().in(language)));
        if (!lines.isEmpty()) {
            out.append('\n').append(fr ? "  Pour y remédier :" : "  To remedy:");
            lines.forEach(line -> out.append("\n    → ").append(line));
        }
        out.append('\n').append(fr ? "  Règles : " : "  Rules: ").append(rules);
        return out.toString();
    }

    /**
     * Writes one dossier's annotation, or says what would be written.
     *
     * @param client      the API, or null for a dry run
     * @param dossier     the dossier, with its annotations as read
     * @param label       the annotation's label
     * @param instructeur the instructor's ID, on whose behalf it is written
     * @param text        the text to write
     */
    public static Result write(DsClient client, Dossier dossier, String label, String instructeur, String text) {
        Objects.requireNonNull(label, "label");
        JsonNode annotation = dossier.annotation(label);
        if (annotation == null) {
            return new Result(dossier.number(), Outcome.REFUSED, new Said(
                    "le dossier n’a pas d’annotation privée « " + label + " » (ajoutez-la au formulaire des annotations)",
                    "the dossier has no private annotation \"" + label + "\" (add it to the annotations form)"));
        }
        String type = annotation.path("__typename").asText("");
        if (!type.isEmpty() && !type.equals("TextChamp") && !type.equals("TextareaChamp")) {
            return new Result(dossier.number(), Outcome.REFUSED, new Said(
                    "l’annotation « " + label + " » est de type " + type + ", pas un texte",
                    "the annotation \"" + label + "\" is a " + type + ", not a text"));
        }
        if (same(annotation.path("stringValue").asText(""), text)) {
            return new Result(dossier.number(), Outcome.UNCHANGED, null);
        }
        if (client == null) {
            return new Result(dossier.number(), Outcome.WOULD_WRITE, null);
        }
        try {
            DsClient.Annotated answer = client.annotate(dossier.id(), annotation.path("id").asText(), instructeur, text);
            return answer.written() ? new Result(dossier.number(), Outcome.WRITTEN, null)
                    : new Result(dossier.number(), Outcome.REFUSED, new Said(
                    "DS refuse l’annotation : " + String.join(" ; ", answer.refusal()),
                    "DS refuses the annotation: " + String.join("; ", answer.refusal())));
        } catch (DsException e) {
            return new Result(dossier.number(), Outcome.REFUSED, e.said());
        }
    }

    /** The platform may change line ends or trailing spaces: those do not make a new decision. */
    static boolean same(String current, String text) {
        return normal(current).equals(normal(text));
    }

    private static String normal(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t]+\n", "\n").strip();
    }
}
