package org.eigrules.decision;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What would satisfy a clause that fails, a field that is missing or implausible, or a
 * co-financing refusal: the field to change and, when the parameters and the facts name them, the
 * values any one of which would satisfy the clause ({@code true}, the closing instant, the
 * promotion's profiles …), with a sentence in both languages. Computed from the promotion's
 * parameters and the application's facts by the rule that found the problem.
 *
 * @param clause  the clause the remedy satisfies
 * @param field   the field to give or change, as the contract writes its path ({@code eigs[1].profile})
 * @param values  values any one of which satisfies the clause, in the contract's form (text, number,
 *                boolean); empty when no single value can be named (write a problem, name a person)
 * @param message what to do, in French and English
 */
public record Remedy(String clause, String field, List<Object> values, LocalizedText message) {

    /** Copies the values, which may not be null themselves. */
    public Remedy {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values));
        values.forEach(v -> Objects.requireNonNull(v, "a remedy's value"));
    }

    /**
     * A value as the contract writes it in a file: an enum by its name, an instant with its
     * offset and seconds ({@code 2018-06-15T17:00:00+02:00}), a day as {@code 2018-12-14}, an
     * amount to the cent; other values as they are.
     *
     * @param value a value a rule names
     * @return the value in the contract's form
     */
    public static Object inContractForm(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof java.time.OffsetDateTime instant) {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant);
        }
        if (value instanceof java.time.temporal.TemporalAccessor time) {
            return time.toString();
        }
        if (value instanceof java.math.BigDecimal amount) {
            return amount.setScale(2, java.math.RoundingMode.HALF_UP);
        }
        return value;
    }
}
