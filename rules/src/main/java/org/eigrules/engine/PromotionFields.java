package org.eigrules.engine;

import org.eigrules.Violation;
import org.eigrules.model.Application;
import org.eigrules.model.FundingMode;
import org.eigrules.reading.InputText;
import org.eigrules.validation.PromotionField;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The contract's "field of another promotion": a field marked {@link PromotionField} given in a
 * file of a promotion that does not use it is malformed, and the error names the promotions that
 * do. Also {@code PIA} as the funding mode, promotion 3's name for {@code CO_FINANCED}. Walks the
 * application's records and lists; the marked components of each record type are found once.
 */
final class PromotionFields {

    private PromotionFields() {
    }

    /**
     * The promotions whose file fields the model marks: only their files are checked. A promotion
     * a rule author adds (promotion 6's parameter file) has no marked fields yet, so any field goes.
     */
    private static final java.util.Set<Integer> MARKED = markedPromotions(Application.class, new java.util.HashSet<>());

    /** Every field of {@code application} that promotion {@code promotion} does not use, in path order. */
    static List<Violation> check(Application application, int promotion) {
        if (!MARKED.contains(promotion)) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>();
        walk(application, "", promotion, found);
        if (application.funding() != null && application.funding().mode() == FundingMode.PIA && promotion != 3) {
            found.add(InputText.of("constraint.pia-mode", promotion).at("funding.mode"));
        }
        return found;
    }

    /**
     * A component worth visiting: marked with the promotions that use it, or holding records
     * (a record or a list) that may hold marked ones. Scalars that are not marked are skipped.
     */
    private record Visit(String name, java.lang.invoke.MethodHandle accessor, int[] promotions, boolean nested) {
    }

    private static final Map<Class<?>, List<Visit>> VISITS = new ConcurrentHashMap<>();

    private static void walk(Object value, String path, int promotion, List<Violation> found) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", promotion, found);
            }
            return;
        }
        List<Visit> visits = VISITS.computeIfAbsent(value.getClass(), PromotionFields::visits);
        for (Visit visit : visits) {
            Object field;
            try {
                field = visit.accessor().invoke(value);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (field == null) {
                continue;
            }
            String at = path.isEmpty() ? visit.name() : path + "." + visit.name();
            if (visit.promotions() != null && Arrays.stream(visit.promotions()).noneMatch(p -> p == promotion)) {
                String users = Arrays.stream(visit.promotions()).mapToObj(Integer::toString)
                        .collect(Collectors.joining(", "));
                found.add(InputText.of(visit.promotions().length == 1 ? "constraint.other-promotion"
                        : "constraint.other-promotions", users, promotion).at(at));
                continue;
            }
            if (visit.nested()) {
                walk(field, at, promotion, found);
            }
        }
    }

    private static List<Visit> visits(Class<?> type) {
        if (!type.isRecord() || !type.getPackageName().startsWith("org.eigrules.model")) {
            return List.of();
        }
        List<Visit> visits = new ArrayList<>();
        java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.publicLookup();
        for (RecordComponent component : type.getRecordComponents()) {
            PromotionField marked = component.getAnnotation(PromotionField.class);
            boolean nested = component.getType().isRecord() || List.class.isAssignableFrom(component.getType());
            if (marked == null && !nested) {
                continue;
            }
            try {
                visits.add(new Visit(component.getName(), lookup.unreflect(component.getAccessor()),
                        marked == null ? null : marked.value(), nested));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(visits);
    }

    private static java.util.Set<Integer> markedPromotions(Class<?> type, java.util.Set<Class<?>> seen) {
        java.util.Set<Integer> promotions = new java.util.TreeSet<>();
        if (!type.isRecord() || !seen.add(type)) {
            return promotions;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            PromotionField marked = component.getAnnotation(PromotionField.class);
            if (marked != null) {
                Arrays.stream(marked.value()).forEach(promotions::add);
            }
            java.lang.reflect.Type generic = component.getGenericType();
            Class<?> inner = generic instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element ? element : component.getType();
            promotions.addAll(markedPromotions(inner, seen));
        }
        return java.util.Set.copyOf(promotions);
    }

}
