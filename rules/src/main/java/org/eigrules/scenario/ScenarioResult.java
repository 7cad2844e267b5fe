package org.eigrules.scenario;

import org.eigrules.decision.Decision;

import java.util.List;

/**
 * How a scenario went.
 *
 * @param scenario    the scenario
 * @param differences every expected field that differs from the decision; empty when it passed
 * @param decision    the decision, or null when the application was invalid or unreadable
 */
public record ScenarioResult(Scenario scenario, List<Difference> differences, Decision decision) {

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

    public boolean passed() {
        return differences.isEmpty();
    }
}
