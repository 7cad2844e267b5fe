package org.eigrules.engine;

import org.eigrules.evaluation.Explanation;

import org.eigrules.decision.AmountRange;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.decision.MissingField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the rules found while evaluating one application. The rule files reach it as the global
 * {@code findings}; every entry is stamped with the clause and source of the rule that is firing,
 * so a rule never repeats its own clause id.
 */
public final class Findings {

    /** A failure or a note: the firing rule, a message key and its arguments. */
    record Entry(RuleMetadata rule, String key, List<Object> args) {
    }

    /** A value given but implausible: its path, the firing rule, a message key and its arguments. */
    record Implausible(String field, Entry entry) {
    }

    /**
     * The funder's money computed by a grant rule (FIN-3, FIN-10, FIN-11), before the verdict is
     * known: exact amounts, or ranges (promotion 5 with unstated bands) and null amounts.
     */
    record PiaGrant(RuleMetadata rule, String recipient, BigDecimal piaAmount, BigDecimal hostAmount,
                    AmountRange grantRange, AmountRange hostRange) {
    }

    /** What would satisfy the firing rule's clause: a field, the values that would, a message. */
    record RemedyEntry(RuleMetadata rule, String field, List<Object> values, String key, List<Object> args) {
    }

    private final List<Entry> failures = new ArrayList<>();
    private final List<RemedyEntry> remedies = new ArrayList<>();
    private final List<MissingField> missing = new ArrayList<>();
    private final List<Entry> notes = new ArrayList<>();
    private final List<Implausible> implausible = new ArrayList<>();
    private final List<String> priorities = new ArrayList<>();
    private final List<RuleMetadata> rulesFired = new ArrayList<>();
    private final List<Explanation.Firing> firings;
    private PiaGrant piaGrant;
    private RuleMetadata current;
    /** The rules of the promotion being evaluated, whose metadata each firing is stamped with. */
    final RuleEngine.Promotion rules;
    /** The firing of this evaluation, told of each rule before it fires, which keeps the limits. */
    final GuardedRun guard;

    Findings(List<MissingField> missingBeforeRules, boolean trace, RuleEngine.Promotion rules, GuardedRun guard) {
        this.rules = rules;
        this.guard = guard;
        missing.addAll(missingBeforeRules);
        firings = trace ? new ArrayList<>() : null;
    }

    void firing(RuleMetadata rule, org.kie.api.runtime.rule.Match match) {
        current = rule;
        rulesFired.add(rule);
        // The matched facts are gathered only for an explanation: a decision does not need them.
        if (firings != null) {
            firings.add(new Explanation.Firing(rule, List.copyOf(match.getObjects())));
        }
    }

    List<Explanation.Firing> firings() {
        return firings == null ? List.of() : firings;
    }

    /** The firing rule's clause fails; {@code key} names the message explaining why. */
    public void fail(String key, Object... args) {
        failures.add(new Entry(rule(), key, arguments(args)));
    }

    /** The firing rule's clause cannot be decided without {@code field} (a path in the application). */
    public void missing(String field) {
        missing.add(new MissingField(field, rule().clause()));
    }

    /**
     * {@code field} is given but its value cannot be right under the firing rule's clause; {@code key}
     * names the message saying why. The file stays incomplete until it is corrected.
     */
    public void implausible(String field, String key, Object... args) {
        implausible.add(new Implausible(field, new Entry(rule(), key, arguments(args))));
    }

    /** A co-financing remark under the firing rule's clause. */
    public void note(String key, Object... args) {
        notes.add(new Entry(rule(), key, arguments(args)));
    }

    /**
     * What would satisfy the firing rule's clause: the field to change, the values any one of which
     * would (none when no single value can be named), and the message {@code key} saying so. Kept
     * with the rule's failure, implausible value or note.
     */
    public void remedyAmong(String field, java.util.Collection<?> values, String key, Object... args) {
        remedies.add(new RemedyEntry(rule(), java.util.Objects.requireNonNull(field, "field"),
                java.util.Collections.unmodifiableList(new ArrayList<>(values)), key, arguments(args)));
    }

    /** {@link #remedyAmong} with the one value that would satisfy the clause. */
    public void remedyTo(String field, Object value, String key, Object... args) {
        remedyAmong(field, List.of(value), key, args);
    }

    /** {@link #remedyAmong} when no single value can be named (state a problem, name a person). */
    public void remedy(String field, String key, Object... args) {
        remedyAmong(field, List.of(), key, args);
    }

    /** The défi meets the firing rule's priority clause. */
    public void priority() {
        priorities.add(rule().clause());
    }

    /** PIA money for {@code recipient} (promotion 3's name for {@link #grant}). */
    public void grantPia(String recipient, BigDecimal piaAmount, BigDecimal hostAmount) {
        grant(recipient, piaAmount, hostAmount);
    }

    /** The funder's money for {@code recipient}: the two amounts must add up to the file's total. */
    public void grant(String recipient, BigDecimal grantAmount, BigDecimal hostAmount) {
        once();
        piaGrant = new PiaGrant(rule(), Objects.requireNonNull(recipient, "recipient"),
                Objects.requireNonNull(grantAmount, "grantAmount"), Objects.requireNonNull(hostAmount, "hostAmount"),
                null, null);
    }

    /**
     * The funder's money for {@code recipient} known only as a range (promotion 5, bands not all
     * stated): each bound of the grant plus the same bound of the host's share is the total of
     * one assignment of bands.
     */
    public void grantRange(String recipient, BigDecimal grantMin, BigDecimal grantMax, BigDecimal hostMin,
                           BigDecimal hostMax) {
        once();
        piaGrant = new PiaGrant(rule(), Objects.requireNonNull(recipient, "recipient"), null, null,
                new AmountRange(grantMin, grantMax), new AmountRange(hostMin, hostMax));
    }

    private void once() {
        if (piaGrant != null) {
            throw new IllegalStateException("rule \"" + rule().rule() + "\" grants money a second time; "
                    + "rule \"" + piaGrant.rule().rule() + "\" already did");
        }
    }

    // Message arguments may be absent values (a mentor without a name): List.of would refuse them.
    private static List<Object> arguments(Object[] args) {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(args.clone()));
    }

    private RuleMetadata rule() {
        if (current == null) {
            throw new IllegalStateException("findings can only be recorded by a firing rule");
        }
        return current;
    }

    List<Entry> failures() {
        return failures;
    }

    List<RemedyEntry> remedies() {
        return remedies;
    }

    List<MissingField> missingFields() {
        return missing;
    }

    List<Entry> notes() {
        return notes;
    }

    List<Implausible> implausibleValues() {
        return implausible;
    }

    List<String> priorities() {
        return priorities;
    }

    /** The rules fired, in firing order, each time it fired. */
    List<RuleMetadata> rulesFired() {
        return rulesFired;
    }

    PiaGrant piaGrant() {
        return piaGrant;
    }
}
