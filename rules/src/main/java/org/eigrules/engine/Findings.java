package org.eigrules.engine;

import org.eigrules.Explanation;
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

    /** The PIA money computed by FIN-3, before the verdict is known. */
    record PiaGrant(RuleMetadata rule, String recipient, BigDecimal piaAmount, BigDecimal hostAmount) {
    }

    private final List<Entry> failures = new ArrayList<>();
    private final List<MissingField> missing = new ArrayList<>();
    private final List<Entry> notes = new ArrayList<>();
    private final List<Implausible> implausible = new ArrayList<>();
    private final List<String> priorities = new ArrayList<>();
    private final List<String> rulesFired = new ArrayList<>();
    private final List<Explanation.Firing> firings;
    private PiaGrant piaGrant;
    private RuleMetadata current;

    Findings(List<MissingField> missingBeforeRules, boolean trace) {
        missing.addAll(missingBeforeRules);
        firings = trace ? new ArrayList<>() : null;
    }

    void firing(RuleMetadata rule, List<? extends Object> facts) {
        current = rule;
        rulesFired.add(rule.rule());
        if (firings != null) {
            firings.add(new Explanation.Firing(rule, List.copyOf(facts)));
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

    /** The défi meets the firing rule's priority clause. */
    public void priority() {
        priorities.add(rule().clause());
    }

    /** PIA money for {@code recipient}: the two amounts must add up to the file's total. */
    public void grantPia(String recipient, BigDecimal piaAmount, BigDecimal hostAmount) {
        if (piaGrant != null) {
            throw new IllegalStateException("rule \"" + rule().rule() + "\" grants PIA money a second time; "
                    + "rule \"" + piaGrant.rule().rule() + "\" already did");
        }
        piaGrant = new PiaGrant(rule(), Objects.requireNonNull(recipient, "recipient"),
                Objects.requireNonNull(piaAmount, "piaAmount"), Objects.requireNonNull(hostAmount, "hostAmount"));
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

    List<String> rulesFired() {
        return rulesFired;
    }

    PiaGrant piaGrant() {
        return piaGrant;
    }
}
