package org.eigrules.ds;

import com.fasterxml.jackson.databind.JsonNode;
import org.eigrules.io.FileSchemas;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The contract's fields as the published JSON Schema of a file describes them: what a mapping may
 * name, its kind of value and, for codes, the names allowed. Read from the schema the library
 * generates, so that a mapping is checked against the very contract the files are read with.
 */
final class ContractFields {

    /** What a field holds. */
    record Field(Set<String> types, List<String> codes, JsonNode items, JsonNode node) {
        boolean is(String type) {
            return types.contains(type);
        }
    }

    private final JsonNode schema;

    private ContractFields(JsonNode schema) {
        this.schema = schema;
    }

    static ContractFields of(FileSchemas.Kind kind) {
        return new ContractFields(FileSchemas.generate(kind));
    }

    /** The field at a dotted path from the file's root, or null when the contract has none. */
    Field at(String dotted) {
        return at(schema, dotted);
    }

    /** The field at a dotted path under the items of a list field. */
    Field under(Field list, String dotted) {
        return list.items() == null ? null : at(list.items(), dotted);
    }

    /** The names of the fields of an object at a path ("" for the root), for messages. */
    List<String> namesUnder(JsonNode node) {
        List<String> names = new ArrayList<>();
        JsonNode properties = resolve(node).path("properties");
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Why a field is not one of a promotion's (the schema's own words, e.g. "a field of promotion(s)
     * 3, 4, not of promotion 5"), or null when the promotion has it.
     */
    String notOf(int promotion, String dotted) {
        for (JsonNode condition : schema.path("allOf")) {
            if (condition.path("if").path("properties").path("promotion").path("const").asInt(-1) != promotion) {
                continue;
            }
            JsonNode node = condition.path("then");
            for (String name : dotted.split("\\.", -1)) {
                node = node.path("properties").path(name);
            }
            if ("null".equals(node.path("type").asText())) {
                return node.path("description").asText("not a field of promotion " + promotion);
            }
        }
        return null;
    }

    private Field at(JsonNode start, String dotted) {
        JsonNode node = resolve(start);
        for (String name : dotted.split("\\.", -1)) {
            JsonNode properties = node.path("properties");
            if (!properties.has(name)) {
                return null;
            }
            node = resolve(properties.get(name));
        }
        return describe(node);
    }

    private Field describe(JsonNode node) {
        Set<String> types = new LinkedHashSet<>();
        List<String> codes = new ArrayList<>();
        collect(node, types, codes);
        JsonNode items = node.has("items") ? resolve(node.get("items")) : null;
        return new Field(types, codes, items, node);
    }

    private void collect(JsonNode node, Set<String> types, List<String> codes) {
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        node.path("enum").forEach(code -> {
            if (code.isTextual()) {
                codes.add(code.asText());
            }
        });
        if (node.has("properties")) {
            types.add("object");
        }
    }

    /** Follows $ref and keeps the non-null alternative of an anyOf (a field that may be null). */
    private JsonNode resolve(JsonNode node) {
        for (int i = 0; i < 16; i++) {
            if (node.has("$ref")) {
                String ref = node.get("$ref").asText(); // #/$defs/Name
                node = schema.path("$defs").path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (node.has("anyOf")) {
                JsonNode chosen = null;
                for (Iterator<JsonNode> it = node.get("anyOf").elements(); it.hasNext(); ) {
                    JsonNode alternative = it.next();
                    if (!"null".equals(alternative.path("type").asText())) {
                        chosen = alternative;
                    }
                }
                if (chosen == null) {
                    return node;
                }
                node = chosen;
            } else {
                return node;
            }
        }
        return node;
    }
}
