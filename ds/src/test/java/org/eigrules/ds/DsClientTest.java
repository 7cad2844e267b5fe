package org.eigrules.ds;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against a local server answering as Démarches Simplifiées does (recorded answers). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DsClientTest {

    static final String TOKEN = "ds-test-token-5f2a9c";

    /** The pauses the client asked for, none of them waited. */
    final List<Duration> pauses = new ArrayList<>();

    DsClient client(RecordedDs ds) {
        return new DsClient(ds.endpoint(), Token.of(TOKEN), DsClient.Settings.standard()
                .withTimeout(Duration.ofSeconds(5)).withSleeper(pauses::add).withPageSize(2));
    }

    @Test
    void every_page_is_read_by_following_the_end_cursor_with_the_token_in_the_header() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            List<Dossier> dossiers = client(ds).dossiers(51234, null, null);
            assertThat(dossiers).extracting(Dossier::number).containsExactly(1001, 1002, 1003, 1004, 1005, 1006);
            List<RecordedDs.Received> requests = ds.received();
            assertThat(requests).hasSize(3);
            assertThat(requests).allSatisfy(r -> {
                assertThat(r.schemaErrors()).as(r.query()).isEmpty();
                assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
                assertThat(r.operationName()).isEqualTo("EigDossiers");
                assertThat(r.variables().path("demarche").asInt()).isEqualTo(51234);
                assertThat(r.variables().path("first").asInt()).isEqualTo(2);
            });
            assertThat(requests.get(0).variables().has("after")).isFalse();
            assertThat(requests.get(1).variables().path("after").asText()).isEqualTo("Y3Vyc29yLTE=");
            assertThat(requests.get(2).variables().path("after").asText()).isEqualTo("Y3Vyc29yLTI=");
            assertThat(pauses).isEmpty();
        }
    }

    @Test
    void a_state_filter_is_sent_as_the_api_s_enum() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            client(ds).dossiers(51234, "en_instruction", null);
            assertThat(ds.received().get(0).variables().path("state").asText()).isEqualTo("en_instruction");
            assertThat(ds.received()).allSatisfy(r -> assertThat(r.schemaErrors()).isEmpty());
        }
    }

    @Test
    void a_429_is_retried_after_the_retry_after_it_gives() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            ds.thenAnswer(429, Map.of("Retry-After", "1"), "{\"errors\":[{\"message\":\"too many requests\"}]}");
            List<Dossier> dossiers = client(ds).dossiers(51234, null, null);
            assertThat(dossiers).hasSize(6);
            assertThat(pauses).containsExactly(Duration.ofSeconds(1));
            assertThat(ds.received()).hasSize(4);
            assertThat(ds.received().get(1).variables().has("after")).as("the refused page is asked again").isFalse();
        }
    }

    @Test
    void a_500_is_retried_after_a_pause_that_doubles() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            ds.thenAnswer(500, Map.of(), "oops").thenAnswer(502, Map.of(), "");
            assertThat(client(ds).dossiers(51234, null, null)).hasSize(6);
            assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void a_server_that_keeps_failing_is_reported_after_the_last_try() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            for (int i = 0; i < 5; i++) {
                ds.thenAnswer(503, Map.of(), "");
            }
            assertThatThrownBy(() -> client(ds).dossiers(51234, null, null))
                    .isInstanceOfSatisfying(DsException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DsException.Kind.SERVER);
                        assertThat(e.said().en()).isEqualTo("DS fails (HTTP 503), after 5 tries: try again later");
                        assertThat(e.said().fr()).contains("HTTP 503").contains("5 essais");
                    });
            assertThat(ds.received()).hasSize(5);
        }
    }

    @Test
    void a_429_that_never_ends_says_to_try_later() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            for (int i = 0; i < 5; i++) {
                ds.thenAnswer(429, Map.of("Retry-After", "1"), "");
            }
            assertThatThrownBy(() -> client(ds).dossiers(51234, null, null))
                    .isInstanceOfSatisfying(DsException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DsException.Kind.TOO_MANY_REQUESTS);
                        assertThat(e.said().en()).contains("HTTP 429").contains("try again later");
                    });
            assertThat(pauses).hasSize(4).containsOnly(Duration.ofSeconds(1));
        }
    }

    @Test
    void a_graphql_error_is_reported_in_the_api_s_words() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            assertThatThrownBy(() -> client(ds).dossiers(99999, null, null))
                    .isInstanceOfSatisfying(DsException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DsException.Kind.GRAPHQL);
                        assertThat(e.said().en()).isEqualTo("DS refuses the request: Demarche not found");
                    });
            assertThat(ds.received()).hasSize(1); // a GraphQL error is not retried
        }
    }

    @Test
    void a_refused_token_and_a_forbidden_demarche_are_told_apart() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            ds.thenAnswer(401, Map.of(), "").thenAnswer(403, Map.of(), "");
            assertThatThrownBy(() -> client(ds).dossiers(51234, null, null))
                    .isInstanceOfSatisfying(DsException.class, e -> assertThat(e.kind()).isEqualTo(DsException.Kind.UNAUTHORIZED));
            assertThatThrownBy(() -> client(ds).dossiers(51234, null, null))
                    .isInstanceOfSatisfying(DsException.class, e -> assertThat(e.kind()).isEqualTo(DsException.Kind.FORBIDDEN));
        }
    }

    @Test
    void the_number_of_requests_is_bounded() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            DsClient client = new DsClient(ds.endpoint(), Token.of(TOKEN), DsClient.Settings.standard()
                    .withSleeper(pauses::add).withPageSize(2).withMaxRequests(2));
            assertThatThrownBy(() -> client.dossiers(51234, null, null))
                    .isInstanceOfSatisfying(DsException.class, e -> assertThat(e.kind()).isEqualTo(DsException.Kind.REQUEST_LIMIT));
            assertThat(ds.received()).hasSize(2);
        }
    }

    @Test
    void a_server_slower_than_the_timeout_is_reported_not_waited_for() throws Exception {
        com.sun.net.httpserver.HttpServer slow = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        slow.createContext("/", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.start();
        try {
            DsClient client = new DsClient(java.net.URI.create("http://127.0.0.1:" + slow.getAddress().getPort() + "/"),
                    Token.of(TOKEN), new DsClient.Settings(Duration.ofMillis(300), 10, 2, Duration.ofMillis(1),
                    Duration.ofMillis(1), 100, pauses::add));
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.dossiers(1, null, null))
                    .isInstanceOfSatisfying(DsException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DsException.Kind.NETWORK);
                        assertThat(e.said().en()).contains("did not answer").contains("2 tries");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void the_token_never_shows_in_a_message_or_in_its_own_text() {
        Token token = Token.of(TOKEN);
        assertThat(token.toString()).doesNotContain(TOKEN);
    }

    @Test
    void a_saved_answer_is_read_like_the_api_s() throws IOException, DsException {
        java.nio.file.Path page = java.nio.file.Path.of("src/test/resources/demarche/page-1.json");
        assertThat(DemarcheAnswers.read(page)).extracting(Dossier::number).containsExactly(1001, 1002);
    }
}
