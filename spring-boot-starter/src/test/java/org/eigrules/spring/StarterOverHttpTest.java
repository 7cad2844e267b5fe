package org.eigrules.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.EigRules;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.CandidacyJson;
import org.eigrules.io.DecisionJson;
import example.app.StarterTestApplication;
import org.eigrules.record.Fingerprints;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter in a running application, over real HTTP, as a client sees it. */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoint.health.show-details=always",
                "management.endpoints.web.exposure.include=health"})
class StarterOverHttpTest {

    static final Path ELIGIBLE = Path.of("../examples/eligible/a-data-engineering-profile-is-recruited-in-promotion-3.yaml");
    static final Path INELIGIBLE = Path.of("../examples/ineligible/a-company-may-not-host-a-defi.yaml");
    static final Path CANDIDACY = Path.of("../candidacies/eligible/p2-a-candidacy-meeting-every-clause-is-eligible.yaml");
    static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<String> post(String path, String body, String contentType, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static ObjectNode asJson(Path yaml) throws IOException {
        return (ObjectNode) new YAMLMapper().readTree(Files.readString(yaml));
    }

    static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }

    @Nested
    class ADecisionIsTheContractsJson {

        @Test
        void an_application_posted_as_json_gets_the_decision_eig_evaluate_gives() throws Exception {
            HttpResponse<String> answer = post("/applications", asJson(ELIGIBLE).toString(), "application/json");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            String expected = DecisionJson.write(EigRules.builtIn().evaluate(ApplicationFiles.read(ELIGIBLE)), Language.FR);
            assertThat(tree(answer.body())).isEqualTo(tree(expected));
            assertThat(tree(answer.body()).get("coFinancing").get("grantAmount").isTextual()).as("amounts are strings").isTrue();
        }

        @Test
        void the_documented_controller_answers_the_same() throws Exception {
            HttpResponse<String> answer = post("/applications/decision", asJson(ELIGIBLE).toString(), "application/json");

            String expected = DecisionJson.write(EigRules.builtIn().evaluate(ApplicationFiles.read(ELIGIBLE)), Language.FR);
            assertThat(tree(answer.body())).isEqualTo(tree(expected));
        }

        @Test
        void a_decision_is_labelled_json_whatever_json_type_the_client_accepts() throws Exception {
            HttpResponse<String> answer = post("/applications", asJson(ELIGIBLE).toString(), "application/json",
                    "Accept", "application/problem+json");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(tree(answer.body()).get("verdict").asText()).isEqualTo("ELIGIBLE");
        }

        @Test
        void an_application_posted_as_yaml_is_read_as_the_file_is() throws Exception {
            HttpResponse<String> answer = post("/applications", Files.readString(ELIGIBLE), "application/yaml");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(tree(answer.body()).get("verdict").asText()).isEqualTo("ELIGIBLE");
        }

        @Test
        void accept_language_en_gives_the_messages_in_english() throws Exception {
            HttpResponse<String> answer = post("/applications", asJson(INELIGIBLE).toString(), "application/json",
                    "Accept-Language", "de-DE, en;q=0.8, fr;q=0.5");

            var decision = EigRules.builtIn().evaluate(ApplicationFiles.read(INELIGIBLE));
            assertThat(tree(answer.body())).isEqualTo(tree(DecisionJson.write(decision, Language.EN)))
                    .isNotEqualTo(tree(DecisionJson.write(decision, Language.FR)));
            assertThat(answer.headers().firstValue("Content-Language")).hasValue("en");
        }

        @Test
        void a_candidacy_gets_the_candidacy_decision() throws Exception {
            HttpResponse<String> answer = post("/candidacies", asJson(CANDIDACY).toString(), "application/json");

            assertThat(answer.statusCode()).isEqualTo(200);
            String expected = CandidacyJson.write(EigRules.builtIn().evaluate(CandidacyFiles.read(CANDIDACY)), Language.FR);
            assertThat(tree(answer.body())).isEqualTo(tree(expected));
        }
    }

    @Nested
    class HostileBodiesAreRefusedWith400 {

        void refused(ObjectNode body, String path, String... headers) throws Exception {
            HttpResponse<String> answer = post("/applications", body.toString(), "application/json", headers);

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = tree(answer.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("type").asText()).isEqualTo(ContractProblems.INVALID_INPUT.toString());
            assertThat(problem.get("errors")).anySatisfy(error -> assertThat(error.get("path").asText()).isEqualTo(path));
            assertThat(answer.body()).doesNotContain("Exception", "org.eigrules", "com.fasterxml", "at org.");
        }

        @Test
        void an_unknown_field() throws Exception {
            ObjectNode body = asJson(ELIGIBLE);
            body.put("budgetLine", "x");
            refused(body, "budgetLine");
        }

        @Test
        void a_number_written_as_text() throws Exception {
            ObjectNode body = asJson(ELIGIBLE);
            ((ObjectNode) body.get("challenge")).put("durationMonths", "10");
            refused(body, "challenge.durationMonths");
        }

        @Test
        void a_promotion_with_decimals() throws Exception {
            ObjectNode body = asJson(ELIGIBLE);
            body.put("promotion", 3.0);
            refused(body, "promotion");
        }

        @Test
        void a_percentage_with_decimals() throws Exception {
            ObjectNode body = asJson(ELIGIBLE);
            ((ObjectNode) body.get("team").get(0)).put("involvementPercent", 50.7);
            refused(body, "team[0].involvementPercent");
        }

        @Test
        void a_body_that_is_not_json() throws Exception {
            HttpResponse<String> answer = post("/applications", "{\"promotion\": ", "application/json");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(tree(answer.body()).get("errors")).isNotEmpty();
        }

        @Test
        void an_empty_body_is_a_problem_too() throws Exception {
            HttpResponse<String> answer = post("/applications", "", "application/json", "Accept-Language", "en");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(tree(answer.body()).get("errors").get(0).get("message").asText()).contains("a body is required");
        }

        @Test
        void a_body_of_another_type_is_a_415_problem_naming_it() throws Exception {
            HttpResponse<String> answer = post("/applications", "promotion: 3", "text/plain");

            assertThat(answer.statusCode()).isEqualTo(415);
            JsonNode problem = tree(answer.body());
            assertThat(problem.get("type").asText()).isEqualTo(ContractProblems.UNSUPPORTED_MEDIA_TYPE.toString());
            assertThat(problem.get("detail").asText()).contains("text/plain", "application/json");
        }

        @Test
        void the_errors_are_in_french_by_default_and_in_english_when_asked() throws Exception {
            ObjectNode body = asJson(ELIGIBLE);
            ((ObjectNode) body.get("challenge")).put("durationMonths", "10");

            JsonNode french = tree(post("/applications", body.toString(), "application/json").body());
            JsonNode english = tree(post("/applications", body.toString(), "application/json",
                    "Accept-Language", "en-GB").body());

            assertThat(french.get("title").asText()).isEqualTo("Données invalides");
            assertThat(english.get("title").asText()).isEqualTo("Invalid input");
            assertThat(french.get("errors").get(0).get("message").asText())
                    .isNotEqualTo(english.get("errors").get(0).get("message").asText());
        }
    }

    @Nested
    class TheRestOfTheContract {

        @Test
        void language_parameters_bind_in_any_case() throws Exception {
            assertThat(get("/language?lang=fr").body()).isEqualTo("FR");
            assertThat(get("/language?lang=En").body()).isEqualTo("EN");
            assertThat(get("/language?lang=de").statusCode()).isEqualTo(400);
        }

        @Test
        void a_lang_parameter_chooses_the_answers_language_and_an_unknown_one_is_refused() throws Exception {
            HttpResponse<String> english = post("/applications?lang=EN", asJson(ELIGIBLE).toString(), "application/json");
            HttpResponse<String> unknown = post("/applications?lang=de", asJson(ELIGIBLE).toString(), "application/json");

            assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(tree(unknown.body()).get("detail").asText()).contains("fr", "en", "de");
        }

        @Test
        void a_failed_evaluation_is_a_500_problem_that_says_why() throws Exception {
            HttpResponse<String> answer = post("/failing", asJson(ELIGIBLE).toString(), "application/json");

            assertThat(answer.statusCode()).isEqualTo(500);
            JsonNode problem = tree(answer.body());
            assertThat(problem.get("type").asText()).isEqualTo(ContractProblems.EVALUATION_FAILED.toString());
            assertThat(problem.get("detail").asText()).contains("fired more than 10 times", "a rule");
            assertThat(answer.body()).doesNotContain("Exception");
        }

        @Test
        void the_health_indicator_names_the_rule_sets_fingerprint() throws Exception {
            HttpResponse<String> answer = get("/actuator/health");

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode eigRules = tree(answer.body()).get("components").get("eigRules");
            assertThat(eigRules.get("status").asText()).isEqualTo("UP");
            assertThat(eigRules.get("details").get("fingerprint").asText()).isEqualTo(Fingerprints.builtIn().value());
            assertThat(eigRules.get("details").get("rules").asText()).isEqualTo("built-in");
        }
    }
}
