package org.eigrules;

import org.assertj.core.api.AbstractAssert;
import org.eigrules.decision.Decision;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Verdict;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** AssertJ assertions on decisions, whose failures show the whole decision that was found. */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

    private DecisionAssert(Decision actual) {
        super(actual, DecisionAssert.class);
    }

    public static DecisionAssert assertThat(Decision actual) {
        return new DecisionAssert(actual);
    }

    public DecisionAssert isEligible() {
        isNotNull();
        if (actual.verdict() != Verdict.ELIGIBLE) {
            failWithMessage("expected an ELIGIBLE decision but found %s:%n%s", actual.verdict(), describe());
        }
        return this;
    }

    /** INELIGIBLE, failing exactly these clauses (in any order, each at least once). */
    public DecisionAssert isIneligibleFor(String... clauses) {
        isNotNull();
        List<String> failed = actual.failedClauses().stream().sorted().toList();
        List<String> expected = Arrays.stream(clauses).distinct().sorted().toList();
        if (actual.verdict() != Verdict.INELIGIBLE || !failed.equals(expected)) {
            failWithMessage("expected INELIGIBLE for %s but found %s failing %s:%n%s", expected, actual.verdict(),
                    failed, describe());
        }
        return this;
    }

    /** INCOMPLETE with exactly these missing fields, each given as "field CLAUSE". */
    public DecisionAssert isIncompleteWith(String... fieldsAndClauses) {
        isNotNull();
        List<String> missing = actual.missing().stream().map(m -> m.field() + " " + m.clause()).sorted().toList();
        List<String> expected = Arrays.stream(fieldsAndClauses).sorted().toList();
        if (actual.verdict() != Verdict.INCOMPLETE || !missing.equals(expected)) {
            failWithMessage("expected INCOMPLETE with %s but found %s with %s:%n%s", expected, actual.verdict(),
                    missing, describe());
        }
        return this;
    }

    /** INCOMPLETE with nothing missing and exactly these implausible values, each given as "field CLAUSE". */
    public DecisionAssert isIncompleteWithImplausible(String... fieldsAndClauses) {
        isNotNull();
        List<String> implausible = actual.implausible().stream().map(m -> m.field() + " " + m.clause()).sorted().toList();
        List<String> expected = Arrays.stream(fieldsAndClauses).sorted().toList();
        if (actual.verdict() != Verdict.INCOMPLETE || !actual.missing().isEmpty() || !implausible.equals(expected)) {
            failWithMessage("expected INCOMPLETE with %s implausible and nothing missing but found %s with %s "
                    + "implausible:%n%s", expected, actual.verdict(), implausible, describe());
        }
        return this;
    }

    /** Nothing is missing. */
    public DecisionAssert hasNoMissingField() {
        isNotNull();
        if (!actual.missing().isEmpty()) {
            failWithMessage("expected nothing missing but found %s", actual.missing());
        }
        return this;
    }

    /** The given field is listed as missing under the given clause (other entries may exist). */
    public DecisionAssert lists(String field, String clause) {
        isNotNull();
        if (actual.missing().stream().noneMatch(m -> m.sameAs(new MissingField(field, clause)))) {
            failWithMessage("expected %s missing under %s but found %s", field, clause, actual.missing());
        }
        return this;
    }

    /** PIA money is granted to {@code recipient}, with these amounts in euros. */
    public DecisionAssert grantsPia(String recipient, String piaAmount, String hostAmount) {
        isNotNull();
        var co = actual.coFinancing();
        if (!co.granted() || !recipient.equals(co.recipient()) || !new BigDecimal(piaAmount).equals(co.piaAmount())
                || !new BigDecimal(hostAmount).equals(co.hostAmount())) {
            failWithMessage("expected PIA %s / host %s granted to %s but found granted=%s to %s: PIA %s / host %s%n%s",
                    piaAmount, hostAmount, recipient, co.granted(), co.recipient(), co.piaAmount(), co.hostAmount(),
                    describe());
        }
        return this;
    }

    /** No PIA money: zero PIA, the host pays {@code hostAmount}, and a note cites {@code clause}. */
    public DecisionAssert grantsNoPia(String hostAmount, String clause) {
        isNotNull();
        var co = actual.coFinancing();
        boolean cited = co.notes().stream().map(Note::clause).anyMatch(clause::equals);
        if (co.granted() || co.recipient() != null || co.piaAmount() == null || co.piaAmount().signum() != 0
                || !new BigDecimal(hostAmount).equals(co.hostAmount()) || !cited) {
            failWithMessage("expected no PIA money, host paying %s, with a note citing %s, but found granted=%s "
                    + "PIA %s / host %s, notes %s", hostAmount, clause, co.granted(), co.piaAmount(), co.hostAmount(),
                    co.notes().stream().map(Note::clause).toList());
        }
        return this;
    }

    /** The funder's money is granted to {@code recipient}, exact amounts in euros (any promotion). */
    public DecisionAssert grants(String recipient, String grantAmount, String hostAmount) {
        isNotNull();
        var co = actual.coFinancing();
        if (!co.granted() || !recipient.equals(co.recipient()) || !new BigDecimal(grantAmount).equals(co.grantAmount())
                || !new BigDecimal(hostAmount).equals(co.hostAmount()) || co.grantRange() != null || co.hostRange() != null) {
            failWithMessage("expected %s / host %s granted to %s but found granted=%s to %s: %s / host %s, ranges %s %s%n%s",
                    grantAmount, hostAmount, recipient, co.granted(), co.recipient(), co.grantAmount(), co.hostAmount(),
                    co.grantRange(), co.hostRange(), describe());
        }
        return this;
    }

    /** The funder's money is granted to {@code recipient} as a range (promotion 5, bands not all stated). */
    public DecisionAssert grantsBetween(String recipient, String grantMin, String grantMax, String hostMin,
                                        String hostMax) {
        isNotNull();
        var co = actual.coFinancing();
        var grant = new org.eigrules.decision.AmountRange(new BigDecimal(grantMin), new BigDecimal(grantMax));
        var host = new org.eigrules.decision.AmountRange(new BigDecimal(hostMin), new BigDecimal(hostMax));
        if (!co.granted() || !recipient.equals(co.recipient()) || co.grantAmount() != null || co.hostAmount() != null
                || !grant.equals(co.grantRange()) || !host.equals(co.hostRange())) {
            failWithMessage("expected %s and host %s granted to %s but found granted=%s to %s: %s / %s, ranges %s %s%n%s",
                    grant, host, recipient, co.granted(), co.recipient(), co.grantAmount(), co.hostAmount(),
                    co.grantRange(), co.hostRange(), describe());
        }
        return this;
    }

    /** Nothing granted: zero, the host pays {@code hostAmount}, and a note cites {@code clause} (any promotion). */
    public DecisionAssert grantsNothing(String hostAmount, String clause) {
        return grantsNoPia(hostAmount, clause);
    }

    /** A co-financing note cites {@code clause}. */
    public DecisionAssert notes(String clause) {
        isNotNull();
        if (actual.coFinancing().notes().stream().map(Note::clause).noneMatch(clause::equals)) {
            failWithMessage("expected a co-financing note citing %s but found %s", clause,
                    actual.coFinancing().notes());
        }
        return this;
    }

    /** The priorities met are exactly these. */
    public DecisionAssert hasPriorities(String... clauses) {
        isNotNull();
        if (!actual.priorities().equals(List.of(clauses))) {
            failWithMessage("expected priorities %s but found %s", List.of(clauses), actual.priorities());
        }
        return this;
    }

    /** Some rule with this name fired. */
    public DecisionAssert fired(String rule) {
        isNotNull();
        if (!actual.rulesFired().contains(rule)) {
            failWithMessage("expected rule \"%s\" to fire but the rules fired were %s", rule, actual.rulesFired());
        }
        return this;
    }

    private String describe() {
        return "  reasons: " + actual.reasons().stream().map(r -> r.clause() + " " + r.message().en()).toList()
                + "\n  missing: " + actual.missing() + "\n  implausible: " + actual.implausible() + "\n  rules fired: " + actual.rulesFired();
    }
}
