package org.eigrules.decision;

import java.util.Comparator;

/** Clause ids, such as {@code CHL-3}: a family and a number. */
public final class Clauses {

    /** By family, then numerically: CHL-2 before CHL-10. */
    public static final Comparator<String> ORDER = Comparator
            .comparing(Clauses::family)
            .thenComparingInt(Clauses::number)
            .thenComparing(Comparator.naturalOrder());

    private Clauses() {
    }

    /**
     * The family of a clause id: {@code CHL} for {@code CHL-3}.
     *
     * @param clause a clause id
     * @return the part before the dash
     */
    public static String family(String clause) {
        int dash = clause.indexOf('-');
        return dash < 0 ? clause : clause.substring(0, dash);
    }

    private static int number(String clause) {
        int dash = clause.indexOf('-');
        String digits = dash < 0 ? "" : clause.substring(dash + 1);
        return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : Integer.MAX_VALUE;
    }
}
