package org.eigrules.oracle;

import org.eigrules.decision.AmountRange;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Note;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares two decisions on everything a policy decides: verdict, failing clauses, missing and
 * implausible fields (by path and clause; labels are wording),
 * every co-financing field (amounts and ranges to the cent, scale included) and the clauses its notes cite, priorities. Not compared: message
 * texts and rule names, which only the rule files have.
 */
public final class DecisionComparison {

    private DecisionComparison() {
    }

    /** What differs, one line per field; empty when the two agree. */
    public static List<String> differences(Decision actual, Decision expected) {
        List<String> out = new ArrayList<>();
        check(out, "application", actual.application(), expected.application());
        check(out, "promotion", actual.promotion(), expected.promotion());
        check(out, "verdict", actual.verdict(), expected.verdict());
        check(out, "reasons", new TreeSet<>(actual.failedClauses()), new TreeSet<>(expected.failedClauses()));
        check(out, "id", actual.id(), expected.id());
        check(out, "missing", actual.missing().stream().map(m -> m.field() + " " + m.clause()).toList(),
                expected.missing().stream().map(m -> m.field() + " " + m.clause()).toList());
        check(out, "implausible", actual.implausible().stream().map(m -> m.field() + " " + m.clause()).toList(),
                expected.implausible().stream().map(m -> m.field() + " " + m.clause()).toList());
        CoFinancing a = actual.coFinancing();
        CoFinancing e = expected.coFinancing();
        check(out, "coFinancing.mode", a.mode(), e.mode());
        check(out, "coFinancing.funder", a.funder(), e.funder());
        check(out, "coFinancing.granted", a.granted(), e.granted());
        check(out, "coFinancing.recipient", a.recipient(), e.recipient());
        amount(out, "coFinancing.rate", a.rate(), e.rate());
        amount(out, "coFinancing.grantAmount", a.grantAmount(), e.grantAmount());
        amount(out, "coFinancing.hostAmount", a.hostAmount(), e.hostAmount());
        range(out, "coFinancing.grantRange", a.grantRange(), e.grantRange());
        range(out, "coFinancing.hostRange", a.hostRange(), e.hostRange());
        check(out, "coFinancing.notes", new TreeSet<>(a.notes().stream().map(Note::clause).toList()),
                new TreeSet<>(e.notes().stream().map(Note::clause).toList()));
        check(out, "priorities", actual.priorities(), expected.priorities());
        return out;
    }

    private static void check(List<String> out, String field, Object actual, Object expected) {
        if (!Objects.equals(actual, expected)) {
            out.add(field + ": rules give " + actual + ", the hand-written policy " + expected);
        }
    }

    private static void range(List<String> out, String field, AmountRange actual, AmountRange expected) {
        if (actual == null || expected == null) {
            check(out, field, actual, expected);
        } else {
            amount(out, field + ".min", actual.min(), expected.min());
            amount(out, field + ".max", actual.max(), expected.max());
        }
    }

    private static void amount(List<String> out, String field, BigDecimal actual, BigDecimal expected) {
        boolean same = actual == null ? expected == null : expected != null && actual.compareTo(expected) == 0
                && actual.scale() == expected.scale();
        if (!same) {
            out.add(field + ": rules give " + actual + ", the hand-written policy " + expected);
        }
    }
}
