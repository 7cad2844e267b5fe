package org.eigrules.ds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.FileSchemas;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dossiers to contract files through a {@link Mapping}: each mapped champ's answer converted, the
 * dossier's number as the file's {@code id} and its {@code dateDepot} as {@code receivedAt}. A champ
 * the form does not have, or left unanswered, leaves its field absent: the decision then says
 * what is missing.
 */
public final class DossierFiles {

    /** The programme's calls close at Paris time; dates and times are written with Paris's offset. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Amounts and numbers stay exact decimals: never read as binary floating point. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Digits with an optional decimal part, once spaces and a decimal comma are dealt with. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private DossierFiles() {
    }

    /**
     * Converts a dossier.
     *
     * @param mapping the mapping
     * @param dossier the dossier
     * @return the contract file, or the answers that could not be converted
     */
    public static Converted convert(Mapping mapping, Dossier dossier) {
        return new Conversion(mapping, dossier).run();
    }

    /** The contract file's text: JSON, two-space indentation, a final line break. */
    public static String text(Converted converted) {
        try {
            return JSON.writeValueAsString(converted.file()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a converted file as {@code eig evaluate} reads the file written: from its text.
     *
     * @throws org.eigrules.validation.InvalidApplicationException the contract's objections
     */
    public static CandidacyFiles.ApplicationOrCandidacy read(Converted converted) {
        return CandidacyFiles.readAny(text(converted), ApplicationFiles.Format.JSON);
    }

    private static final class Conversion {
        private final Mapping mapping;
        private final Dossier dossier;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final List<Converted.AnswerProblem> problems = new ArrayList<>();

        Conversion(Mapping mapping, Dossier dossier) {
            this.mapping = mapping;
            this.dossier = dossier;
        }

        Converted run() {
            ObjectNode file = NODES.objectNode();
            ContractFields contract = ContractFields.of(mapping.kind());
            if (mapping.kind() == FileSchemas.Kind.CANDIDACY) {
                file.put("kind", "CANDIDACY");
            }
            if (contract.at("id") != null) {
                file.put("id", String.valueOf(dossier.number()));
            }
            file.put("promotion", mapping.promotion());
            if (dossier.dateDepot() != null) {
                JsonNode receivedAt = dateTime(NODES.textNode(dossier.dateDepot()), "receivedAt", "dateDepot");
                if (receivedAt != null) {
                    file.set("receivedAt", receivedAt);
                }
            }
            fill(file, mapping.fields(), dossier.champs(), "");
            return new Converted(dossier, file, labels, problems);
        }

        private void fill(ObjectNode target, List<Mapping.FieldMapping> fields, JsonNode champs, String prefix) {
            for (Mapping.FieldMapping field : fields) {
                JsonNode champ = find(champs, field);
                String path = prefix + field.field();
                if (champ == null) {
                    continue; // the form does not ask it: the field stays absent
                }
                String label = champ.path("label").asText(field.named());
                JsonNode value = field.type() == Mapping.Type.ROWS ? rows(champ, field, path, label)
                        : value(champ, field, path, label);
                if (value != null) {
                    labels.put(path, label);
                    put(target, field.field(), value);
                }
            }
        }

        private JsonNode rows(JsonNode champ, Mapping.FieldMapping field, String path, String label) {
            if (!"RepetitionChamp".equals(type(champ))) {
                return wrongType(champ, path, label, "RepetitionChamp");
            }
            ArrayNode list = NODES.arrayNode();
            int i = 0;
            for (JsonNode row : champ.path("rows")) {
                ObjectNode entry = NODES.objectNode();
                String rowPath = path + "[" + i++ + "]";
                labels.put(rowPath, label);
                fill(entry, field.rows(), row.path("champs"), rowPath + ".");
                list.add(entry);
            }
            return list;
        }

        private JsonNode value(JsonNode champ, Mapping.FieldMapping field, String path, String label) {
            String type = type(champ);
            return switch (field.type()) {
                case TEXT -> text(champ.path("stringValue"));
                case BOOLEAN -> switch (type) {
                    case "CheckboxChamp" -> bool(champ.path("checked"));
                    case "YesNoChamp" -> bool(champ.path("yes"));
                    default -> wrongType(champ, path, label, "CheckboxChamp, YesNoChamp");
                };
                case CHOICE -> {
                    JsonNode answer = "DropDownListChamp".equals(type) ? champ.path("choice") : champ.path("stringValue");
                    JsonNode text = text(answer);
                    yield text == null ? null : code(text.asText(), field, path, label);
                }
                case CHOICES -> {
                    if (!"MultipleDropDownListChamp".equals(type)) {
                        yield wrongType(champ, path, label, "MultipleDropDownListChamp");
                    }
                    ArrayNode codes = NODES.arrayNode();
                    for (JsonNode chosen : champ.path("values")) {
                        JsonNode code = code(chosen.asText(), field, path, label);
                        if (code == null) {
                            yield null;
                        }
                        codes.add(code);
                    }
                    yield codes;
                }
                case DATE -> {
                    if (!"DateChamp".equals(type)) {
                        yield wrongType(champ, path, label, "DateChamp");
                    }
                    JsonNode date = text(champ.path("date"));
                    if (date == null) {
                        yield null;
                    }
                    try {
                        yield NODES.textNode(LocalDate.parse(date.asText()).toString());
                    } catch (DateTimeParseException e) {
                        yield problem(path, label, new Said("« " + date.asText() + " » n’est pas une date (AAAA-MM-JJ)",
                                "\"" + date.asText() + "\" is not a date (YYYY-MM-DD)"));
                    }
                }
                case DATETIME -> "DatetimeChamp".equals(type) ? dateTime(champ.path("datetime"), path, label)
                        : wrongType(champ, path, label, "DatetimeChamp");
                case AMOUNT -> switch (type) {
                    // A decimal champ's value is a binary float: its text is the exact answer.
                    case "DecimalNumberChamp", "TextChamp" -> amount(champ.path("stringValue"), path, label);
                    case "IntegerNumberChamp" -> amount(champ.path("integer"), path, label);
                    default -> wrongType(champ, path, label, "DecimalNumberChamp, IntegerNumberChamp, TextChamp");
                };
                case INTEGER -> switch (type) {
                    case "IntegerNumberChamp" -> integer(champ.path("integer"), path, label);
                    case "TextChamp", "DecimalNumberChamp" -> integer(champ.path("stringValue"), path, label);
                    default -> wrongType(champ, path, label, "IntegerNumberChamp");
                };
                case ATTACHED -> "PieceJustificativeChamp".equals(type)
                        ? NODES.booleanNode(champ.path("files").size() > 0)
                        : wrongType(champ, path, label, "PieceJustificativeChamp");
                case ROWS -> throw new IllegalStateException("rows are read by rows()");
            };
        }

        private JsonNode code(String answer, Mapping.FieldMapping field, String path, String label) {
            String code = field.choices().get(answer.strip());
            if (code != null) {
                return NODES.textNode(code);
            }
            String offered = String.join(" | ", field.choices().keySet());
            return problem(path, label, new Said("la réponse « " + answer + " » n’est aucun des choix que la correspondance "
                    + "traduit en codes du contrat (" + offered + ")",
                    "the answer \"" + answer + "\" is none of the choices the mapping turns into the contract's codes ("
                            + offered + ")"));
        }

        private JsonNode dateTime(JsonNode node, String path, String label) {
            JsonNode text = text(node);
            if (text == null) {
                return null;
            }
            try {
                OffsetDateTime paris = OffsetDateTime.parse(text.asText()).atZoneSameInstant(PARIS).toOffsetDateTime();
                return NODES.textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(paris));
            } catch (DateTimeParseException e) {
                return problem(path, label, new Said("« " + text.asText() + " » n’est pas une date et heure ISO-8601 avec décalage",
                        "\"" + text.asText() + "\" is not an ISO-8601 date-time with offset"));
            }
        }

        private JsonNode amount(JsonNode node, String path, String label) {
            JsonNode text = text(node);
            if (text == null) {
                return null;
            }
            // French writing tolerated: spaces between thousands, a decimal comma, a euro sign.
            String written = text.asText().replaceAll("[\\s\\u00a0\\u202f]", "").replace("€", "").replace(',', '.');
            if (!DECIMAL.matcher(written).matches()) {
                return problem(path, label, new Said("« " + text.asText() + " » n’est pas un montant en euros (par exemple 52000,00)",
                        "\"" + text.asText() + "\" is not an amount in euros (e.g. 52000.00)"));
            }
            return NODES.numberNode(new BigDecimal(written));
        }

        private JsonNode integer(JsonNode node, String path, String label) {
            JsonNode text = text(node);
            if (text == null) {
                return null;
            }
            String written = text.asText().replaceAll("[\\s\\u00a0\\u202f]", "");
            if (!written.matches("-?[0-9]+")) {
                return problem(path, label, new Said("« " + text.asText() + " » n’est pas un nombre entier",
                        "\"" + text.asText() + "\" is not a whole number"));
            }
            BigInteger value = new BigInteger(written);
            return value.bitLength() < 32 ? NODES.numberNode(value.intValue()) : NODES.numberNode(value);
        }

        private JsonNode wrongType(JsonNode champ, String path, String label, String expected) {
            String found = type(champ).isEmpty() ? "?" : type(champ);
            return problem(path, label, new Said("le champ est de type " + found + ", la correspondance attend " + expected,
                    "the champ is a " + found + ", the mapping expects " + expected));
        }

        private JsonNode problem(String path, String label, Said message) {
            problems.add(new Converted.AnswerProblem(dossier.number(), label, path, message));
            return null;
        }

        private static JsonNode text(JsonNode node) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return null;
            }
            String text = node.asText();
            return text.isBlank() ? null : NODES.textNode(text);
        }

        private static JsonNode bool(JsonNode node) {
            return node.isBoolean() ? node : null;
        }

        private static String type(JsonNode champ) {
            return champ.path("__typename").asText("");
        }

        private static JsonNode find(JsonNode champs, Mapping.FieldMapping field) {
            for (JsonNode champ : champs) {
                if (field.matches(champ)) {
                    return champ;
                }
            }
            return null;
        }

        /** Sets a dotted path, making the objects on the way. */
        private static void put(ObjectNode target, String dotted, JsonNode value) {
            String[] names = dotted.split("\\.");
            ObjectNode at = target;
            for (int i = 0; i < names.length - 1; i++) {
                JsonNode next = at.get(names[i]);
                at = next instanceof ObjectNode object ? object : at.putObject(names[i]);
            }
            at.set(names[names.length - 1], value);
        }
    }
}
