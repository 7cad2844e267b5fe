package org.eigrules.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.CandidacyJson;
import org.eigrules.io.DecisionJson;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.InputText;
import org.eigrules.reading.ReadingException;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decision records: one decision written with everything needed to show, later, how it was made —
 * the application as read, the decision, the library's version and the fingerprint of the rules —
 * and replayed against the rules of today.
 *
 * <pre>{@code
 * {
 *   "recordFormat": 1,
 *   "library": { "name": "eig-rules", "version": "0.2.0-SNAPSHOT" },
 *   "fingerprint": { "algorithm": "SHA-256", "scheme": 2, "value": "…", "files": { "promotions/p3.yaml": "…", … } },
 *   "rules": "built-in rules",
 *   "file": "examples/selected-p3/datajust.yaml",
 *   "language": "fr",
 *   "application": { … the file's fields as read … },
 *   "decision": { … as eig evaluate --json writes it, without "file" … }
 * }
 * }</pre>
 */
public final class DecisionRecords {

    /** The version of the record format this library writes and reads. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private DecisionRecords() {
    }

    /**
     * A record of the decision {@code rules} give on an application or candidacy, from its
     * document as read (a file's values as written, in the contract's names, as
     * {@code DocumentReader} parses it).
     *
     * @param document the application or candidacy, as read
     * @param file     the file it comes from, as the person named it; may be null
     * @throws InvalidApplicationException when the document is malformed, as the readers report it
     */
    public static ObjectNode record(JsonNode document, String file, EigRules rules, Language language) {
        Fingerprint fingerprint = Fingerprints.of(rules);
        JsonNode decision = decide(document, rules, language);
        ObjectNode record = JSON.createObjectNode();
        record.put("recordFormat", FORMAT);
        record.putObject("library").put("name", "eig-rules").put("version", LibraryVersion.version());
        ObjectNode print = record.putObject("fingerprint");
        print.put("algorithm", Fingerprint.ALGORITHM).put("scheme", Fingerprint.SCHEME).put("value", fingerprint.value());
        ObjectNode files = print.putObject("files");
        fingerprint.files().forEach(files::put);
        record.put("rules", rules.ruleSet().origin());
        if (file != null) {
            record.put("file", file);
        }
        record.put("language", language.name().toLowerCase(Locale.ROOT));
        record.set("application", document.deepCopy());
        record.set("decision", decision);
        return record;
    }

    /** A record as text: indented by two spaces, every line ending {@code \n}, on every platform. */
    public static String text(JsonNode record) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
        try {
            return JSON.writer(printer).writeValueAsString(record) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replays a record read from its bytes (JSON): re-evaluates its application with {@code rules}
     * and compares the decision with the recorded one, field by field. A record that cannot be
     * replayed comes back with its problems, each by path; nothing is thrown for bad input.
     */
    public static Replay replay(byte[] recordBytes, EigRules rules) {
        try {
            return replay(DocumentReader.parse(recordBytes, DocumentReader.Syntax.JSON).root(), rules);
        } catch (ReadingException e) {
            return invalid(List.of(e.violation()), null, rules);
        }
    }

    /** Replays a record already parsed; see {@link #replay(byte[], EigRules)}. */
    public static Replay replay(JsonNode record, EigRules rules) {
        if (record == null || !record.isObject()) {
            return invalid(List.of(new Violation("", "expected a decision record (a JSON object), found "
                    + (record == null ? "nothing" : record.getNodeType().name().toLowerCase(Locale.ROOT)),
                    "un enregistrement de décision (un objet JSON) était attendu, trouvé : "
                            + (record == null ? "rien" : record.getNodeType().name().toLowerCase(Locale.ROOT)))), null, rules);
        }
        List<Violation> problems = new ArrayList<>();
        JsonNode format = record.get("recordFormat");
        // Read exactly: a whole number that fits, so that 4294967297 is not taken for 1 by wrapping.
        if (format == null || !format.isIntegralNumber() || !format.canConvertToInt() || format.intValue() != FORMAT) {
            problems.add(problem("recordFormat", "expected " + FORMAT + ", found " + shown(format),
                    FORMAT + " était attendu, trouvé : " + shownFr(format)));
        }
        JsonNode languageNode = record.get("language");
        Language language = null;
        if (languageNode != null && languageNode.isTextual()) {
            for (Language l : Language.values()) {
                if (l.name().equalsIgnoreCase(languageNode.textValue())) {
                    language = l;
                }
            }
        }
        if (language == null) {
            problems.add(problem("language", "expected fr or en, found " + shown(languageNode),
                    "fr ou en était attendu, trouvé : " + shownFr(languageNode)));
        }
        JsonNode printNode = record.path("fingerprint").get("value");
        String recordedPrint = printNode != null && printNode.isTextual() ? printNode.textValue() : null;
        if (recordedPrint == null) {
            problems.add(problem("fingerprint.value", "expected the rule set's SHA-256, found " + shown(printNode),
                    "l’empreinte SHA-256 des règles était attendue, trouvé : " + shownFr(printNode)));
        }
        // Records written before fingerprint schemes were named used the first one.
        JsonNode schemeNode = record.path("fingerprint").get("scheme");
        int scheme = schemeNode == null ? 1 : schemeNode.isIntegralNumber() && schemeNode.canConvertToInt()
                && schemeNode.asInt() >= 1 && schemeNode.asInt() <= Fingerprint.SCHEME ? schemeNode.asInt() : -1;
        if (scheme < 0) {
            problems.add(problem("fingerprint.scheme", "expected a fingerprint scheme from 1 to " + Fingerprint.SCHEME
                    + ", found " + shown(schemeNode), "une méthode d’empreinte de 1 à " + Fingerprint.SCHEME
                    + " était attendue, trouvé : " + shownFr(schemeNode)));
        }
        JsonNode versionNode = record.path("library").get("version");
        String version = versionNode != null && versionNode.isTextual() ? versionNode.textValue() : null;
        JsonNode recordedDecision = record.get("decision");
        if (recordedDecision == null || !recordedDecision.isObject()) {
            problems.add(problem("decision", "expected the recorded decision (an object), found " + shown(recordedDecision),
                    "la décision enregistrée (un objet) était attendue, trouvé : " + shownFr(recordedDecision)));
        }
        JsonNode application = record.get("application");
        if (application == null || !application.isObject()) {
            problems.add(problem("application", "expected the application as read (an object), found " + shown(application),
                    "la candidature telle que lue (un objet) était attendue, trouvé : " + shownFr(application)));
        }
        if (!problems.isEmpty()) {
            return invalid(problems, recordedPrint, rules);
        }
        JsonNode current;
        try {
            current = decide(application, rules, language);
        } catch (InvalidApplicationException e) {
            return invalid(e.violations().stream().map(v -> v.under("application")).toList(), recordedPrint, rules);
        }
        Fingerprint fingerprint = Fingerprints.of(rules);
        return new Replay(List.of(), Difference.between(recordedDecision, current), recordedPrint, fingerprint,
                filesChanged(record.path("fingerprint").get("files"), fingerprint), version, scheme);
    }

    /** The decision's JSON, for an application or a candidacy, told apart as {@code evaluate} does. */
    private static JsonNode decide(JsonNode document, EigRules rules, Language language) {
        if (CandidacyFiles.isCandidacy(document)) {
            return CandidacyJson.tree(rules.evaluate(CandidacyFiles.read(document)), language);
        }
        return DecisionJson.tree(rules.evaluate(ApplicationFiles.read(document)), language);
    }

    private static List<String> filesChanged(JsonNode recorded, Fingerprint current) {
        if (recorded == null || !recorded.isObject()) {
            return List.of();
        }
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        recorded.fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
        List<String> changed = new ArrayList<>();
        java.util.SortedSet<String> paths = new java.util.TreeSet<>(files.keySet());
        paths.addAll(current.files().keySet());
        for (String path : paths) {
            if (!java.util.Objects.equals(files.get(path), current.files().get(path))) {
                changed.add(path);
            }
        }
        return changed;
    }

    private static Replay invalid(List<Violation> problems, String recordedPrint, EigRules rules) {
        return new Replay(problems, List.of(), recordedPrint, Fingerprints.of(rules), List.of(), null, Fingerprint.SCHEME);
    }

    private static Violation problem(String path, String message, String messageFr) {
        return new Violation(path, message, messageFr);
    }

    private static String shownFr(JsonNode node) {
        return node == null || node.isNull() ? "rien" : shown(node);
    }

    private static String shown(JsonNode node) {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        return node.isTextual() ? InputText.shown(node.textValue()) : InputText.escaped(
                node.isContainerNode() ? node.getNodeType().name().toLowerCase(Locale.ROOT) : node.toString());
    }
}
