package org.eigrules.decision;

import java.util.Comparator;

/** Clause ids, such as {@code CHL-3}: a family and a number. */
public final class Clauses {

    /** By family, then numerically: CHL-2 before CHL-10. */
    public static final Comparator<String> ORDER = Clauses::compare;

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

    // Without substrings: decisions sort their reasons and titles with it.
    private static int compare(String a, String b) {
        int dashA = a.indexOf('-');
        int dashB = b.indexOf('-');
        int endA = dashA < 0 ? a.length() : dashA;
        int endB = dashB < 0 ? b.length() : dashB;
        for (int i = 0; i < Math.min(endA, endB); i++) {
            int c = Character.compare(a.charAt(i), b.charAt(i));
            if (c != 0) {
                return c;
            }
        }
        if (endA != endB) {
            return Integer.compare(endA, endB);
        }
        int byNumber = Integer.compare(number(a, dashA), number(b, dashB));
        return byNumber != 0 ? byNumber : a.compareTo(b);
    }

    private static int number(String clause, int dash) {
        if (dash < 0 || dash == clause.length() - 1) {
            return Integer.MAX_VALUE;
        }
        int number = 0;
        for (int i = dash + 1; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c < '0' || c > '9' || i - dash > 9) {
                return anyDigits(clause.substring(dash + 1)); // other digits, or past nine of them
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** Digits of any script, as Character.isDigit counts them; too large a number is an error. */
    private static int anyDigits(String digits) {
        return digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : Integer.MAX_VALUE;
    }
}
