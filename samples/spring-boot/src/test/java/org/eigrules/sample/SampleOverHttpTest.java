package org.eigrules.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.cli.Eig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample over HTTP, against the command line: for every bundled application and candidacy,
 * {@code POST /evaluate} answers what {@code eig evaluate --json} prints for the file, minus
 * {@code file}; for every invalid one, a 400 problem with the same errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleOverHttpTest {

    static final Path REPOSITORY = Path.of("../..");
    static final ObjectMapper JSON = new ObjectMapper();
    /** The command line's answer for each file, by the path it was given. */
    static final Map<String, ObjectNode> CLI = new LinkedHashMap<>();

    @Value("${local.server.port}")
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void evaluateEveryBundledFileWithTheCommandLine() throws Exception {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("examples", "candidacies")) {
            try (Stream<Path> walk = Files.walk(REPOSITORY.resolve(folder))) {
                walk.filter(Files::isRegularFile).map(Path::toString)
                        .filter(f -> f.endsWith(".yaml") || f.endsWith(".yml") || f.endsWith(".json"))
                        .sorted().forEach(files::add);
            }
        }
        List<String> args = new ArrayList<>(List.of("evaluate", "--json"));
        args.addAll(files);
        StringWriter out = new StringWriter();
        Eig.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
        for (String line : out.toString().split("\n")) {
            if (line.startsWith("{")) {
                ObjectNode answer = (ObjectNode) JSON.readTree(line);
                CLI.put(answer.get("file").asText(), answer);
            }
        }
        assertThat(CLI).as("answers of the command line").hasSize(files.size());
    }

    HttpResponse<String> post(Path file) throws Exception {
        String type = file.toString().endsWith(".json") ? "application/json" : "application/yaml";
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/evaluate"))
                        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void every_bundled_file_gets_the_command_lines_answer_minus_file() throws Exception {
        int decided = 0;
        int refused = 0;
        for (Map.Entry<String, ObjectNode> entry : CLI.entrySet()) {
            ObjectNode expected = entry.getValue().deepCopy();
            expected.remove("file");
            HttpResponse<String> answer = post(Path.of(entry.getKey()));
            JsonNode body = JSON.readTree(answer.body());
            if (expected.has("valid") && !expected.get("valid").asBoolean()) {
                assertThat(answer.statusCode()).as(entry.getKey()).isEqualTo(400);
                assertThat(body.get("errors")).as(entry.getKey()).isEqualTo(expected.get("errors"));
                refused++;
            } else {
                assertThat(answer.statusCode()).as(entry.getKey()).isEqualTo(200);
                assertThat(body).as(entry.getKey()).isEqualTo(expected);
                decided++;
            }
        }
        assertThat(decided).as("decisions compared").isGreaterThan(200);
        assertThat(refused).as("invalid files compared").isGreaterThanOrEqualTo(9);
    }

    @Test
    void the_health_endpoint_names_the_rule_sets_fingerprint() throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

        JsonNode details = JSON.readTree(answer.body()).get("components").get("eigRules").get("details");
        assertThat(details.get("fingerprint").asText()).matches("[0-9a-f]{64}");
    }
}
