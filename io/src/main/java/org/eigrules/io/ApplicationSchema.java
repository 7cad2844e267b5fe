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
import org.eigrules.model.Application;
import org.eigrules.model.FundingMode;
import org.eigrules.model.NoPiaRequestWhenSelfFunded;
import org.eigrules.model.OneRequestedAmount;
import org.eigrules.ruleset.FieldTable;
import org.eigrules.reading.DocumentReader;
import org.eigrules.model.BudgetProgramme;
import org.eigrules.model.NotBlankWhenGiven;
import org.eigrules.model.Siret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of an application file, generated from the model: its records,
 * their Jakarta Bean Validation constraints and its enums. Forms and programs in other languages
 * can check a file with it before sending it; what a schema cannot say (a SIRET's checksum) is in
 * the descriptions, and {@link ApplicationFiles} stays the reference.
 *
 * <p>The repository keeps the generated schema in {@code schema/application.schema.json}; a test
 * fails when it is stale. A field that may be left out may also be {@code null}, as the reader
 * accepts. A constraint the generator does not know stops the generation, so a new one cannot be
 * silently left out of the schema.
 */
public final class ApplicationSchema {

    /** The draft the schema follows. */
    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final FieldTable FIELDS = FieldTable.builtIn();

    private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();
    // The path (list elements as []) each record's definition was made at: the field table speaks of paths.
    private final Map<Class<?>, String> definedAt = new java.util.HashMap<>();

    private ApplicationSchema() {
    }

    /**
     * The schema of an application file.
     *
     * @return the schema as a JSON object
     */
    public static ObjectNode generate() {
        ApplicationSchema generator = new ApplicationSchema();
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DRAFT);
        root.put("title", "EIG application file");
        root.put("description", "An administration's application of a défi to a promotion's call for projects "
                + "(eig-rules). A field left out, or null, is missing information: the decision lists it under the "
                + "clauses named in its description when they need it.");
        ObjectNode body = generator.object(Application.class, "");
        body.fields().forEachRemaining(e -> root.set(e.getKey(), e.getValue()));
        ObjectNode defs = root.putObject("$defs");
        generator.definitions.forEach(defs::set);
        return root;
    }

    /**
     * The schema as the repository keeps it: two-space indentation, a final line break.
     *
     * @return the schema's text
     */
    public static String text() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withoutSpacesInObjectEntries()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(generate()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
        schema.put("additionalProperties", false);
        for (Annotation annotation : record.getAnnotations()) {
            if (annotation instanceof NoPiaRequestWhenSelfFunded) {
                // A self-funded file cannot also ask for PIA money: the amount must be absent or null.
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
            schema.set("items", value(element, elementAnnotations, elementNullable, where + "[]", path + "[]"));
        } else if (raw.isRecord()) {
            if (!definitions.containsKey(raw.getSimpleName())) {
                ObjectNode definition = NODES.objectNode();
                definitions.put(raw.getSimpleName(), definition); // in order of first use
                definedAt.put(raw, path);
                definition.setAll(object(raw, path));
            } else if (!neededBy(raw, path).equals(neededBy(raw, definedAt.get(raw)))) {
                throw new IllegalStateException(where + ": one definition of " + raw.getSimpleName() + " serves "
                        + definedAt.get(raw) + " and " + path + ", which the field table treats differently");
            }
            schema.put("$ref", "#/$defs/" + raw.getSimpleName());
        } else if (raw.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            Arrays.stream(raw.getEnumConstants()).map(Object::toString).forEach(values::add);
        } else if (raw == String.class) {
            schema.put("type", "string");
        } else if (raw == Integer.class) {
            schema.put("type", "integer");
        } else if (raw == Boolean.class) {
            schema.put("type", "boolean");
        } else if (raw == BigDecimal.class) {
            schema.put("type", "number");
            descriptions.add("an amount in euros");
        } else if (raw == OffsetDateTime.class) {
            schema.put("type", "string");
            schema.put("format", "date-time");
            descriptions.add("an ISO-8601 date-time with its offset, such as 2018-06-14T16:30:00+02:00");
        } else {
            throw new IllegalStateException(where + ": no schema for the type " + raw.getName());
        }
        FieldTable.Field needs = FIELDS.field(path);
        if (needs != null && !needs.neededBy().isEmpty()) {
            descriptions.add(neededBy(needs));
        }
        for (Annotation annotation : annotations) {
            constrain(schema, annotation, descriptions, where);
        }
        if (!descriptions.isEmpty()) {
            schema.put("description", String.join("; ", descriptions));
        }
        if (!nullable) {
            return schema;
        }
        if (schema.has("$ref") || schema.has("enum")) {
            ObjectNode either = NODES.objectNode();
            if (schema.has("description")) {
                either.set("description", schema.remove("description"));
            }
            ArrayNode anyOf = either.putArray("anyOf");
            anyOf.add(schema);
            anyOf.addObject().put("type", "null");
            return either;
        }
        ArrayNode types = NODES.arrayNode().add(schema.get("type").asText()).add("null");
        schema.set("type", types);
        return schema;
    }

    private static void constrain(ObjectNode schema, Annotation annotation, List<String> descriptions, String where) {
        if (annotation instanceof NotNull || annotation instanceof Valid) {
            return; // required, or validated as its own object: said by the structure
        } else if (annotation instanceof NotBlank || annotation instanceof NotBlankWhenGiven) {
            schema.put("pattern", "\\S");
        } else if (annotation instanceof Positive) {
            schema.put("exclusiveMinimum", 0);
        } else if (annotation instanceof PositiveOrZero) {
            schema.put("minimum", 0);
        } else if (annotation instanceof Min min) {
            schema.put("minimum", min.value());
        } else if (annotation instanceof Max max) {
            schema.put("maximum", max.value());
        } else if (annotation instanceof Digits digits) {
            schema.put("multipleOf", BigDecimal.ONE.movePointLeft(digits.fraction()));
            schema.put("exclusiveMaximum", BigDecimal.ONE.movePointRight(digits.integer()));
        } else if (annotation instanceof Email) {
            schema.put("format", "email");
        } else if (annotation instanceof BudgetProgramme) {
            schema.put("pattern", "^[0-9]{3}$");
            descriptions.add("a State budget programme number: three digits");
        } else if (annotation instanceof Siret) {
            schema.put("pattern", "^[0-9]{14}$");
            descriptions.add("a SIRET: 14 digits whose Luhn checksum holds");
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
            if (next == null || !java.util.Objects.equals(next.promotions(), need.promotions())) {
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
                + annotation.annotationType().getSimpleName() + "; teach it to ApplicationSchema");
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
