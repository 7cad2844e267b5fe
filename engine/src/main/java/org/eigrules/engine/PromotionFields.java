package org.eigrules.engine;

import org.eigrules.validation.Violation;
import org.eigrules.decision.MissingField;
import org.eigrules.model.Application;
import org.eigrules.model.FundingMode;
import org.eigrules.ruleset.FieldTable;
import org.eigrules.reading.InputText;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the field table ({@link FieldTable}, {@code fields.yaml}) says of an application, in one
 * walk: the absent fields a clause needs in the file's promotion (missing, INCOMPLETE), and the
 * contract's "field of another promotion" — a field or a value (such as {@code PIA}, promotion 3's
 * name for {@code CO_FINANCED}) that the file's promotion does not use, which is malformed, the
 * error naming the promotions that do use it. The table is compiled once into a tree of the
 * record components it names, so that a walk visits only those and the records holding them.
 */
final class PromotionFields {

    private PromotionFields() {
    }

    /** What one walk finds: fields of other promotions (in walk order) and missing fields (sorted). */
    record Found(List<Violation> foreign, List<MissingField> missing) {
    }

    /** A record component the table names, or one that holds records where it names some. */
    private record Visit(String name, MethodHandle accessor, FieldTable.Field field,
                         Map<String, FieldTable.Value> values, Node below, boolean list) {
    }

    /** The components worth visiting in a record at one path. */
    private record Node(List<Visit> visits) {
    }

    private static final FieldTable TABLE = FieldTable.builtIn();
    private static final Node ROOT = node(Application.class, "", TABLE);

    /**
     * Walks an application against the built-in table. {@code promotion} null (the file names
     * none): every clause's need counts and no field is of another promotion.
     */
    static Found check(Application application, Integer promotion) {
        List<Violation> foreign = new ArrayList<>();
        List<MissingField> missing = new ArrayList<>();
        boolean checked = promotion != null && TABLE.checksFilesOf(promotion);
        walk(application, ROOT, "", promotion, checked, foreign, missing);
        if (missing.size() > 1) {
            missing.sort(Comparator.comparing(MissingField::field).thenComparing(MissingField::clause));
        }
        return new Found(foreign, List.copyOf(missing));
    }

    private static void walk(Object record, Node node, String path, Integer promotion, boolean checked,
                             List<Violation> foreign, List<MissingField> missing) {
        for (Visit visit : node.visits()) {
            Object value;
            try {
                value = visit.accessor().invoke(record);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            FieldTable.Field field = visit.field();
            if (value == null) {
                if (field != null && !field.neededBy().isEmpty()) {
                    String at = at(path, visit);
                    for (FieldTable.Need need : field.neededBy()) {
                        if (need.in(promotion)) {
                            missing.add(new MissingField(at, need.clause()));
                        }
                    }
                }
                continue;
            }
            boolean inside = checked;
            if (checked && field != null && field.promotions() != null && !field.promotions().contains(promotion)) {
                List<Integer> users = TABLE.listed(field.promotions());
                foreign.add(InputText.of(users.size() == 1 ? "constraint.other-promotion" : "constraint.other-promotions",
                        TABLE.written(field.promotions()), promotion).at(at(path, visit)));
                inside = false; // one error for the field, none for what it holds
            }
            if (checked && visit.values() != null && value instanceof Enum<?> constant) {
                FieldTable.Value restricted = visit.values().get(constant.toString());
                if (restricted != null && !restricted.promotions().contains(promotion)) {
                    foreign.add(otherPromotionValue(restricted, promotion).at(at(path, visit)));
                }
            }
            if (visit.below() == null) {
                continue;
            }
            String at = at(path, visit);
            if (visit.list()) {
                List<?> elements = (List<?>) value;
                for (int i = 0; i < elements.size(); i++) {
                    if (elements.get(i) != null) {
                        walk(elements.get(i), visit.below(), at + "[" + i + "]", promotion, inside, foreign, missing);
                    }
                }
            } else {
                walk(value, visit.below(), at, promotion, inside, foreign, missing);
            }
        }
    }

    private static String at(String path, Visit visit) {
        return path.isEmpty() ? visit.name() : path + "." + visit.name();
    }

    /** A value of other promotions: PIA in the contract's words, any other in general ones. */
    static InputText otherPromotionValue(FieldTable.Value value, int promotion) {
        String users = TABLE.written(value.promotions());
        if (value.path().equals("funding.mode") && value.value().equals(FundingMode.PIA.name())) {
            return InputText.of("constraint.pia-mode", promotion, users);
        }
        return InputText.of("constraint.other-promotion-value", value.value(), users, promotion);
    }

    /** The components of {@code type}, at {@code pattern}, that the table names or that lead to some it names. */
    private static Node node(Class<?> type, String pattern, FieldTable table) {
        Map<String, Map<String, FieldTable.Value>> values = new LinkedHashMap<>();
        table.values().forEach(v -> values.computeIfAbsent(v.path(), p -> new LinkedHashMap<>()).put(v.value(), v));
        List<Visit> visits = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent component : type.getRecordComponents()) {
            String here = pattern.isEmpty() ? component.getName() : pattern + "." + component.getName();
            Class<?> element = component.getGenericType() instanceof ParameterizedType generic
                    && List.class.isAssignableFrom(component.getType())
                    && generic.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord() ? c : null;
            Node below = null;
            if (element != null) {
                below = node(element, here + "[]", table);
            } else if (component.getType().isRecord()) {
                below = node(component.getType(), here, table);
            }
            if (below != null && below.visits().isEmpty()) {
                below = null;
            }
            FieldTable.Field field = table.fields().get(here);
            Map<String, FieldTable.Value> restricted = values.get(here);
            if (field == null && restricted == null && below == null) {
                continue;
            }
            try {
                visits.add(new Visit(component.getName(), lookup.unreflect(component.getAccessor()), field,
                        restricted == null ? null : Map.copyOf(restricted), below, element != null));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Node(List.copyOf(visits));
    }
}
