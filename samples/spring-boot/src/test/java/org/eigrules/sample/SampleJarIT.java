package org.eigrules.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executable jar as shipped, started with {@code java -jar}: the library's resources are then
 * read from a jar nested in another, which a test on the class path never exercises.
 */
class SampleJarIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static Process application;
    static int port;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path jar = Path.of("target/eig-sample.jar");
        assertThat(jar).exists();
        Path log = Files.createTempFile("eig-sample", ".log");
        application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(application.isAlive()).as("the application stopped:%n%s", Files.readString(log)).isTrue();
            try {
                if (health().statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no answer in 120 s:\n" + Files.readString(log));
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.destroy();
        }
    }

    static HttpResponse<String> health() throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_jar_decides_a_file_and_names_its_rules_fingerprint() throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/evaluate"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("../../examples/ineligible/a-company-may-not-host-a-defi.yaml")))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("verdict").asText()).isEqualTo("INELIGIBLE");
        JsonNode details = JSON.readTree(health().body()).get("components").get("eigRules").get("details");
        assertThat(details.get("fingerprint").asText()).matches("[0-9a-f]{64}");
    }
}
