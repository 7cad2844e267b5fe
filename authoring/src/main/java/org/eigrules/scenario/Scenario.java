package org.eigrules.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One scenario: a défi application or a candidacy, and what its decision must be, in any subset
 * of the decision's fields.
 *
 * @param name        what the scenario shows, as a sentence
 * @param file        the scenario file it comes from
 * @param index       its position in that file, from 0
 * @param application the application or candidacy: inline, or the path of its file relative to the scenario file
 * @param expect      the expected decision fields
 */
public record Scenario(String name, String file, int index, JsonNode application, JsonNode expect) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return name;
    }
}
