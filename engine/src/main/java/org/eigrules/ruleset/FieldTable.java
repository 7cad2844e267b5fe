package org.eigrules.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import org.eigrules.model.Application;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.InputText;
import org.eigrules.reading.ReadingLimits;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The application file's fields as policy ({@code fields.yaml}): which clauses cannot be decided
 * without a field, in which promotions, and which fields and values only some promotions' files
 * may give. Every entry has a label and a source, as in the parameter files; promotions are
 * {@link PromotionRange}s, so an open range ({@code "5.."}) carries a field to promotions added
 * later. Paths are the contract's, a list's elements written {@code eigs[].experienceBand}; each
 * is checked against the {@link Application} record's components. Immutable.
 *
 * <pre>{@code
 * applicationFiles: { label: "…", promotions: "3..", source: "…" }
 * fields:
 *   commitments.accessibility:
 *     label: "…"
 *     promotions: "4.."
 *     neededBy:
 *       - COM-7: "4.."
 *     source: "…"
 * values:
 *   funding.mode:
 *     PIA: { label: "…", promotions: "3", source: "…" }
 * }</pre>
 */
public final class FieldTable {

    /** Where the built-in table is, on the classpath. */
    public static final String BUILT_IN = "org/eigrules/fields.yaml";

    private static final Pattern CLAUSE = Pattern.compile("[A-Z]{2,3}-\\d{1,3}");
    private static final Pattern POSITION = Pattern.compile("\\[\\d+]");

    /**
     * A clause that needs a field.
     *
     * @param clause     the clause id
     * @param promotions the promotions it needs the field in; null for every promotion
     */
    public record Need(String clause, PromotionRange promotions) {
        /** Whether the clause needs the field in {@code promotion}; null (no promotion known) counts every need. */
        public boolean in(Integer promotion) {
            return promotion == null || promotions == null || promotions.contains(promotion);
        }
    }

    /**
     * What the table says of one field.
     *
     * @param path       the contract's path, list elements as {@code []}
     * @param label      what the field is
     * @param neededBy   the clauses that need it, in the table's order
     * @param promotions the promotions whose files may give it; null for every promotion
     * @param source     where the policy says so
     */
    public record Field(String path, String label, List<Need> neededBy, PromotionRange promotions, String source) {
        public Field {
            neededBy = List.copyOf(neededBy);
        }

        /** The clauses that need the field in {@code promotion} (null: every clause that ever needs it). */
        public List<String> clausesNeeding(Integer promotion) {
            return neededBy.stream().filter(n -> n.in(promotion)).map(Need::clause).toList();
        }
    }

    /**
     * A value of a field that only some promotions' files may give.
     *
     * @param path       the field's path
     * @param value      the value as the file writes it
     * @param label      what the value means
     * @param promotions the promotions whose files may give it
     * @param source     where the policy says so
     */
    public record Value(String path, String value, String label, PromotionRange promotions, String source) {
    }

    private final PromotionRange applicationFiles;
    private final Map<String, Field> fields;
    private final List<Value> values;
    private final int latest;

    private FieldTable(PromotionRange applicationFiles, Map<String, Field> fields, List<Value> values) {
        this.applicationFiles = applicationFiles;
        this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.values = List.copyOf(values);
        List<PromotionRange> ranges = new ArrayList<>();
        ranges.add(applicationFiles);
        fields.values().forEach(f -> {
            ranges.add(f.promotions());
            f.neededBy().forEach(n -> ranges.add(n.promotions()));
        });
        values.forEach(v -> ranges.add(v.promotions()));
        this.latest = ranges.stream().filter(java.util.Objects::nonNull).mapToInt(FieldTable::lastWritten).max().orElse(1);
    }

    /** The table the library ships, read once. */
    public static FieldTable builtIn() {
        return BuiltIn.TABLE;
    }

    private static final class BuiltIn {
        static final FieldTable TABLE = load();

        private static FieldTable load() {
            try (InputStream in = FieldTable.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException(BUILT_IN + " is not on the classpath");
                }
                return read(BUILT_IN, in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a field table.
     *
     * @param name the file's name, used in error messages
     * @throws InvalidRuleSetException listing every problem, by file, line and key
     */
    public static FieldTable read(String name, InputStream in) throws IOException {
        return new Reader(name, ParameterFiles.yaml(name, in)).read();
    }

    /** A path as the table keys it: list positions dropped ({@code eigs[2].profile} → {@code eigs[].profile}). */
    public static String pattern(String path) {
        return path.indexOf('[') < 0 ? path : POSITION.matcher(path).replaceAll("[]");
    }

    /** Every field the table names, in its order. */
    public Map<String, Field> fields() {
        return fields;
    }

    /** What the table says of a field ({@link #pattern} applied), or null when it says nothing. */
    public Field field(String path) {
        return fields.get(pattern(path));
    }

    /** The values only some promotions' files may give. */
    public List<Value> values() {
        return values;
    }

    /** Whether files of {@code promotion} are checked for fields and values of other promotions. */
    public boolean checksFilesOf(int promotion) {
        return applicationFiles.contains(promotion);
    }

    /**
     * The promotions of a range as a message lists them ({@code 4, 5}): an open range up to the
     * latest promotion the table names. A file of a later promotion uses an open range's fields,
     * so no message about them is ever addressed to it.
     */
    public List<Integer> listed(PromotionRange range) {
        return IntStream.rangeClosed(1, latest).filter(range::contains).boxed().toList();
    }

    /** {@link #listed} joined with commas. */
    public String written(PromotionRange range) {
        return listed(range).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The highest promotion a range writes: the end of a closed part, the start of an open one. */
    private static int lastWritten(PromotionRange range) {
        return IntStream.range(1, 1000).filter(p -> range.contains(p) && (!range.contains(p - 1) || !range.contains(p + 1)))
                .max().orElse(range.first());
    }

    /** One file's worth of reading, collecting every problem before failing. */
    private static final class Reader {
        private final String file;
        private final DocumentReader.Document document;
        private final List<RuleSetProblem> problems = new ArrayList<>();

        Reader(String file, DocumentReader.Document document) {
            this.file = file;
            this.document = document;
        }

        FieldTable read() {
            JsonNode root = document.root();
            if (root == null || !root.isObject()) {
                throw new InvalidRuleSetException(List.of(RuleSetProblem.in(file,
                        "expected a mapping with applicationFiles, fields and values")));
            }
            onlyKeys(root, "", Set.of("applicationFiles", "fields", "values"), "applicationFiles, fields, values");
            PromotionRange applicationFiles = null;
            JsonNode files = root.get("applicationFiles");
            if (files == null || !files.isObject()) {
                problem("applicationFiles", "expected a mapping with label, promotions and source, found " + shown(files));
            } else {
                onlyKeys(files, "applicationFiles", Set.of("label", "promotions", "source"), "label, promotions, source");
                text(files, "applicationFiles", "label");
                text(files, "applicationFiles", "source");
                applicationFiles = range(files.get("promotions"), "applicationFiles.promotions", true);
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            JsonNode fieldNodes = root.get("fields");
            if (fieldNodes == null || !fieldNodes.isObject()) {
                problem("fields", "expected a mapping of the file's field paths, found " + shown(fieldNodes));
            } else {
                fieldNodes.fields().forEachRemaining(e -> {
                    Field field = field(e.getKey(), e.getValue());
                    if (field != null) {
                        fields.put(field.path(), field);
                    }
                });
            }
            List<Value> values = new ArrayList<>();
            JsonNode valueNodes = root.get("values");
            if (valueNodes != null && !valueNodes.isObject()) {
                problem("values", "expected a mapping of field paths to their values, found " + shown(valueNodes));
            } else if (valueNodes != null) {
                valueNodes.fields().forEachRemaining(e -> values(e.getKey(), e.getValue(), values));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRuleSetException(problems);
            }
            return new FieldTable(applicationFiles, fields, values);
        }

        private Field field(String path, JsonNode entry) {
            String at = "fields." + InputText.escaped(path);
            RecordComponent component = component(path, at);
            if (!entry.isObject()) {
                problem(at, "expected a mapping with label, neededBy, promotions and source, found " + shown(entry));
                return null;
            }
            onlyKeys(entry, at, Set.of("label", "neededBy", "promotions", "source"), "label, neededBy, promotions, source");
            String label = text(entry, at, "label");
            String source = text(entry, at, "source");
            PromotionRange promotions = range(entry.get("promotions"), at + ".promotions", false);
            List<Need> needs = needs(entry.get("neededBy"), at + ".neededBy");
            if (!entry.has("neededBy") && !entry.has("promotions")) {
                problem(at, "says nothing: expected neededBy, promotions or both");
            }
            return component == null || label == null || source == null ? null
                    : new Field(path, label, needs, promotions, source);
        }

        /** {@code [CHL-2]}, or items {@code FIN-4: "3..4"} for a clause that needs the field in some promotions only. */
        private List<Need> needs(JsonNode node, String at) {
            List<Need> needs = new ArrayList<>();
            if (node == null) {
                return needs;
            }
            if (!node.isArray() || node.isEmpty()) {
                problem(at, "expected a list of clause ids, each alone (CHL-2) or with its promotions (FIN-4: \"3..4\"), found "
                        + shown(node));
                return needs;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String here = at + "[" + i + "]";
                if (item.isTextual()) {
                    String clause = clause(item.textValue(), here);
                    if (clause != null) {
                        needs.add(new Need(clause, null));
                    }
                } else if (item.isObject() && item.size() == 1) {
                    Map.Entry<String, JsonNode> only = item.fields().next();
                    String clause = clause(only.getKey(), here);
                    PromotionRange range = range(only.getValue(), here + "." + InputText.escaped(only.getKey()), true);
                    if (clause != null && range != null) {
                        needs.add(new Need(clause, range));
                    }
                } else {
                    problem(here, "expected a clause id (CHL-2) or a clause id with its promotions (FIN-4: \"3..4\"), found "
                            + shown(item));
                }
            }
            return needs;
        }

        private String clause(String text, String at) {
            if (!CLAUSE.matcher(text).matches()) {
                problem(at, "expected a clause id such as CHL-2, found " + InputText.shown(text));
                return null;
            }
            return text;
        }

        private void values(String path, JsonNode node, List<Value> into) {
            String at = "values." + InputText.escaped(path);
            RecordComponent component = component(path, at);
            if (!node.isObject()) {
                problem(at, "expected a mapping of the field's values, found " + shown(node));
                return;
            }
            node.fields().forEachRemaining(e -> {
                String here = at + "." + InputText.escaped(e.getKey());
                if (component != null) {
                    Object[] constants = component.getType().getEnumConstants();
                    if (constants == null) {
                        problem(at, "expected a field with a list of names (such as funding.mode), found "
                                + InputText.shown(path));
                        return;
                    } else if (Arrays.stream(constants).noneMatch(c -> c.toString().equals(e.getKey()))) {
                        problem(here, "expected one of " + Arrays.stream(constants).map(Object::toString)
                                .collect(Collectors.joining(", ")) + ", found " + InputText.shown(e.getKey()));
                        return;
                    }
                }
                JsonNode entry = e.getValue();
                if (!entry.isObject()) {
                    problem(here, "expected a mapping with label, promotions and source, found " + shown(entry));
                    return;
                }
                onlyKeys(entry, here, Set.of("label", "promotions", "source"), "label, promotions, source");
                String label = text(entry, here, "label");
                String source = text(entry, here, "source");
                PromotionRange promotions = range(entry.get("promotions"), here + ".promotions", true);
                if (component != null && label != null && source != null && promotions != null) {
                    into.add(new Value(path, e.getKey(), label, promotions, source));
                }
            });
        }

        /**
         * The record component a path names, walking {@link Application}'s records; null, with a
         * problem, when the application file has no such field.
         */
        private RecordComponent component(String path, String at) {
            Class<?> type = Application.class;
            String[] steps = path.split("\\.", -1);
            for (int i = 0; i < steps.length; i++) {
                boolean element = steps[i].endsWith("[]");
                String name = element ? steps[i].substring(0, steps[i].length() - 2) : steps[i];
                Class<?> in = type;
                RecordComponent component = Arrays.stream(type.getRecordComponents())
                        .filter(c -> c.getName().equals(name)).findFirst().orElse(null);
                if (component == null) {
                    problem(at, "expected a field of the application file" + (i == 0 ? "" : " (in "
                            + String.join(".", Arrays.asList(steps).subList(0, i)) + ": one of "
                            + Arrays.stream(in.getRecordComponents()).map(RecordComponent::getName)
                            .collect(Collectors.joining(", ")) + ")") + ", found " + InputText.shown(path));
                    return null;
                }
                Class<?> listed = element(component);
                boolean last = i == steps.length - 1;
                if (element && (listed == null || last)) {
                    problem(at, "expected [] only after a list of records followed by one of their fields, found "
                            + InputText.shown(path));
                    return null;
                }
                if (!last) {
                    type = element ? listed : component.getType();
                    if (!type.isRecord()) {
                        problem(at, "expected a field of the application file: " + name
                                + (listed != null ? " is a list, its elements are " + name + "[]" : " has no fields")
                                + ", found " + InputText.shown(path));
                        return null;
                    }
                } else {
                    return component;
                }
            }
            return null;
        }

        /** The element type of a list of records, or null. */
        private static Class<?> element(RecordComponent component) {
            return List.class.isAssignableFrom(component.getType())
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord() ? element : null;
        }

        private PromotionRange range(JsonNode node, String at, boolean required) {
            if (node == null && !required) {
                return null;
            }
            if (node == null || !(node.isTextual() || node.isIntegralNumber())) {
                problem(at, "expected promotions such as \"3\", \"3..4\" or \"5..\", found " + shown(node));
                return null;
            }
            try {
                return PromotionRange.parse(node.asText());
            } catch (IllegalArgumentException e) {
                // PromotionRange names the key itself ("promotions: …"): the path says where.
                String message = e.getMessage();
                problem(at, message.startsWith("promotions: ") ? message.substring("promotions: ".length()) : message);
                return null;
            }
        }

        private String text(JsonNode entry, String at, String key) {
            JsonNode node = entry.get(key);
            if (node == null || !node.isTextual() || node.textValue().isBlank()) {
                problem(at + "." + key, "missing (every entry needs a " + key + "), found " + shown(node));
                return null;
            }
            return node.textValue();
        }

        private void onlyKeys(JsonNode node, String at, Set<String> allowed, String expected) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    problem(DocumentReader.child(at, InputText.escaped(name)), "unknown key (expected " + expected + ")");
                }
            }
        }

        /** A problem at a path, located at the path's line, or its nearest enclosing one's. */
        private void problem(String path, String message) {
            int line = 0;
            for (String p = path; line == 0 && !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
                line = document.line(p);
            }
            if (problems.size() < ReadingLimits.MAX_PROBLEMS) {
                problems.add(new RuleSetProblem(file, line, 0, path + ": " + message));
            }
        }

        private static String shown(JsonNode node) {
            if (node == null || node.isNull()) {
                return "nothing";
            }
            if (node.isTextual()) {
                return InputText.shown(node.textValue());
            }
            return node.isObject() ? "a mapping" : node.isArray() ? "a list" : InputText.escaped(node.asText());
        }
    }
}
