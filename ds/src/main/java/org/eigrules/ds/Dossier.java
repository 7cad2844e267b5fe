package org.eigrules.ds;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One dossier as the API gives it.
 *
 * @param id          the opaque ID mutations take
 * @param number      the number people see
 * @param state       en_construction, en_instruction, accepte, refuse or sans_suite
 * @param dateDepot   when it was submitted, ISO-8601 with offset, or null
 * @param champs      the applicant's answers (a JSON list)
 * @param annotations the private annotations (a JSON list)
 */
public record Dossier(String id, int number, String state, String dateDepot, JsonNode champs, JsonNode annotations) {

    public Dossier {
        Objects.requireNonNull(champs, "champs");
        Objects.requireNonNull(annotations, "annotations");
    }

    /** A dossier from a node of the API's answer. */
    static Dossier of(JsonNode node) {
        return new Dossier(node.path("id").asText(null), node.path("number").asInt(),
                node.path("state").asText(null), node.path("dateDepot").isTextual() ? node.path("dateDepot").asText() : null,
                node.path("champs"), node.path("annotations"));
    }

    /** The private annotation with this label, or null. */
    public JsonNode annotation(String label) {
        for (JsonNode annotation : annotations) {
            if (label.equals(annotation.path("label").asText(null))) {
                return annotation;
            }
        }
        return null;
    }
}
