package org.eigrules.ds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A stand-in for Démarches Simplifiées on 127.0.0.1: answers the dossiers query from recorded
 * pages (test resources {@code demarche/page-N.json}, chained by their end cursors), sets text
 * annotations as the mutation asks (so that the next read shows them), and records every request
 * with what the schema subset ({@code ds-subset.graphqls}) finds wrong with it. Failures can be
 * scripted: the next answers, or the dossiers whose annotation is refused.
 */
public final class RecordedDs implements AutoCloseable {

    /** One request received. */
    public record Received(String authorization, String operationName, String query, JsonNode variables,
                           List<String> schemaErrors) {
        public boolean isMutation() {
            return query.strip().startsWith("mutation");
        }
    }

    /** An answer given instead of the recorded one. */
    public record Scripted(int status, Map<String, String> headers, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GraphQLSchema SCHEMA = schema();

    private final HttpServer server;
    private final Map<String, JsonNode> pagesByCursor = new HashMap<>(); // "" for the first page
    private final Map<String, String> annotations = Collections.synchronizedMap(new HashMap<>());
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Scripted> script = new ArrayDeque<>();
    private final Set<String> refusedDossiers = Collections.synchronizedSet(new HashSet<>());
    private final Set<String> failingDossiers = Collections.synchronizedSet(new HashSet<>());
    private final Set<Integer> demarches = new HashSet<>(Set.of(51234));

    public RecordedDs() throws IOException {
        String cursor = "";
        for (int page = 1; ; page++) {
            InputStream in = RecordedDs.class.getResourceAsStream("/demarche/page-" + page + ".json");
            if (in == null) {
                break;
            }
            try (in) {
                JsonNode answer = JSON.readTree(in);
                pagesByCursor.put(cursor, answer);
                cursor = answer.path("data").path("demarche").path("dossiers").path("pageInfo").path("endCursor").asText("");
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/graphql", this::handle);
        server.start();
    }

    /** The endpoint's address. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2/graphql");
    }

    /** The next answers, in order, before the recorded ones resume. */
    public synchronized RecordedDs thenAnswer(int status, Map<String, String> headers, String body) {
        script.add(new Scripted(status, headers, body));
        return this;
    }

    /** Refuses the annotations of this dossier (by its opaque ID), as DS does with a payload error. */
    public RecordedDs refuseAnnotationOf(String dossierId) {
        refusedDossiers.add(dossierId);
        return this;
    }

    /** Answers HTTP 500 to every mutation on this dossier (by its opaque ID). */
    public RecordedDs failAnnotationsOf(String dossierId) {
        failingDossiers.add(dossierId);
        return this;
    }

    /** The requests received, in order. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public List<Received> mutations() {
        return received().stream().filter(Received::isMutation).toList();
    }

    /** The annotations set so far, by annotation ID. */
    public Map<String, String> annotations() {
        synchronized (annotations) {
            return Map.copyOf(annotations);
        }
    }

    /** Every dossier of the recorded démarche, as it is recorded. */
    public static List<JsonNode> recordedDossiers() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        try (RecordedDs ds = new RecordedDs()) {
            ds.pagesByCursor.values().forEach(page ->
                    page.path("data").path("demarche").path("dossiers").path("nodes").forEach(all::add));
        }
        all.sort((a, b) -> Integer.compare(a.path("number").asInt(), b.path("number").asInt()));
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String query = body.path("query").asText("");
            JsonNode variables = body.path("variables");
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                    body.path("operationName").asText(null), query, variables, validate(query, variables,
                    body.path("operationName").asText(null))));
            Scripted scripted;
            synchronized (this) {
                scripted = script.poll();
            }
            if (scripted != null) {
                scripted.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                send(exchange, scripted.status(), scripted.body());
                return;
            }
            if (query.strip().startsWith("mutation") && failingDossiers.contains(variables.path("input").path("dossierId").asText())) {
                send(exchange, 500, "");
                return;
            }
            send(exchange, 200, query.strip().startsWith("mutation") ? annotate(variables.path("input")) : page(variables));
        }
    }

    private String page(JsonNode variables) throws IOException {
        if (!demarches.contains(variables.path("demarche").asInt())) {
            return "{\"data\":{\"demarche\":null},\"errors\":[{\"message\":\"Demarche not found\",\"path\":[\"demarche\"]}]}";
        }
        JsonNode page = pagesByCursor.get(variables.path("after").asText(""));
        if (page == null) {
            return "{\"data\":null,\"errors\":[{\"message\":\"invalid cursor\"}]}";
        }
        JsonNode copy = page.deepCopy();
        for (JsonNode dossier : copy.path("data").path("demarche").path("dossiers").path("nodes")) {
            for (JsonNode annotation : dossier.path("annotations")) {
                String value = annotations.get(annotation.path("id").asText());
                if (value != null) {
                    ((ObjectNode) annotation).put("stringValue", value);
                }
            }
        }
        return JSON.writeValueAsString(copy);
    }

    private String annotate(JsonNode input) throws IOException {
        ObjectNode payload = JSON.createObjectNode();
        if (refusedDossiers.contains(input.path("dossierId").asText())) {
            payload.putNull("annotation");
            payload.putArray("errors").addObject().put("message", "L’instructeur n’a pas accès à ce dossier");
        } else {
            annotations.put(input.path("annotationId").asText(), input.path("value").asText());
            payload.putObject("annotation").put("id", input.path("annotationId").asText())
                    .put("stringValue", input.path("value").asText());
            payload.putNull("errors");
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("data").set("dossierModifierAnnotationText", payload);
        return JSON.writeValueAsString(answer);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** What the schema subset finds wrong with a request: its document, and its variables' types. */
    static List<String> validate(String query, JsonNode variables, String operationName) {
        Map<String, Object> values = JSON.convertValue(variables.isObject() ? variables : JSON.createObjectNode(), Map.class);
        ExecutionInput input = ExecutionInput.newExecutionInput(query).variables(values)
                .operationName(operationName).build();
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(SCHEMA, input);
        List<String> errors = new ArrayList<>();
        result.getErrors().forEach(e -> errors.add(e.getMessage()));
        if (errors.isEmpty()) {
            // Variables as the server would coerce them (a wrong enum or a missing Int! fails here).
            try {
                graphql.execution.ValuesResolver.coerceVariableValues(SCHEMA,
                        result.getDocument().getDefinitionsOfType(graphql.language.OperationDefinition.class).get(0)
                                .getVariableDefinitions(),
                        graphql.execution.RawVariables.of(values), graphql.GraphQLContext.getDefault(),
                        java.util.Locale.ROOT);
            } catch (RuntimeException e) {
                errors.add("variables: " + e.getMessage());
            }
        }
        return errors;
    }

    private static GraphQLSchema schema() {
        try (InputStream in = Objects.requireNonNull(RecordedDs.class.getResourceAsStream("/ds-subset.graphqls"))) {
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(
                    new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
