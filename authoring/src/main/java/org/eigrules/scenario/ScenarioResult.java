package org.eigrules.scenario;

import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Decision;

import java.util.List;

/**
 * How a scenario went.
 *
 * @param scenario    the scenario
 * @param differences every expected field that differs from the decision; empty when it passed
 * @param decision    the decision on a défi application, or null when the scenario's file is a
 *                    candidacy, invalid or unreadable
 * @param candidacy   the decision on a candidacy, or null when the scenario's file is a défi
 *                    application, invalid or unreadable
 */
public record ScenarioResult(Scenario scenario, List<Difference> differences, Decision decision,
                             CandidacyDecision candidacy) {

    /**
     * An expected field and what was found instead.
     *
     * @param field    the field, e.g. {@code coFinancing.piaAmount}
     * @param expected what the scenario expects
     * @param actual   what the decision holds
     */
    public record Difference(String field, String expected, String actual) {
        @Override
        public String toString() {
            return field + ": expected " + expected + ", found " + actual;
        }
    }

    public ScenarioResult {
        differences = List.copyOf(differences);
    }

    /** The result of a défi application's scenario (or of one whose file could not be decided). */
    public ScenarioResult(Scenario scenario, List<Difference> differences, Decision decision) {
        this(scenario, differences, decision, null);
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /** The names of the rules that fired, défi or candidates' rules; empty when nothing was decided. */
    public List<String> rulesFired() {
        return decision != null ? decision.rulesFired() : candidacy != null ? candidacy.rulesFired() : List.of();
    }
}
