package org.eigrules.engine.candidacy;

import org.eigrules.ruleset.CandidateRule;

import org.eigrules.decision.MissingField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What the candidates' rules found for one candidacy. The rule file reaches it as the global
 * {@code findings}; every entry is stamped with the clause and source of the firing rule.
 */
public final class CandidateFindings {

    /** A failure: the firing rule's clause and source, a message key and its arguments. */
    record Failure(String clause, String source, String key, List<Object> args) {
    }

    /** What would satisfy the firing rule's clause: a field, the values that would, a message key. */
    record RemedyEntry(String clause, String field, List<Object> values, String key, List<Object> args) {
    }

    private final List<Failure> failures = new ArrayList<>();
    private final List<RemedyEntry> remedies = new ArrayList<>();
    private final List<MissingField> missing = new ArrayList<>();
    private final List<String> rulesFired = new ArrayList<>();
    private String clause;
    private String source;

    /** The rules of the candidacy's promotion, by the Drools rule: each firing is stamped from them. */
    final java.util.Map<org.kie.api.definition.rule.Rule, CandidateRule> rules;

    /** The firing of this candidacy, told of each rule before it fires, which keeps the limits. */
    final org.eigrules.engine.GuardedRun guard;

    CandidateFindings(java.util.Map<org.kie.api.definition.rule.Rule, CandidateRule> rules,
                      org.eigrules.engine.GuardedRun guard) {
        this.rules = rules;
        this.guard = guard;
    }

    void firing(String rule, String clause, String source) {
        rulesFired.add(rule);
        this.clause = clause;
        this.source = source;
    }

    /** The firing rule's clause fails; {@code key} names the message explaining why. */
    public void fail(String key, Object... args) {
        failures.add(new Failure(current(), source, key, Collections.unmodifiableList(Arrays.asList(args.clone()))));
    }

    /** The firing rule's clause cannot be decided without {@code field} (a path in the candidacy file). */
    public void missing(String field) {
        missing.add(new MissingField(field, current()));
    }

    /**
     * What would satisfy the firing rule's clause: the field to change, the values any one of which
     * would (none when no single value can be named), and the message {@code key} saying so.
     */
    public void remedyAmong(String field, java.util.Collection<?> values, String key, Object... args) {
        remedies.add(new RemedyEntry(current(), field, List.copyOf(values),
                key, Collections.unmodifiableList(Arrays.asList(args.clone()))));
    }

    /** {@link #remedyAmong} with the one value that would satisfy the clause. */
    public void remedyTo(String field, Object value, String key, Object... args) {
        remedyAmong(field, List.of(value), key, args);
    }

    /** {@link #remedyAmong} when no single value can be named. */
    public void remedy(String field, String key, Object... args) {
        remedyAmong(field, List.of(), key, args);
    }

    List<RemedyEntry> remedies() {
        return remedies;
    }

    private String current() {
        if (clause == null) {
            throw new IllegalStateException("findings can only be recorded by a firing rule");
        }
        return clause;
    }

    List<Failure> failures() {
        return failures;
    }

    List<MissingField> missingFields() {
        return missing;
    }

    List<String> rulesFired() {
        return rulesFired;
    }
}
