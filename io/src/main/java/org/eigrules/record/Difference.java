package org.eigrules.record;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a decision that a replay found changed.
 *
 * @param field    the field's path in the decision's JSON ({@code coFinancing.grantAmount},
 *                 {@code reasons[0].clause})
 * @param recorded the value the record holds, as JSON text; {@code (absent)} when it has none
 * @param current  the value the rules give today, likewise
 */
public record Difference(String field, String recorded, String current) {

    /** The decision's list of the rules that applied, compared as a set. */
    static final String RULES_FIRED = "rulesFired";

    /** Written as absent: the field is not in one of the two decisions. */
    public static final String ABSENT = "(absent)";

    /** Checks that every part is given. */
    public Difference {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(current, "current");
    }

    /** {@code coFinancing.grantAmount: 98000.00 → 84000.00}. */
    @Override
    public String toString() {
        return field + ": " + recorded + " → " + current;
    }

    /**
     * The fields in which two JSON values differ, leaf by leaf, in the recorded value's field
     * order (fields only the current one has come last); lists are compared item by item, except
     * {@code rulesFired}, compared as a set: each rule that applied on one side only is a difference.
     */
    public static List<Difference> between(JsonNode recorded, JsonNode current) {
        List<Difference> differences = new ArrayList<>();
        compare("", recorded, current, differences);
        return differences;
    }

    private static void compare(String path, JsonNode recorded, JsonNode current, List<Difference> out) {
        if (path.equals(RULES_FIRED) && recorded != null && current != null && recorded.isArray() && current.isArray()) {
            // The order rules fire in is the engine's: a folder compiled at run time may fire the same
            // rules in another order than the pre-compiled built-in ones. Which rules applied is what counts.
            Set<JsonNode> before = new LinkedHashSet<>();
            recorded.forEach(before::add);
            Set<JsonNode> after = new LinkedHashSet<>();
            current.forEach(after::add);
            before.stream().filter(r -> !after.contains(r)).forEach(r -> out.add(new Difference(path, shown(r), ABSENT)));
            after.stream().filter(r -> !before.contains(r)).forEach(r -> out.add(new Difference(path, ABSENT, shown(r))));
        } else if (recorded != null && current != null && recorded.isObject() && current.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            recorded.fieldNames().forEachRemaining(names::add);
            current.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, recorded.get(name), current.get(name), out);
            }
        } else if (recorded != null && current != null && recorded.isArray() && current.isArray()) {
            Iterator<JsonNode> r = recorded.elements();
            Iterator<JsonNode> c = current.elements();
            for (int i = 0; r.hasNext() || c.hasNext(); i++) {
                compare(path + "[" + i + "]", r.hasNext() ? r.next() : null, c.hasNext() ? c.next() : null, out);
            }
        } else if (!Objects.equals(recorded, current)) {
            out.add(new Difference(path, shown(recorded), shown(current)));
        }
    }

    /** A text as it is (no quotes), anything else as JSON. */
    private static String shown(JsonNode value) {
        if (value == null) {
            return ABSENT;
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
