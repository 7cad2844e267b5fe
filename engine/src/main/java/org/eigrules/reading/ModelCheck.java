package org.eigrules.reading;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.eigrules.validation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Checks a tree of values against a model type before anything is built from it, the model's
 * shape coming from the types themselves (records, lists, enums, scalars), so fields added to
 * the model are checked without changes here. No coercion: text is not a number, a number is not
 * a boolean or an enum, an enum name is exact. Every problem is listed with its path, up to
 * {@link ReadingLimits#MAX_PROBLEMS}; unknown fields get their own path whatever their value.
 * Absent and null values are left to validation: they are missing, not malformed.
 */
public final class ModelCheck {

    private final ObjectMapper mapper;
    private final Map<JavaType, Map<String, JavaType>> fields = new ConcurrentHashMap<>();

    /** A check of trees against the types {@code mapper} builds. */
    public ModelCheck(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * What a check found.
     *
     * @param problems  every problem, in document order
     * @param wellTyped a copy of the tree without the values in error (unknown fields removed,
     *                  values of the wrong type made null), from which the model can be built
     *                  and validated for the remaining problems
     */
    public record Result(List<Violation> problems, JsonNode wellTyped) {
    }

    /** Checks {@code node} read as {@code type}; the node is not changed. */
    public Result check(JsonNode node, Class<?> type) {
        JavaType javaType = mapper.constructType(type);
        Problems problems = new Problems(false);
        check(node, javaType, "", problems);
        if (problems.count() == 0) {
            return new Result(List.of(), node); // the usual case: nothing to take out, no copy
        }
        Problems again = new Problems(true);
        JsonNode copy = node.deepCopy();
        if (!check(copy, javaType, "", again)) {
            copy = com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }
        return new Result(again.list(), copy);
    }

    /** @return false when the node itself is in error: its parent drops it */
    private boolean check(JsonNode node, JavaType type, String path, Problems problems) {
        int before = problems.count();
        if (node != null && !node.isNull()) {
            checkValue(node, type, path, problems);
        }
        return problems.count() == before || !problems.atOwnPath(path);
    }

    private void checkValue(JsonNode node, JavaType type, String path, Problems problems) {
        Class<?> raw = type.getRawClass();
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return; // any value: nothing to check
        }
        if (raw == String.class) {
            if (!node.isTextual()) {
                problems.expected(path, "type.text", node);
            } else if (hasControlCharacter(node.textValue())) {
                problems.expected(path, "type.text-without-controls", node);
            }
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class) {
            boolean fits = node.isIntegralNumber() && (raw == Long.class || raw == long.class ? node.canConvertToLong()
                    : node.canConvertToInt());
            if (!fits) {
                problems.expected(path, "type.whole-number", node);
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (!node.isBoolean()) {
                problems.expected(path, "type.boolean", node);
            }
        } else if (raw == BigDecimal.class) {
            if (!node.isNumber()) {
                problems.expected(path, "type.amount", node);
            }
        } else if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != char.class)) {
            if (!node.isNumber()) {
                problems.expected(path, "type.number", node);
            }
        } else if (raw == OffsetDateTime.class) {
            temporal(node, path, problems, DateTimeFormatter.ISO_OFFSET_DATE_TIME::parse, "type.date-time");
        } else if (raw == LocalDate.class) {
            temporal(node, path, problems, DateTimeFormatter.ISO_LOCAL_DATE::parse, "type.date");
        } else if (raw == LocalDateTime.class) {
            temporal(node, path, problems, DateTimeFormatter.ISO_LOCAL_DATE_TIME::parse, "type.local-date-time");
        } else if (raw.isEnum()) {
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (!node.isTextual() || !names.contains(node.textValue())) {
                problems.expected(path, InputText.of("type.one-of", String.join(", ", names)), node);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!node.isObject()) {
                problems.expected(path, "type.mapping-any", node);
            } else {
                JavaType content = type.getContentType();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    if (!check(entry.getValue(), content, DocumentReader.child(path, InputText.escaped(entry.getKey())), problems)
                            && problems.clean) {
                        entry.setValue(com.fasterxml.jackson.databind.node.NullNode.getInstance());
                    }
                }
            }
        } else if (Collection.class.isAssignableFrom(raw) || type.isArrayType()) {
            if (!node.isArray()) {
                problems.expected(path, "type.list", node);
            } else if (node.size() > ReadingLimits.MAX_LIST_ITEMS) {
                problems.add(InputText.violation(path, "list-too-long", ReadingLimits.MAX_LIST_ITEMS, node.size()));
            } else {
                JavaType content = type.getContentType();
                for (int i = 0; i < node.size(); i++) {
                    if (!check(node.get(i), content, path + "[" + i + "]", problems) && problems.clean) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i,
                                com.fasterxml.jackson.databind.node.NullNode.getInstance());
                    }
                }
            }
        } else {
            Map<String, JavaType> known = fields(type);
            if (!node.isObject()) {
                problems.expected(path, InputText.of("type.mapping", String.join(", ", known.keySet())), node);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String fieldPath = DocumentReader.child(path, InputText.escaped(field.getKey()));
                JavaType fieldType = known.get(field.getKey());
                if (fieldType == null) {
                    problems.add(InputText.violation(fieldPath, "unknown-field"));
                    if (problems.clean) {
                        it.remove();
                    }
                } else if (!check(field.getValue(), fieldType, fieldPath, problems) && problems.clean) {
                    field.setValue(com.fasterxml.jackson.databind.node.NullNode.getInstance());
                }
            }
        }
    }

    private static void temporal(JsonNode node, String path, Problems problems, Function<String, TemporalAccessor> parse,
                                 String expected) {
        boolean ok = node.isTextual();
        if (ok) {
            try {
                parse.apply(node.textValue());
            } catch (DateTimeParseException e) {
                ok = false;
            }
        }
        if (!ok) {
            problems.expected(path, expected, node);
        }
    }

    /** The fields a mapping of this type may hold, with their types, as the mapper binds them. */
    private Map<String, JavaType> fields(JavaType type) {
        return fields.computeIfAbsent(type, t -> {
            BeanDescription description = mapper.getDeserializationConfig().introspect(t);
            Map<String, JavaType> result = new LinkedHashMap<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (!(property.hasConstructorParameter() || property.hasField() || property.hasSetter())) {
                    continue;
                }
                result.put(property.getName(), property.getPrimaryType());
                for (PropertyName alias : property.findAliases()) {
                    result.put(alias.getSimpleName(), property.getPrimaryType());
                }
            }
            if (t.getRawClass().isRecord()) { // in the order the record declares them, as the contract lists them
                Map<String, JavaType> ordered = new LinkedHashMap<>();
                for (java.lang.reflect.RecordComponent c : t.getRawClass().getRecordComponents()) {
                    if (result.containsKey(c.getName())) {
                        ordered.put(c.getName(), result.get(c.getName()));
                    }
                }
                ordered.putAll(result);
                result = ordered;
            }
            return java.util.Collections.unmodifiableMap(result);
        });
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    /** The problems found so far, at most {@link ReadingLimits#MAX_PROBLEMS}, then counted. */
    private static final class Problems {
        private final List<Violation> list = new ArrayList<>();
        private int more;
        /** Whether values in error are taken out of the tree as they are found (on a copy only). */
        final boolean clean;

        Problems(boolean clean) {
            this.clean = clean;
        }

        boolean full() {
            return list.size() >= ReadingLimits.MAX_PROBLEMS;
        }

        int count() {
            return list.size() + more;
        }

        /** Whether the last problem recorded is at this very path (not under it). */
        boolean atOwnPath(String path) {
            return !list.isEmpty() && list.get(list.size() - 1).path().equals(path) && more == 0
                    || more > 0;
        }

        void add(Violation violation) {
            if (full()) {
                more++;
            } else {
                list.add(violation);
            }
        }

        void expected(String path, String typeKey, JsonNode found) {
            expected(path, InputText.of(typeKey), found);
        }

        void expected(String path, InputText type, JsonNode found) {
            add(InputText.violation(path, "expected", type, found(found)));
        }

        List<Violation> list() {
            List<Violation> result = new ArrayList<>(list);
            if (more > 0) {
                result.add(InputText.violation("", "more-problems", more));
            }
            return result;
        }
    }

    /** A value as an error message shows it: text in quotes and escaped, numbers as written, "a mapping", "a list". */
    static Object found(JsonNode node) {
        if (node.isTextual()) {
            return InputText.shown(node.textValue());
        }
        if (node.isObject()) {
            return InputText.of("found.mapping");
        }
        if (node.isArray()) {
            return InputText.of("found.list");
        }
        if (node.isBigDecimal()) {
            return InputText.escaped(node.decimalValue().toString());
        }
        return InputText.escaped(node.asText());
    }
}
