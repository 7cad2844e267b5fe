package org.eigrules.ds;

import com.fasterxml.jackson.databind.JsonNode;
import org.eigrules.io.FileSchemas;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.ReadingException;
import org.eigrules.decision.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which champ of a démarche's form answers which field of the contract, read from a YAML file and
 * checked against the contract when loaded (see docs/demarches-simplifiees.md for its format).
 *
 * @param kind       the kind of file the dossiers become
 * @param promotion  the promotion whose call the démarche is
 * @param annotation the label of the private text annotation decisions are written to, or null
 * @param fields     the champs read, in the file's order
 */
public record Mapping(FileSchemas.Kind kind, int promotion, String annotation, List<FieldMapping> fields) {

    /** How an answer becomes a contract value. */
    public enum Type {
        /** The answer's text. */
        TEXT,
        /** A yes/no or checkbox answer. */
        BOOLEAN,
        /** A drop-down label (or a yes/no answer's text) to one of the contract's codes. */
        CHOICE,
        /** A multiple drop-down's labels to a list of codes. */
        CHOICES,
        /** A date, {@code 2021-04-07}. */
        DATE,
        /** A date and time, written with Paris's offset of that day. */
        DATETIME,
        /** An amount in euros, as an exact decimal. */
        AMOUNT,
        /** A whole number. */
        INTEGER,
        /** Whether a file was attached. */
        ATTACHED,
        /** A repetition block: one list entry per row. */
        ROWS;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One champ read into one field.
     *
     * @param field   the contract path, relative to the row for the fields of a repetition block
     * @param id      the champ's {@code champDescriptorId}, or null when it is found by label
     * @param label   the champ's label, or null when it is found by id
     * @param type    the conversion
     * @param choices for {@link Type#CHOICE} and {@link Type#CHOICES}: label to code, in order
     * @param rows    for {@link Type#ROWS}: the fields of each row
     */
    public record FieldMapping(String field, String id, String label, Type type, Map<String, String> choices,
                               List<FieldMapping> rows) {

        /** Whether a champ is the one this field reads. */
        boolean matches(JsonNode champ) {
            return id != null ? id.equals(champ.path("champDescriptorId").asText(null))
                    : label.equals(champ.path("label").asText(null));
        }

        /** How the champ is named in reports: its label, or its id when it is found by id. */
        String named() {
            return label != null ? label : id;
        }
    }

    /** Fields the dossier itself gives or the mapping's head sets: a field entry may not name them. */
    private static final Set<String> SET_BY_THE_DOSSIER = Set.of("id", "receivedAt", "promotion", "kind");

    private static final Set<String> HEAD = Set.of("kind", "promotion", "annotation", "fields");
    private static final Set<String> ENTRY = Set.of("field", "id", "label", "type", "choices", "fields");

    public Mapping {
        fields = List.copyOf(fields);
    }

    /**
     * Reads and checks a mapping file.
     *
     * @param file a YAML (or JSON) file
     * @return the mapping
     * @throws MappingException every problem found, each with its line
     * @throws IOException      the file cannot be read
     */
    public static Mapping load(Path file) throws IOException {
        String name = file.toString();
        DocumentReader.Document document;
        try {
            document = DocumentReader.parse(Files.readAllBytes(file),
                    name.endsWith(".json") ? DocumentReader.Syntax.JSON : DocumentReader.Syntax.YAML);
        } catch (ReadingException e) {
            throw new MappingException(List.of(new MappingException.Problem(name, e.line(),
                    new Said(e.violation().messageIn(Language.FR), e.violation().messageIn(Language.EN)))));
        }
        return new Loader(name, document).load();
    }

    /** The reading of one file, collecting every problem before giving up. */
    private static final class Loader {
        private final String file;
        private final DocumentReader.Document document;
        private final List<MappingException.Problem> problems = new ArrayList<>();
        private ContractFields contract;
        private int promotion;

        Loader(String file, DocumentReader.Document document) {
            this.file = file;
            this.document = document;
        }

        Mapping load() {
            JsonNode root = document.root();
            if (!root.isObject()) {
                problem("", new Said("la correspondance doit être un objet (kind, promotion, annotation, fields)",
                        "the mapping must be an object (kind, promotion, annotation, fields)"));
                throw new MappingException(problems);
            }
            unknownKeys(root, "", HEAD);
            FileSchemas.Kind kind = FileSchemas.Kind.APPLICATION;
            JsonNode kindNode = root.path("kind");
            if (!kindNode.isMissingNode()) {
                if (kindNode.isTextual() && (kindNode.asText().equals("APPLICATION") || kindNode.asText().equals("CANDIDACY"))) {
                    kind = FileSchemas.Kind.valueOf(kindNode.asText());
                } else {
                    problem("kind", expected("APPLICATION ou CANDIDACY", "APPLICATION or CANDIDACY", kindNode));
                }
            }
            contract = ContractFields.of(kind);
            JsonNode promotionNode = root.path("promotion");
            List<String> promotions = new ArrayList<>();
            contract.at("promotion").node().path("enum").forEach(p -> promotions.add(p.asText()));
            if (promotionNode.isIntegralNumber() && (promotions.isEmpty() || promotions.contains(promotionNode.asText()))) {
                promotion = promotionNode.asInt();
            } else {
                String allowed = promotions.isEmpty() ? "un numéro de promotion" : String.join(", ", promotions);
                problem(promotionNode.isMissingNode() ? "" : "promotion", promotionNode.isMissingNode()
                        ? new Said("promotion manque : la promotion dont la démarche reçoit l’appel (" + allowed + ")",
                        "promotion is missing: the promotion whose call the démarche receives (" + allowed.replace("un numéro de promotion", "a promotion number") + ")")
                        : expected(allowed, allowed, promotionNode));
            }
            String annotation = null;
            JsonNode annotationNode = root.path("annotation");
            if (!annotationNode.isMissingNode()) {
                if (annotationNode.isTextual() && !annotationNode.asText().isBlank()) {
                    annotation = annotationNode.asText();
                } else {
                    problem("annotation", expected("le libellé d’une annotation privée de type texte",
                            "the label of a private text annotation", annotationNode));
                }
            }
            List<FieldMapping> fields = List.of();
            JsonNode fieldsNode = root.path("fields");
            if (!fieldsNode.isArray() || fieldsNode.isEmpty()) {
                problem(fieldsNode.isMissingNode() ? "" : "fields", new Said(
                        "fields doit être une liste non vide des champs lus",
                        "fields must be a non-empty list of the champs read"));
            } else {
                fields = entries(fieldsNode, "fields", null);
            }
            if (!problems.isEmpty()) {
                throw new MappingException(problems);
            }
            return new Mapping(kind, promotion, annotation, fields);
        }

        /** The entries of a list, {@code list} the items' schema for a repetition block's fields. */
        private List<FieldMapping> entries(JsonNode array, String path, ContractFields.Field list) {
            List<FieldMapping> out = new ArrayList<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                JsonNode entry = array.get(i);
                if (!entry.isObject()) {
                    problem(at, expected("un objet (field, id ou label, type…)", "an object (field, id or label, type…)", entry));
                    continue;
                }
                FieldMapping field = entry(entry, at, list);
                if (field == null) {
                    continue;
                }
                Integer before = seen.putIfAbsent(field.field(), i);
                if (before != null) {
                    problem(at + ".field", new Said(field.field() + " est déjà lu par " + path + "[" + before + "]",
                            field.field() + " is already read by " + path + "[" + before + "]"));
                }
                out.add(field);
            }
            return out;
        }

        private FieldMapping entry(JsonNode entry, String at, ContractFields.Field list) {
            int before = problems.size();
            unknownKeys(entry, at, ENTRY);
            JsonNode fieldNode = entry.path("field");
            String field = null;
            ContractFields.Field target = null;
            if (!fieldNode.isTextual() || fieldNode.asText().isBlank()) {
                problem(fieldNode.isMissingNode() ? at : at + ".field", fieldNode.isMissingNode()
                        ? new Said("field manque : le chemin du champ du contrat, par exemple challenge.name",
                        "field is missing: the contract path it fills, e.g. challenge.name")
                        : expected("un chemin du contrat", "a contract path", fieldNode));
            } else {
                field = fieldNode.asText();
                target = list == null ? contract.at(field) : contract.under(list, field);
                if (list == null && SET_BY_THE_DOSSIER.contains(field)) {
                    problem(at + ".field", new Said(field + " est donné par le dossier ou l’en-tête de la correspondance, pas par un champ",
                            field + " is given by the dossier or the mapping's head, not by a champ"));
                    target = null;
                } else if (target == null) {
                    problem(at + ".field", new Said(field + " n’est pas un champ du contrat" + where(list),
                            field + " is not a field of the contract" + whereEn(list)));
                } else if (list == null && promotion > 0 && contract.notOf(promotion, field) != null) {
                    String why = contract.notOf(promotion, field);
                    problem(at + ".field", new Said(field + " n’est pas un champ de la promotion " + promotion + " (" + why + ")",
                            field + " is not a field of promotion " + promotion + " (" + why + ")"));
                    target = null;
                }
            }
            JsonNode idNode = entry.path("id");
            JsonNode labelNode = entry.path("label");
            String id = null;
            String label = null;
            if (idNode.isMissingNode() == labelNode.isMissingNode()) {
                problem(at, new Said("donnez soit id (le champDescriptorId du champ), soit label (son libellé), un seul des deux",
                        "give either id (the champ's champDescriptorId) or label (its label), exactly one"));
            } else if (!idNode.isMissingNode()) {
                if (idNode.isTextual() && !idNode.asText().isBlank()) {
                    id = idNode.asText();
                } else {
                    problem(at + ".id", expected("un champDescriptorId (texte)", "a champDescriptorId (text)", idNode));
                }
            } else if (labelNode.isTextual() && !labelNode.asText().isBlank()) {
                label = labelNode.asText();
            } else {
                problem(at + ".label", expected("le libellé du champ (texte)", "the champ's label (text)", labelNode));
            }
            Type type = null;
            JsonNode typeNode = entry.path("type");
            List<String> typeWords = new ArrayList<>();
            for (Type t : Type.values()) {
                typeWords.add(t.word());
            }
            if (typeNode.isTextual() && typeWords.contains(typeNode.asText())) {
                type = Type.valueOf(typeNode.asText().toUpperCase(Locale.ROOT));
            } else {
                problem(typeNode.isMissingNode() ? at : at + ".type",
                        expected(String.join(", ", typeWords), String.join(", ", typeWords), typeNode));
            }
            Map<String, String> choices = Map.of();
            List<FieldMapping> rows = List.of();
            if (type != null && target != null) {
                compatible(at, field, type, target);
            }
            JsonNode choicesNode = entry.path("choices");
            boolean coded = type == Type.CHOICE || type == Type.CHOICES;
            if (coded) {
                if (!choicesNode.isObject() || choicesNode.isEmpty()) {
                    problem(choicesNode.isMissingNode() ? at : at + ".choices", new Said(
                            "choices doit associer chaque libellé proposé par le formulaire à un code du contrat",
                            "choices must map each label the form offers to one of the contract's codes"));
                } else {
                    choices = choices(choicesNode, at + ".choices", target);
                }
            } else if (!choicesNode.isMissingNode() && type != null) {
                problem(at + ".choices", new Said("choices ne sert qu’aux types choice et choices, pas à " + type.word(),
                        "choices is for the types choice and choices only, not " + type.word()));
            }
            JsonNode rowsNode = entry.path("fields");
            if (type == Type.ROWS) {
                if (list != null) {
                    problem(at + ".type", new Said("un bloc répétable ne peut pas en contenir un autre",
                            "a repetition block cannot hold another"));
                } else if (!rowsNode.isArray() || rowsNode.isEmpty()) {
                    problem(rowsNode.isMissingNode() ? at : at + ".fields", new Said(
                            "fields doit lister les champs de chaque ligne du bloc répétable",
                            "fields must list the champs of each row of the repetition block"));
                } else if (target != null) {
                    rows = entries(rowsNode, at + ".fields", target);
                }
            } else if (!rowsNode.isMissingNode() && type != null) {
                problem(at + ".fields", new Said("fields ne sert qu’au type rows, pas à " + type.word(),
                        "fields is for the type rows only, not " + type.word()));
            }
            return problems.size() > before ? null : new FieldMapping(field, id, label, type, choices, rows);
        }

        /** The conversion must give what the contract's field holds. */
        private void compatible(String at, String field, Type type, ContractFields.Field target) {
            String needed = switch (type) {
                case TEXT, DATE, DATETIME -> target.is("string") && target.codes().isEmpty() ? null : "text";
                case CHOICE -> target.is("string") && !target.codes().isEmpty() ? null : "code";
                case BOOLEAN, ATTACHED -> target.is("boolean") ? null : "boolean";
                case AMOUNT -> target.is("number") ? null : "number";
                case INTEGER -> target.is("integer") || target.is("number") ? null : "integer";
                case CHOICES -> target.is("array") && target.items() != null && target.items().has("enum") ? null : "codes";
                case ROWS -> target.is("array") && target.items() != null && target.items().has("properties") ? null : "rows";
            };
            if (needed != null) {
                problem(at + ".type", new Said("le type " + type.word() + " ne convient pas à " + field
                        + ", qui attend " + holds(target, true),
                        "the type " + type.word() + " does not suit " + field + ", which holds " + holds(target, false)));
            }
        }

        private String holds(ContractFields.Field target, boolean french) {
            if (!target.codes().isEmpty()) {
                return (french ? "un de ces codes : " : "one of these codes: ") + String.join(", ", target.codes());
            }
            if (target.is("boolean")) {
                return french ? "vrai ou faux (types boolean, attached)" : "true or false (types boolean, attached)";
            }
            if (target.is("integer")) {
                return french ? "un nombre entier (type integer)" : "a whole number (type integer)";
            }
            if (target.is("number")) {
                return french ? "un montant (type amount)" : "an amount (type amount)";
            }
            if (target.is("array")) {
                return french ? "une liste (types rows, choices)" : "a list (types rows, choices)";
            }
            if (target.is("object")) {
                return french ? "un objet : nommez plutôt un de ses champs" : "an object: name one of its fields instead";
            }
            return french ? "du texte (types text, date, datetime)" : "text (types text, date, datetime)";
        }

        private Map<String, String> choices(JsonNode node, String at, ContractFields.Field target) {
            List<String> codes = target == null ? List.of()
                    : !target.codes().isEmpty() ? target.codes() : codesOf(target.items());
            Map<String, String> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> choice = it.next();
                String path = DocumentReader.child(at, choice.getKey());
                JsonNode code = choice.getValue();
                if (!code.isTextual() || !codes.isEmpty() && !codes.contains(code.asText())) {
                    String allowed = String.join(", ", codes);
                    problem(path, expected(allowed, allowed, code));
                } else {
                    out.put(choice.getKey(), code.asText());
                }
            }
            return out;
        }

        private static List<String> codesOf(JsonNode items) {
            List<String> codes = new ArrayList<>();
            if (items != null) {
                items.path("enum").forEach(code -> codes.add(code.asText()));
            }
            return codes;
        }

        private static String where(ContractFields.Field list) {
            return list == null ? "" : " (dans une ligne du bloc)";
        }

        private static String whereEn(ContractFields.Field list) {
            return list == null ? "" : " (in a row of the block)";
        }

        private void unknownKeys(JsonNode object, String at, Set<String> known) {
            object.fieldNames().forEachRemaining(key -> {
                if (!known.contains(key)) {
                    String list = String.join(", ", known.stream().sorted().toList());
                    problem(DocumentReader.child(at, key), new Said("clé inconnue « " + key + " » (attendu : " + list + ")",
                            "unknown key \"" + key + "\" (expected: " + list + ")"));
                }
            });
        }

        private static Said expected(String fr, String en, JsonNode found) {
            String shown = found.isMissingNode() ? null : found.isTextual() ? "« " + found.asText() + " »" : found.toString();
            String shownEn = found.isMissingNode() ? null : found.isTextual() ? "\"" + found.asText() + "\"" : found.toString();
            return shown == null ? new Said("attendu : " + fr + ", absent", "expected " + en + ", found nothing")
                    : new Said("attendu : " + fr + ", trouvé " + shown, "expected " + en + ", found " + shownEn);
        }

        private void problem(String path, Said message) {
            problems.add(new MappingException.Problem(file, line(path), message));
        }

        /** The line of a path, or of its closest parent the reader located. */
        private int line(String path) {
            String at = path;
            while (true) {
                int line = document.line(at);
                if (line > 0 || at.isEmpty()) {
                    return line;
                }
                int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
                at = cut < 0 ? "" : at.substring(0, cut);
            }
        }
    }
}
