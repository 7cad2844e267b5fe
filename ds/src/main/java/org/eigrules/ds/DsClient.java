package org.eigrules.ds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A client of Démarches Simplifiées' GraphQL API: a démarche's dossiers page by page, and private
 * text annotations. Each request has a timeout; a 429 or a 5xx is retried after the answer's
 * {@code Retry-After}, or else after a doubling pause; the whole run makes at most a bounded
 * number of requests. The token goes in the {@code Authorization} header and nowhere else.
 */
public final class DsClient {

    /** The public instance's endpoint. */
    public static final URI PUBLIC_ENDPOINT = URI.create("https://www.demarches-simplifiees.fr/api/v2/graphql");

    /** How the client waits before a retry (tests wait less, or not at all). */
    @FunctionalInterface
    public interface Sleeper {
        /** Waits this long. */
        void sleep(Duration pause) throws InterruptedException;
    }

    /**
     * How the client behaves.
     *
     * @param timeout     the longest wait for one answer
     * @param maxRequests the most requests in all, retries included
     * @param maxAttempts the most tries of one request
     * @param firstPause  the pause before the first retry when the answer says none; doubled each time
     * @param longestPause the longest pause, whatever Retry-After says
     * @param pageSize    dossiers asked per page (DS gives at most 100)
     * @param sleeper     how to wait
     */
    public record Settings(Duration timeout, int maxRequests, int maxAttempts, Duration firstPause,
                           Duration longestPause, int pageSize, Sleeper sleeper) {

        /** Settings for the public service: 30 s a request, 1,000 requests, 5 tries, pauses from 1 s to 60 s, pages of 100. */
        public static Settings standard() {
            return new Settings(Duration.ofSeconds(30), 1000, 5, Duration.ofSeconds(1), Duration.ofSeconds(60), 100,
                    pause -> Thread.sleep(pause.toMillis()));
        }

        public Settings {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(sleeper, "sleeper");
            if (maxRequests < 1 || maxAttempts < 1 || pageSize < 1 || pageSize > 100) {
                throw new IllegalArgumentException("maxRequests, maxAttempts >= 1 and 1 <= pageSize <= 100");
            }
        }

        public Settings withTimeout(Duration value) {
            return new Settings(value, maxRequests, maxAttempts, firstPause, longestPause, pageSize, sleeper);
        }

        public Settings withMaxRequests(int value) {
            return new Settings(timeout, value, maxAttempts, firstPause, longestPause, pageSize, sleeper);
        }

        public Settings withPageSize(int value) {
            return new Settings(timeout, maxRequests, maxAttempts, firstPause, longestPause, value, sleeper);
        }

        public Settings withSleeper(Sleeper value) {
            return new Settings(timeout, maxRequests, maxAttempts, firstPause, longestPause, pageSize, value);
        }
    }

    /**
     * What the API said to an annotation.
     *
     * @param written whether it was set
     * @param refusal the API's reasons when it was not (its {@code errors})
     */
    public record Annotated(boolean written, List<String> refusal) {
    }

    private final URI endpoint;
    private final Token token;
    private final Settings settings;
    private final HttpClient http;
    private int requests;

    public DsClient(URI endpoint, Token token, Settings settings) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.token = Objects.requireNonNull(token, "token");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** How many requests were sent so far, retries included. */
    public int requests() {
        return requests;
    }

    /**
     * Every dossier of a démarche, following the pages.
     *
     * @param demarche     the démarche's number
     * @param state        only dossiers in this state, or null for all
     * @param createdSince only dossiers created since then, or null
     */
    public List<Dossier> dossiers(int demarche, String state, OffsetDateTime createdSince) throws DsException {
        return dossiers(demarche, state, createdSince, answer -> { });
    }

    /**
     * As {@link #dossiers(int, String, OffsetDateTime)}, handing each page's answer, as received, to
     * {@code answers} (to save it for {@link DemarcheAnswers#read}).
     */
    public List<Dossier> dossiers(int demarche, String state, OffsetDateTime createdSince,
                                  java.util.function.Consumer<JsonNode> answers) throws DsException {
        List<Dossier> dossiers = new ArrayList<>();
        String after = null;
        while (true) {
            ObjectNode variables = DossierFiles.JSON.createObjectNode();
            variables.put("demarche", demarche);
            variables.put("first", settings.pageSize());
            if (after != null) {
                variables.put("after", after);
            }
            if (state != null) {
                variables.put("state", state);
            }
            if (createdSince != null) {
                variables.put("createdSince", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(createdSince));
            }
            JsonNode answer = send(Queries.DOSSIERS, "EigDossiers", variables);
            Page page = DemarcheAnswers.page(answer, demarche);
            answers.accept(answer);
            dossiers.addAll(page.dossiers());
            if (!page.hasNextPage()) {
                return dossiers;
            }
            if (page.endCursor() == null || page.endCursor().equals(after)) {
                throw new DsException(DsException.Kind.ANSWER, new Said(
                        "DS annonce une page suivante sans curseur nouveau : lecture arrêtée",
                        "DS announces a next page without a new cursor: reading stopped"));
            }
            after = page.endCursor();
        }
    }

    /** One page: its dossiers and where the next one starts. */
    record Page(List<Dossier> dossiers, boolean hasNextPage, String endCursor) {
    }

    /**
     * Sets a private text annotation. Setting a value is idempotent, so a retried request after a
     * lost answer cannot write twice.
     */
    public Annotated annotate(String dossierId, String annotationId, String instructeurId, String value)
            throws DsException {
        ObjectNode input = DossierFiles.JSON.createObjectNode();
        input.put("dossierId", dossierId);
        input.put("annotationId", annotationId);
        input.put("instructeurId", instructeurId);
        input.put("value", value);
        input.put("clientMutationId", "eig-rules");
        ObjectNode variables = DossierFiles.JSON.createObjectNode();
        variables.set("input", input);
        JsonNode payload = send(Queries.ANNOTATE, "EigAnnotate", variables).path("data").path("dossierModifierAnnotationText");
        List<String> refusal = new ArrayList<>();
        payload.path("errors").forEach(error -> refusal.add(error.path("message").asText("?")));
        if (payload.isMissingNode() || payload.isNull()) {
            refusal.add("no dossierModifierAnnotationText in the answer");
        }
        return new Annotated(refusal.isEmpty(), refusal);
    }

    private JsonNode send(String query, String operation, ObjectNode variables) throws DsException {
        ObjectNode body = DossierFiles.JSON.createObjectNode();
        body.put("query", query);
        body.set("variables", variables);
        body.put("operationName", operation);
        byte[] bytes;
        try {
            bytes = DossierFiles.JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", token.bearer())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        Duration pause = settings.firstPause();
        for (int attempt = 1; ; attempt++) {
            if (requests >= settings.maxRequests()) {
                throw new DsException(DsException.Kind.REQUEST_LIMIT, new Said(
                        "limite de " + settings.maxRequests() + " requêtes atteinte (--max-requests) : lecture arrêtée",
                        "the limit of " + settings.maxRequests() + " requests is reached (--max-requests): stopped"));
            }
            requests++;
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                if (attempt < settings.maxAttempts()) {
                    pause = wait(pause, null);
                    continue;
                }
                throw new DsException(DsException.Kind.NETWORK, new Said(
                        "DS n’a pas répondu en " + settings.timeout().toSeconds() + " s (" + attempt + " essais) : " + endpoint,
                        "DS did not answer within " + settings.timeout().toSeconds() + " s (" + attempt + " tries): " + endpoint));
            } catch (IOException e) {
                throw new DsException(DsException.Kind.NETWORK, new Said(
                        "impossible de joindre " + endpoint + " : " + describe(e),
                        "cannot reach " + endpoint + ": " + describe(e)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DsException(DsException.Kind.NETWORK, new Said("interrompu", "interrupted"));
            }
            int status = response.statusCode();
            boolean retried = status == 429 || status >= 500;
            if (retried && attempt < settings.maxAttempts()) {
                pause = wait(pause, response.headers().firstValue("Retry-After").orElse(null));
                continue;
            }
            if (status != 200) {
                throw httpError(status, attempt);
            }
            JsonNode answer;
            try {
                answer = DossierFiles.JSON.readTree(response.body());
            } catch (JsonProcessingException e) {
                throw new DsException(DsException.Kind.ANSWER, new Said(
                        "la réponse de DS n’est pas du JSON", "DS's answer is not JSON"));
            }
            DemarcheAnswers.failOnErrors(answer, token);
            return answer;
        }
    }

    /** Waits before a retry: Retry-After's seconds when given, else the doubling pause; returns the next pause. */
    private Duration wait(Duration pause, String retryAfter) throws DsException {
        Duration chosen = pause;
        if (retryAfter != null && retryAfter.strip().matches("[0-9]{1,6}")) {
            chosen = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
        }
        if (chosen.compareTo(settings.longestPause()) > 0) {
            chosen = settings.longestPause();
        }
        try {
            settings.sleeper().sleep(chosen);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DsException(DsException.Kind.NETWORK, new Said("interrompu", "interrupted"));
        }
        Duration next = pause.multipliedBy(2);
        return next.compareTo(settings.longestPause()) > 0 ? settings.longestPause() : next;
    }

    private static DsException httpError(int status, int attempts) {
        return switch (status) {
            case 401 -> new DsException(DsException.Kind.UNAUTHORIZED, new Said(
                    "DS refuse le jeton (HTTP 401) : vérifiez celui de DS_TOKEN ou de --token-file",
                    "DS refuses the token (HTTP 401): check the one in DS_TOKEN or --token-file"));
            case 403 -> new DsException(DsException.Kind.FORBIDDEN, new Said(
                    "le jeton ne donne pas accès à cette démarche (HTTP 403)",
                    "the token gives no access to this démarche (HTTP 403)"));
            case 429 -> new DsException(DsException.Kind.TOO_MANY_REQUESTS, new Said(
                    "DS refuse encore, trop de requêtes (HTTP 429), après " + attempts + " essais : réessayez plus tard",
                    "DS still refuses, too many requests (HTTP 429), after " + attempts + " tries: try again later"));
            default -> status >= 500
                    ? new DsException(DsException.Kind.SERVER, new Said(
                    "DS est en erreur (HTTP " + status + "), après " + attempts + " essais : réessayez plus tard",
                    "DS fails (HTTP " + status + "), after " + attempts + " tries: try again later"))
                    : new DsException(DsException.Kind.HTTP, new Said(
                    "DS répond HTTP " + status + " : vérifiez --url",
                    "DS answers HTTP " + status + ": check --url"));
        };
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "connection failed" : message;
    }
}
