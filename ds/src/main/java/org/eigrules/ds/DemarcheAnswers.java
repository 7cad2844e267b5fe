package org.eigrules.ds;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The API's answers to the dossiers query, from the network or saved in a file. */
public final class DemarcheAnswers {

    private DemarcheAnswers() {
    }

    /**
     * The dossiers of a saved answer: one answer to the dossiers query (as the API sends it), or a
     * JSON list of such answers, one per page.
     */
    public static List<Dossier> read(Path file) throws IOException, DsException {
        JsonNode root;
        try {
            root = DossierFiles.JSON.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DsException(DsException.Kind.ANSWER, new Said(file + " n’est pas du JSON",
                    file + " is not JSON"));
        }
        List<Dossier> dossiers = new ArrayList<>();
        for (JsonNode answer : root.isArray() ? root : List.of(root)) {
            failOnErrors(answer, null);
            dossiers.addAll(page(answer, 0).dossiers());
        }
        return dossiers;
    }

    static DsClient.Page page(JsonNode answer, int demarche) throws DsException {
        JsonNode found = answer.path("data").path("demarche");
        if (found.isNull() || found.isMissingNode()) {
            throw new DsException(DsException.Kind.ANSWER, new Said(
                    "DS ne donne pas la démarche " + (demarche == 0 ? "" : demarche + " ") + "(data.demarche absent)",
                    "DS gives no démarche " + (demarche == 0 ? "" : demarche + " ") + "(no data.demarche)"));
        }
        JsonNode connection = found.path("dossiers");
        List<Dossier> dossiers = new ArrayList<>();
        for (JsonNode node : connection.path("nodes")) {
            dossiers.add(Dossier.of(node));
        }
        JsonNode info = connection.path("pageInfo");
        return new DsClient.Page(dossiers, info.path("hasNextPage").asBoolean(false),
                info.path("endCursor").isTextual() ? info.path("endCursor").asText() : null);
    }

    /** A top-level errors list: the API refused the request, whatever data came with it. */
    static void failOnErrors(JsonNode answer, Token token) throws DsException {
        JsonNode errors = answer.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            List<String> messages = new ArrayList<>();
            errors.forEach(error -> messages.add(error.path("message").asText("?")));
            String joined = String.join(" ; ", messages);
            if (token != null && token.shownIn(joined)) {
                joined = "(message withheld: it quotes the token)";
            }
            throw new DsException(DsException.Kind.GRAPHQL, new Said("DS refuse la requête : " + joined,
                    "DS refuses the request: " + joined));
        }
    }
}
