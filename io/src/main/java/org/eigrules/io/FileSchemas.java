package org.eigrules.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.eigrules.EigRules;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.model.Application;
import org.eigrules.model.BudgetProgramme;
import org.eigrules.model.FundingMode;
import org.eigrules.model.NoPiaRequestWhenSelfFunded;
import org.eigrules.model.NotBlankWhenGiven;
import org.eigrules.model.OneRequestedAmount;
import org.eigrules.model.Siret;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.ReadingLimits;
import org.eigrules.ruleset.CandidateKeys;
import org.eigrules.ruleset.FieldTable;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.selection.JuryScale;
import org.eigrules.selection.Opinion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The JSON Schemas (draft 2020-12) of the contract's three kinds of file, generated so that they
 * cannot drift from the library: an application's and a candidacy's from the model (records,
 * Bean Validation constraints, enums), the reader's limits ({@link ReadingLimits}) and the field
 * table ({@code fields.yaml}); a selection's from what {@link SelectionFiles} reads and the
 * promotions' jury scales; the promotions each accepts from the parameter files and rules.
 *
 * <p>A schema here refuses only what the library refuses, in every validator that follows the
 * standard and whether it reads numbers as binary floats or as decimals: a form can refuse what
 * the schema refuses. The converse does not hold; what only the library checks (a SIRET's
 * checksum, an amount's decimals, {@code 3.0} for {@code 3}, calendar dates, rules across fields)
 * is said in the descriptions and in the docs, and the library stays the reference. That is why
 * no {@code format} keyword is used (validators disagree on e-mails and date-times; {@code
 * date-time} refuses {@code 16:30+02:00}, which the library reads) and no {@code multipleOf}
 * with a fraction (binary floats make {@code 58533.34} no multiple of {@code 0.01}).
 *
 * <p>The repository keeps each schema under {@code schema/}; a test fails when one is stale.
 */
public final class FileSchemas {

    /** The draft the schemas follow. */
    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    /** The three kinds of file, each with its schema's file name under {@code schema/}. */
    public enum Kind {
        /** A défi application. */
        APPLICATION,
        /** A candidacy to a call for candidates. */
        CANDIDACY,
        /** A selection: jury grids over application files. */
        SELECTION;

        /** The schema's file name: {@code application.schema.json}. */
        public String fileName() {
            return name().toLowerCase(Locale.ROOT) + ".schema.json";
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final FieldTable FIELDS = FieldTable.builtIn();

    // Character classes shared by the text patterns, written as \\uXXXX escapes that ECMA-262,
    // Java and Python regular expressions all read. ModelCheck refuses the C0 and C1 controls
    // (Unicode category Cc) except tab, line feed and carriage return.
    private static final String CONTROLS = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F";
    private static final String TEXT = "[^" + CONTROLS + "]";
    // String.isBlank (@NotBlank in Hibernate Validator 9, @NotBlankWhenGiven, selections): a
    // character Character.isWhitespace refuses,
    // which takes every space separator but the no-break ones (U+00A0, U+2007, U+202F).
    private static final String WHITESPACE = "\\u0009-\\u000D\\u001C-\\u0020\\u1680\\u2000-\\u2006\\u2008-\\u200A"
            + "\\u2028\\u2029\\u205F\\u3000";
    private static final String NOT_WHITESPACE = "[^" + WHITESPACE + "]";

    // What DateTimeFormatter.ISO_OFFSET_DATE_TIME and ISO_LOCAL_DATE read, fields in their ranges;
    // the calendar (30 February) is the library's to check.
    private static final String DATE = "(?:[0-9]{4}|[+-][0-9]{4,10})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";
    static final String DATE_PATTERN = "^" + DATE + "$";
    static final String DATE_TIME_PATTERN = "^" + DATE + "[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]"
            + "(?::[0-5][0-9](?:\\.[0-9]{0,9})?)?(?:[Zz]|[+-][01][0-9](?::[0-5][0-9](?::[0-5][0-9])?)?)$";

    private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();
    // The path (list elements as []) each record's definition was made at: the field table speaks of paths.
    private final Map<Class<?>, String> definedAt = new HashMap<>();
    private final boolean fieldTable;

    private FileSchemas(boolean fieldTable) {
        this.fieldTable = fieldTable;
    }

    /**
     * The schema of a kind of file, for the built-in rules and parameters.
     *
     * @return the schema as a JSON object
     */
    public static ObjectNode generate(Kind kind) {
        return switch (kind) {
            case APPLICATION -> application(EigRules.builtIn().promotions());
            case CANDIDACY -> candidacy(EigRules.builtIn().candidacyPromotions());
            case SELECTION -> selection(selectionScales());
        };
    }

    /**
     * A schema as the repository keeps it: two-space indentation, a final line break.
     *
     * @return the schema's text
     */
    public static String text(Kind kind) {
        return text(generate(kind));
    }

    static String text(ObjectNode schema) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withoutSpacesInObjectEntries()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the three schemas

    private static ObjectNode application(SortedSet<Integer> promotions) {
        FileSchemas generator = new FileSchemas(true);
        ObjectNode root = header("EIG application file", "An administration's application of a défi to a "
                + "promotion's call for projects (eig-rules). A field left out, or null, is missing information: "
                + "the decision lists it under the clauses named in its description when they need it.");
        ObjectNode body = generator.object(Application.class, "");
        root.setAll(body);
        known((ObjectNode) root.get("properties").get("promotion"), promotions, "a promotion whose défi applications "
                + "the rules decide");
        ArrayNode byPromotion = NODES.arrayNode();
        for (int promotion : promotions) {
            ObjectNode refused = otherPromotions(promotion);
            if (refused != null) {
                byPromotion.add(when(promotion, refused));
            }
        }
        if (!byPromotion.isEmpty()) {
            root.set("allOf", byPromotion);
        }
        root.set("$defs", generator.defs());
        return root;
    }

    private static ObjectNode candidacy(SortedSet<Integer> promotions) {
        FileSchemas generator = new FileSchemas(false);
        ObjectNode root = header("EIG candidacy file", "A person's candidacy to a promotion's call for candidates "
                + "(eig-rules), told from a défi application by its kind. A field left out, or null, is missing "
                + "information: the decision lists what its clauses need.");
        root.setAll(generator.object(Candidacy.class, ""));
        known((ObjectNode) root.get("properties").get("promotion"), promotions, "a promotion whose call for "
                + "candidates the rules decide");
        root.set("$defs", generator.defs());
        return root;
    }

    /**
     * A selection's schema. {@link SelectionFiles} reads selections field by field rather than
     * through the model, so this follows its checks: the field names come from it.
     */
    private static ObjectNode selection(Map<Integer, JuryScale> scales) {
        ObjectNode root = header("EIG selection file", "A promotion's jury grids over its défi applications, and "
                + "optionally the programme's decided selection to check (eig-rules). Every grid must be complete: "
                + "a selection has no missing information, only invalid input.");
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        for (String name : SelectionFiles.TOP) {
            properties.set(name, switch (name) {
                case "promotion" -> known(whole(1), scales.keySet(), "a promotion the selection rules rank, "
                        + "with its jury's scale");
                case "applications" -> applications();
                case "grids" -> nullable(grids());
                case "selected" -> nullable(uniqueNames("the programme's decided selection, to check against the "
                        + "ranking and the envelope (SEL-6): each défi's name or id once")); 
                default -> throw new IllegalStateException("no schema for the selection field " + name);
            });
        }
        root.putArray("required").add("promotion").add("applications");
        root.put("additionalProperties", false);
        ArrayNode byPromotion = root.putArray("allOf");
        scales.forEach((promotion, scale) -> {
            ObjectNode scores = NODES.objectNode();
            scores.put("description", "promotion " + promotion + "'s jury scale: " + scale.criteria()
                    + " criteria, each scored from " + scale.lowest() + " to " + scale.highest());
            scores.put("minItems", scale.criteria());
            scores.put("maxItems", scale.criteria());
            scores.putObject("items").put("minimum", scale.lowest()).put("maximum", scale.highest());
            ObjectNode then = NODES.objectNode();
            then.putObject("properties").putObject("grids").putObject("items").putObject("properties").set("scores", scores);
            byPromotion.add(when(promotion, then));
        });
        return root;
    }

    private static ObjectNode applications() {
        // An absolute path, or one starting with "..", leads out of the selection's folder.
        String inside = "^(?!/)(?!\\.\\.(?:/|$))";
        ObjectNode path = text(null, false);
        path.put("pattern", inside + "[\\s\\S]*" + NOT_WHITESPACE);
        path.put("description", "an application file (.json, .yaml, .yml), relative to the selection's file and "
                + "inside its folder");
        ObjectNode folder = text(null, false);
        folder.put("pattern", inside);
        folder.put("description", "a folder of application files, relative to the selection's file and inside its folder");
        ObjectNode list = NODES.objectNode();
        list.put("type", "array");
        list.put("maxItems", ReadingLimits.MAX_SELECTION_DEFIS);
        list.put("uniqueItems", true);
        list.set("items", path);
        ObjectNode either = NODES.objectNode();
        either.put("description", "the défis' application files: a folder, or a list of files");
        either.putArray("anyOf").add(folder).add(list);
        return either;
    }

    private static ObjectNode grids() {
        ObjectNode grid = NODES.objectNode();
        grid.put("type", "object");
        grid.put("description", "one jury group's grid for a défi it heard (SEL-1, JRY-1)");
        ObjectNode properties = grid.putObject("properties");
        for (String name : SelectionFiles.GRID) {
            properties.set(name, switch (name) {
                case "application" -> described(text(NOT_WHITESPACE, false), "the défi's name (as CND-5 folds names) "
                        + "or its application's id");
                case "group" -> {
                    ObjectNode either = NODES.objectNode();
                    either.put("description", "the jury group that heard the défi: a label, or a whole number");
                    either.putArray("anyOf").add(text(NOT_WHITESPACE, false)).add(NODES.objectNode().put("type", "integer"));
                    yield either;
                }
                case "groupRank" -> described(whole(1), "the défi's rank in its group, 1 = preferred; one défi per "
                        + "rank in a group");
                case "scores" -> {
                    ObjectNode scores = NODES.objectNode();
                    scores.put("type", "array");
                    scores.set("items", whole(Integer.MIN_VALUE));
                    scores.put("description", "the criteria's scores, in order");
                    yield scores;
                }
                case "opinion" -> enumeration(Opinion.class);
                case "favourite" -> described(nullable(NODES.objectNode().put("type", "boolean")),
                        "the group's favourite (coup de cœur); absent means no");
                default -> throw new IllegalStateException("no schema for the grid field " + name);
            });
        }
        grid.putArray("required").add("application").add("group").add("groupRank").add("scores").add("opinion");
        grid.put("additionalProperties", false);
        ObjectNode list = NODES.objectNode();
        list.put("type", "array");
        list.set("items", grid);
        return list;
    }

    private static ObjectNode uniqueNames(String description) {
        ObjectNode list = NODES.objectNode();
        list.put("type", "array");
        list.put("uniqueItems", true);
        list.set("items", text(NOT_WHITESPACE, false));
        list.put("description", description);
        return list;
    }

    /** The promotions whose selections the built-in rules rank, with their jury's scale. */
    private static Map<Integer, JuryScale> selectionScales() {
        EigRules rules = EigRules.builtIn();
        Map<Integer, JuryScale> scales = new java.util.TreeMap<>();
        for (Map.Entry<Integer, PromotionParameters> entry : RuleSet.builtIn().parameters().entrySet()) {
            JuryScale scale = CandidateKeys.juryScale(entry.getValue());
            int promotion = entry.getKey();
            if (scale != null && rules.selectionRules().stream().anyMatch(rule -> rule.appliesTo(promotion))) {
                scales.put(promotion, scale);
            }
        }
        return scales;
    }

    private static ObjectNode header(String title, String description) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DRAFT);
        root.put("title", title);
        root.put("description", description);
        return root;
    }

    /** Restricts {@code promotion} to the known promotions. */
    private static ObjectNode known(ObjectNode promotion, java.util.Collection<Integer> promotions, String what) {
        ArrayNode values = promotion.putArray("enum");
        promotions.forEach(values::add);
        promotion.put("description", what + ": " + new TreeSet<>(promotions).toString().replaceAll("[\\[\\]]", "")
                + " (3.0 is refused by the library, but JSON Schema treats it as 3)");
        return promotion;
    }

    /** {@code if} the file's promotion is {@code promotion}, {@code then} holds. */
    private static ObjectNode when(int promotion, ObjectNode then) {
        ObjectNode rule = NODES.objectNode();
        ObjectNode condition = rule.putObject("if");
        condition.putObject("properties").putObject("promotion").put("const", promotion);
        condition.putArray("required").add("promotion");
        rule.set("then", then);
        return rule;
    }

    /**
     * What a file of {@code promotion} may not give, as the field table says: fields of other
     * promotions (absent or null only) and values of other promotions; null when nothing.
     */
    private static ObjectNode otherPromotions(int promotion) {
        if (!FIELDS.checksFilesOf(promotion)) {
            return null;
        }
        ObjectNode then = NODES.objectNode();
        boolean any = false;
        for (FieldTable.Field field : FIELDS.fields().values()) {
            if (field.promotions() != null && !field.promotions().contains(promotion)) {
                ObjectNode leaf = at(then, field.path());
                leaf.put("description", "a field of promotion(s) " + FIELDS.written(field.promotions())
                        + ", not of promotion " + promotion + ": absent or null");
                leaf.put("type", "null");
                any = true;
            }
        }
        for (FieldTable.Value value : FIELDS.values()) {
            if (!value.promotions().contains(promotion)) {
                ObjectNode leaf = at(then, value.path());
                leaf.put("description", value.value() + " is a value of promotion(s) "
                        + FIELDS.written(value.promotions()) + ", not of promotion " + promotion);
                leaf.putObject("not").put("const", value.value());
                any = true;
            }
        }
        return any ? then : null;
    }

    /** The schema at a field table path ({@code eigs[].experienceBand}) under {@code root}, made as needed. */
    private static ObjectNode at(ObjectNode root, String path) {
        ObjectNode node = root;
        for (String part : path.split("\\.")) {
            boolean list = part.endsWith("[]");
            String name = list ? part.substring(0, part.length() - 2) : part;
            node = node.with("properties").with(name);
            if (list) {
                node = node.with("items");
            }
        }
        return node;
    }

    private ObjectNode defs() {
        ObjectNode defs = NODES.objectNode();
        definitions.forEach(defs::set);
        return defs;
    }

    // ---------------------------------------------------------------- records to schemas

    private ObjectNode object(Class<?> record, String path) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Field field = field(record, component.getName());
            List<Annotation> annotations = Arrays.asList(field.getAnnotations());
            boolean mustBeGiven = annotations.stream().anyMatch(a -> a instanceof NotNull || a instanceof NotBlank);
            if (mustBeGiven) {
                required.add(component.getName());
            }
            properties.set(component.getName(), value(field.getAnnotatedType(), annotations, !mustBeGiven,
                    record.getSimpleName() + "." + component.getName(), DocumentReader.child(path, component.getName())));
        }
        if (!required.isEmpty()) {
            ArrayNode list = schema.putArray("required");
            required.forEach(list::add);
        }
        // ModelCheck refuses a field the model does not have.
        schema.put("additionalProperties", false);
        for (Annotation annotation : record.getAnnotations()) {
            if (annotation instanceof NoPiaRequestWhenSelfFunded) {
                // A self-funded file cannot also ask for money: the amount must be absent or null.
                ObjectNode condition = schema.putObject("if");
                condition.putObject("properties").putObject("mode").put("const", FundingMode.SELF_FUNDED.name());
                condition.putArray("required").add("mode");
                ObjectNode absent = schema.putObject("then").putObject("properties");
                absent.putObject("requestedAmount").put("type", "null");
                absent.putObject("requestedPiaAmount").put("type", "null");
            } else if (annotation instanceof OneRequestedAmount) {
                // The amount requested under one name at most: not both requestedAmount and requestedPiaAmount.
                ObjectNode both = schema.putObject("not");
                both.putArray("required").add("requestedAmount").add("requestedPiaAmount");
                ObjectNode given = both.putObject("properties");
                given.putObject("requestedAmount").put("type", "number");
                given.putObject("requestedPiaAmount").put("type", "number");
            } else if (isConstraint(annotation)) {
                throw unknown(annotation, record.getSimpleName());
            }
        }
        return schema;
    }

    private JsonNode value(AnnotatedType type, List<Annotation> annotations, boolean nullable, String where, String path) {
        Class<?> raw = raw(type);
        ObjectNode schema = NODES.objectNode();
        List<String> descriptions = new ArrayList<>();
        if (raw == List.class) {
            AnnotatedType element = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0];
            List<Annotation> elementAnnotations = Arrays.asList(element.getAnnotations());
            boolean elementNullable = elementAnnotations.stream().noneMatch(a -> a instanceof NotNull || a instanceof NotBlank);
            schema.put("type", "array");
            schema.put("maxItems", ReadingLimits.MAX_LIST_ITEMS);
            schema.set("items", value(element, elementAnnotations, elementNullable, where + "[]", path + "[]"));
        } else if (raw.isRecord()) {
            if (!definitions.containsKey(raw.getSimpleName())) {
                ObjectNode definition = NODES.objectNode();
                definitions.put(raw.getSimpleName(), definition); // in order of first use
                definedAt.put(raw, path);
                definition.setAll(object(raw, path));
            } else if (fieldTable && !neededBy(raw, path).equals(neededBy(raw, definedAt.get(raw)))) {
                throw new IllegalStateException(where + ": one definition of " + raw.getSimpleName() + " serves "
                        + definedAt.get(raw) + " and " + path + ", which the field table treats differently");
            }
            schema.put("$ref", "#/$defs/" + raw.getSimpleName());
        } else if (raw.isEnum()) {
            schema.setAll(enumeration(raw));
        } else if (raw == String.class) {
            schema.setAll(text(null, true));
        } else if (raw == Integer.class) {
            schema.setAll(whole(Integer.MIN_VALUE));
        } else if (raw == Boolean.class) {
            schema.put("type", "boolean");
        } else if (raw == BigDecimal.class) {
            schema.put("type", "number");
            descriptions.add("an amount in euros");
        } else if (raw == OffsetDateTime.class) {
            schema.put("type", "string");
            schema.put("pattern", DATE_TIME_PATTERN);
            descriptions.add("an ISO-8601 date-time with its offset, such as 2018-06-14T16:30:00+02:00");
        } else if (raw == LocalDate.class) {
            schema.put("type", "string");
            schema.put("pattern", DATE_PATTERN);
            descriptions.add("an ISO-8601 date, such as 2018-12-01");
        } else {
            throw new IllegalStateException(where + ": no schema for the type " + raw.getName());
        }
        FieldTable.Field needs = fieldTable ? FIELDS.field(path) : null;
        if (needs != null && !needs.neededBy().isEmpty()) {
            descriptions.add(neededBy(needs));
        }
        for (Annotation annotation : annotations) {
            constrain(schema, annotation, descriptions, where);
        }
        if (!descriptions.isEmpty()) {
            schema.put("description", String.join("; ", descriptions));
        }
        return nullable ? nullable(schema) : schema;
    }

    /** The same schema, null also allowed: absent and null are both missing information. */
    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.has("$ref") || schema.has("enum") || schema.has("anyOf") || !schema.has("type")) {
            ObjectNode either = NODES.objectNode();
            if (schema.has("description")) {
                either.set("description", schema.remove("description"));
            }
            ArrayNode anyOf = either.putArray("anyOf");
            anyOf.add(schema);
            anyOf.addObject().put("type", "null");
            return either;
        }
        schema.set("type", NODES.arrayNode().add(schema.get("type").asText()).add("null"));
        return schema;
    }

    private static ObjectNode described(ObjectNode schema, String description) {
        schema.put("description", description);
        return schema;
    }

    /**
     * Text within the reader's limit, made of characters the reader takes (no control character
     * in the model's files, as ModelCheck checks) and holding one of {@code visible} when given.
     */
    private static ObjectNode text(String visible, boolean withoutControls) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "string");
        // JSON Schema counts code points, the reader UTF-16 units: equal without characters beyond U+FFFF.
        schema.put("maxLength", ReadingLimits.MAX_STRING_CHARS);
        String chars = withoutControls ? TEXT : "[\\s\\S]";
        if (visible != null) {
            // A look-ahead, not "chars* visible chars*", whose backtracking is quadratic.
            schema.put("pattern", "^(?=[\\s\\S]*" + visible + ")" + chars + "*$");
        } else if (withoutControls) {
            schema.put("pattern", "^" + chars + "*$");
        }
        return schema;
    }

    /** A whole number the reader takes (a Java int) and at least {@code minimum}. */
    private static ObjectNode whole(int minimum) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "integer");
        schema.put("minimum", minimum);
        schema.put("maximum", Integer.MAX_VALUE);
        return schema;
    }

    private static ObjectNode enumeration(Class<?> type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "string");
        ArrayNode values = schema.putArray("enum");
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(values::add);
        return schema;
    }

    private static void constrain(ObjectNode schema, Annotation annotation, List<String> descriptions, String where) {
        if (annotation instanceof NotNull || annotation instanceof Valid) {
            return; // required, or validated as its own object: said by the structure
        } else if (annotation instanceof NotBlank || annotation instanceof NotBlankWhenGiven) {
            schema.setAll(text(NOT_WHITESPACE, true));
            descriptions.add("not blank");
        } else if (annotation instanceof Positive) {
            if ("integer".equals(schema.path("type").asText())) {
                schema.put("minimum", 1);
            } else {
                schema.put("exclusiveMinimum", 0);
            }
        } else if (annotation instanceof PositiveOrZero) {
            schema.put("minimum", 0);
        } else if (annotation instanceof Min min) {
            schema.put("minimum", min.value());
        } else if (annotation instanceof Max max) {
            schema.put("maximum", max.value());
        } else if (annotation instanceof Digits digits) {
            // The bound on whole digits holds in binary floats too: the largest amount it allows,
            // 999999999999.99, is read below 10^12. The decimals are the library's to count.
            schema.put("exclusiveMaximum", BigDecimal.ONE.movePointRight(digits.integer()).toBigInteger());
            descriptions.add("at most " + digits.integer() + " digits before the decimal point and " + digits.fraction()
                    + " after it (the library counts the decimals)");
        } else if (annotation instanceof Email) {
            // Bean Validation's @Email takes host names that format checkers refuse (no dot, no known
            // top-level domain): only the @ is required here, the rest is the library's.
            schema.put("pattern", "^(?=[\\s\\S]*@[^@]+$)" + TEXT + "*$");
            descriptions.add("an e-mail address (the library checks its form)");
        } else if (annotation instanceof BudgetProgramme) {
            schema.put("pattern", "^[0-9]{3}$");
            descriptions.add("a State budget programme number: three digits");
        } else if (annotation instanceof Siret) {
            schema.put("pattern", "^[0-9]{14}$");
            descriptions.add("a SIRET: 14 digits whose Luhn checksum holds (the library checks the checksum)");
        } else if (isConstraint(annotation)) {
            throw unknown(annotation, where);
        }
    }

    /**
     * What the field table says a field is needed by, clauses that share their promotions
     * together: {@code needed by FIN-3, FIN-4 in promotion(s) 3}.
     */
    private static String neededBy(FieldTable.Field field) {
        List<String> groups = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < field.neededBy().size(); i++) {
            FieldTable.Need need = field.neededBy().get(i);
            clauses.add(need.clause());
            FieldTable.Need next = i + 1 < field.neededBy().size() ? field.neededBy().get(i + 1) : null;
            if (next == null || !Objects.equals(next.promotions(), need.promotions())) {
                groups.add("needed by " + String.join(", ", clauses) + (need.promotions() == null ? ""
                        : " in promotion(s) " + FIELDS.written(need.promotions())));
                clauses.clear();
            }
        }
        return String.join("; ", groups);
    }

    /** The field table's needs for each component of a record at a path, to compare two uses of one definition. */
    private static List<String> neededBy(Class<?> record, String path) {
        List<String> needs = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            FieldTable.Field field = FIELDS.field(DocumentReader.child(path, component.getName()));
            needs.add(field == null ? "" : neededBy(field));
        }
        return needs;
    }

    private static boolean isConstraint(Annotation annotation) {
        return annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class);
    }

    private static IllegalStateException unknown(Annotation annotation, String where) {
        return new IllegalStateException(where + ": the schema generator does not know the constraint @"
                + annotation.annotationType().getSimpleName() + "; teach it to FileSchemas");
    }

    private static Class<?> raw(AnnotatedType type) {
        java.lang.reflect.Type t = type.getType();
        return t instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    private static Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(record.getSimpleName() + " has no field " + name, e);
        }
    }
}
