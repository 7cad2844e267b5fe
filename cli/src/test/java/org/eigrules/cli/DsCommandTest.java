package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.ds.DsClient;
import org.eigrules.ds.RecordedDs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/** {@code eig ds …} against a local server answering as Démarches Simplifiées does. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DsCommandTest {

    static final String TOKEN = "cli-secret-token-8d41e7";
    static final Path MAPPING = Path.of("../ds/examples/aap-eig5.mapping.yaml");
    static final Path EXPECTED = Path.of("../ds/src/test/resources/expected");
    static final String INSTRUCTEUR = "SW5zdHJ1Y3RldXItNDI=";

    @TempDir
    Path dir;

    RecordedDs ds;
    final List<Duration> pauses = new ArrayList<>();
    final List<EvaluateCommandTest.Run> runs = new ArrayList<>();
    private Function<String, String> environment;
    private DsClient.Sleeper sleeper;

    @BeforeEach
    void start() throws IOException {
        ds = new RecordedDs();
        environment = DsSource.environment;
        sleeper = DsSource.sleeper;
        DsSource.environment = name -> name.equals("DS_TOKEN") ? TOKEN : null;
        DsSource.sleeper = pauses::add; // the pauses asked for, not waited
    }

    @AfterEach
    void stop() throws IOException {
        ds.close();
        DsSource.environment = environment;
        DsSource.sleeper = sleeper;
        // The token is never shown: not in any output of the test's runs, nor in any file written.
        for (EvaluateCommandTest.Run run : runs) {
            assertThat(run.out() + run.err()).doesNotContain(TOKEN);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("token")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(TOKEN);
            }
        }
    }

    EvaluateCommandTest.Run run(Object... args) {
        List<Object> all = new ArrayList<>(List.of(args));
        EvaluateCommandTest.Run run = eig(all.toArray());
        runs.add(run);
        return run;
    }

    Object[] source(Object... more) {
        List<Object> all = new ArrayList<>(List.of("--mapping", MAPPING, "--demarche", "51234", "--url", ds.endpoint()));
        all.addAll(List.of(more));
        return all.toArray();
    }

    Object[] with(String command, Object... more) {
        List<Object> all = new ArrayList<>(List.of("ds", command));
        all.addAll(List.of(source(more)));
        return all.toArray();
    }

    @Test
    void pulled_dossiers_are_decided_as_their_hand_written_contract_files() throws IOException {
        Path out = dir.resolve("dossiers");
        Path saved = dir.resolve("saved.json");
        EvaluateCommandTest.Run pull = run(with("pull", "--out", out, "--save", saved));
        assertThat(pull.status()).as(pull.err()).isEqualTo(1);
        assertThat(pull.err()).contains("dossier 1004 : dossier invalide, non évalué")
                .contains("dossier 1004, champ « Profil » (eigs[1].profile) : la réponse « Juriste »")
                .contains("dossier 1005, champ « SIRET de l’administration d’accueil » (host.siret)")
                .endsWith("6 dossiers : 4 écrits, 2 invalides\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "dossier-1001.json", "dossier-1002.json", "dossier-1003.json", "dossier-1006.json");
        }
        for (int number : List.of(1001, 1002, 1003, 1006)) {
            JsonNode fromDs = withoutFile(run("evaluate", "--json", out.resolve("dossier-" + number + ".json")));
            JsonNode byHand = withoutFile(run("evaluate", "--json", EXPECTED.resolve("dossier-" + number + ".yaml")));
            assertThat(fromDs).as("dossier " + number).isEqualTo(byHand);
        }
        assertThat(ds.received()).hasSize(3).allSatisfy(r -> assertThat(r.schemaErrors()).isEmpty());
        // The saved answers read as the network's: the same decisions, nothing asked.
        EvaluateCommandTest.Run fromNetwork = run(with("evaluate"));
        EvaluateCommandTest.Run fromSaved = run("ds", "evaluate", "--mapping", MAPPING, "--from-file", saved);
        assertThat(fromSaved.out()).isEqualTo(fromNetwork.out());
        assertThat(Files.readString(saved)).contains("\"champDescriptorId\" : \"Q2hhbXAtMTAx\"");
        assertThat(ds.received()).hasSize(6);
        assertThat(ds.received().get(0).variables().path("first").asInt()).isEqualTo(100);
    }

    @Test
    void ds_evaluate_prints_the_decisions_and_tally_of_eig_evaluate() {
        EvaluateCommandTest.Run run = run(with("evaluate"));
        assertThat(run.status()).isEqualTo(1);
        String byHand = run("evaluate", EXPECTED.resolve("dossier-1002.yaml")).out();
        assertThat(run.out()).contains(byHand.replace("[" + EXPECTED.resolve("dossier-1002.yaml") + "]", "[dossier 1002]"));
        assertThat(run.err()).endsWith("6 dossiers : 4 décisions (2 éligibles, 1 inéligible, 1 incomplète), 2 non évalués\n");
        EvaluateCommandTest.Run english = run(with("evaluate", "--lang", "en", "--state", "en_construction"));
        assertThat(english.err()).contains("dossier 1004: invalid dossier, not evaluated")
                .endsWith("4 dossiers: 2 decisions (1 eligible, 0 ineligible, 1 incomplete), 2 not evaluated\n");
        assertThat(ds.received().get(3).variables().path("state").asText()).isEqualTo("en_construction");
    }

    @Test
    void annotate_is_a_dry_run_until_apply_and_writes_each_decision_once() {
        EvaluateCommandTest.Run dry = run(with("annotate", "--instructeur", INSTRUCTEUR));
        assertThat(ds.mutations()).as("a dry run sends nothing").isEmpty();
        assertThat(dry.out()).contains("dossier 1001 — ÉLIGIBLE — annotation à écrire (essai : rien n’est envoyé)")
                .contains("    | Carte des sites patrimoniaux — promotion 5 — ÉLIGIBLE");
        assertThat(dry.err()).endsWith("annotations : 4 à écrire, 0 inchangée, 0 refusée, 2 dossiers non évalués "
                + "(essai : --apply pour écrire)\n");

        ds.refuseAnnotationOf("RG9zc2llci0xMDA2");
        EvaluateCommandTest.Run apply = run(with("annotate", "--instructeur", INSTRUCTEUR, "--apply"));
        assertThat(apply.status()).isEqualTo(1);
        assertThat(ds.mutations()).hasSize(4).allSatisfy(m -> {
            assertThat(m.schemaErrors()).isEmpty();
            assertThat(m.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(m.variables().path("input").path("instructeurId").asText()).isEqualTo(INSTRUCTEUR);
        });
        assertThat(ds.mutations()).extracting(m -> m.variables().path("input").path("dossierId").asText())
                .containsExactly("RG9zc2llci0xMDAx", "RG9zc2llci0xMDAy", "RG9zc2llci0xMDAz", "RG9zc2llci0xMDA2");
        String written = ds.mutations().get(1).variables().path("input").path("value").asText();
        assertThat(written).startsWith("Bus à la demande — promotion 5 — INÉLIGIBLE\n  Référence : 1002\n")
                .contains("(clause CAL-1").contains("Pour y remédier :").containsPattern("Règles : SHA-256:[0-9a-f]{64}$");
        assertThat(dry.out()).contains(written.lines().map(l -> "    | " + l).reduce((a, b) -> a + "\n" + b).orElseThrow());
        assertThat(apply.out()).contains("dossier 1001 — ÉLIGIBLE — annotation écrite");
        assertThat(apply.err()).contains("dossier 1006 — ÉLIGIBLE — annotation refusée : DS refuse l’annotation : "
                        + "L’instructeur n’a pas accès à ce dossier")
                .contains("dossier 1004 : dossier invalide, non évalué")
                .endsWith("annotations : 3 écrites, 0 inchangée, 1 refusée, 2 dossiers non évalués\n");

        EvaluateCommandTest.Run again = run(with("annotate", "--instructeur", INSTRUCTEUR, "--apply"));
        assertThat(again.out()).contains("dossier 1002 — INÉLIGIBLE — annotation inchangée (elle dit déjà cette décision)");
        assertThat(again.err()).endsWith("annotations : 0 écrite, 3 inchangées, 1 refusée, 2 dossiers non évalués\n");
        assertThat(ds.mutations()).as("nothing new written; the refused one tried again").hasSize(5);
    }

    @Test
    void a_server_error_on_one_annotation_costs_the_others_nothing() {
        ds.failAnnotationsOf("RG9zc2llci0xMDAy");
        EvaluateCommandTest.Run apply = run(with("annotate", "--instructeur", INSTRUCTEUR, "--apply", "--lang", "en"));
        assertThat(apply.status()).isEqualTo(1);
        assertThat(apply.err()).contains("dossier 1002 — INELIGIBLE — annotation refused: DS fails (HTTP 500), after 5 tries: "
                + "try again later").endsWith("annotations: 3 written, 0 unchanged, 1 refused, 2 dossiers not evaluated\n");
        assertThat(ds.annotations()).hasSize(3);
        assertThat(pauses).hasSize(4);
    }

    @Test
    void a_429_is_waited_out_as_retry_after_says() {
        ds.thenAnswer(429, Map.of("Retry-After", "1"), "");
        EvaluateCommandTest.Run run = run(with("evaluate"));
        assertThat(run.err()).contains("4 décisions");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void each_failure_of_the_api_has_its_own_message() {
        for (int i = 0; i < 5; i++) {
            ds.thenAnswer(500, Map.of(), "");
        }
        EvaluateCommandTest.Run server = run(with("evaluate"));
        assertThat(server.status()).isEqualTo(1);
        assertThat(server.err()).isEqualTo("eig ds: DS est en erreur (HTTP 500), après 5 essais : réessayez plus tard\n");
        for (int i = 0; i < 5; i++) {
            ds.thenAnswer(429, Map.of("Retry-After", "1"), "");
        }
        assertThat(run(with("pull", "--jsonl", "--lang", "en")).err())
                .isEqualTo("eig ds: DS still refuses, too many requests (HTTP 429), after 5 tries: try again later\n");
        EvaluateCommandTest.Run graphql = run("ds", "evaluate", "--mapping", MAPPING, "--demarche", "99999", "--url", ds.endpoint());
        assertThat(graphql.status()).isEqualTo(1);
        assertThat(graphql.err()).isEqualTo("eig ds: DS refuse la requête : Demarche not found\n");
        ds.thenAnswer(401, Map.of(), "");
        assertThat(run(with("evaluate")).err()).contains("DS refuse le jeton (HTTP 401)");
    }

    @Test
    void the_token_is_taken_from_a_file_or_the_environment_never_the_command_line() throws IOException {
        DsSource.environment = name -> null;
        EvaluateCommandTest.Run none = run(with("evaluate"));
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("aucun jeton d’API : définissez la variable d’environnement DS_TOKEN");
        assertThat(run(with("evaluate", "--lang", "en")).err())
                .contains("no API token: set the DS_TOKEN environment variable, or give --token-file FILE");
        EvaluateCommandTest.Run typed = run(with("evaluate", "--token", TOKEN));
        assertThat(typed.status()).isEqualTo(2);
        assertThat(typed.err()).startsWith("eig: --token : le jeton n’est jamais pris sur la ligne de commande")
                .doesNotContain(TOKEN);
        assertThat(run(with("evaluate", "--lang", "en", "--token", TOKEN)).err())
                .startsWith("eig: --token: the token is never taken on the command line").doesNotContain(TOKEN);
        Path token = dir.resolve("token");
        Files.writeString(token, TOKEN + "\n");
        EvaluateCommandTest.Run fromFile = run(with("evaluate", "--token-file", token));
        assertThat(fromFile.err()).contains("4 décisions");
        assertThat(ds.received()).last().extracting(RecordedDs.Received::authorization).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void a_saved_answer_is_read_without_network_or_token() throws IOException {
        DsSource.environment = name -> null;
        Path saved = dir.resolve("saved.json");
        ObjectMapper json = new ObjectMapper();
        var pages = json.createArrayNode();
        for (int page = 1; page <= 3; page++) {
            pages.add(json.readTree(Path.of("../ds/src/test/resources/demarche/page-" + page + ".json").toFile()));
        }
        Files.writeString(saved, pages.toString());
        EvaluateCommandTest.Run run = run("ds", "pull", "--mapping", MAPPING, "--from-file", saved, "--jsonl",
                "--deposited-since", "2021-03-01", "--deposited-before", "2021-04-08");
        assertThat(run.out().lines().map(l -> l.substring(0, 12))).containsExactly("{\"id\":\"1001\"", "{\"id\":\"1003\"");
        assertThat(run.err()).contains("dossier 1004").endsWith("4 dossiers : 2 écrits, 2 invalides\n");
        assertThat(ds.received()).isEmpty();
        EvaluateCommandTest.Run dry = run("ds", "annotate", "--mapping", MAPPING, "--from-file", saved, "--instructeur", "X");
        assertThat(dry.err()).contains("annotations : 4 à écrire");
    }

    @Test
    void a_mapping_with_problems_is_reported_line_by_line() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "promotion: 5\nfields:\n  - { field: challenge.nom, label: Nom, type: text }\n");
        EvaluateCommandTest.Run run = run("ds", "evaluate", "--mapping", bad, "--demarche", "1", "--url", ds.endpoint());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(bad + ":3: challenge.nom n’est pas un champ du contrat\n");
        assertThat(ds.received()).as("nothing is asked before the mapping is sound").isEmpty();
    }

    private static JsonNode withoutFile(EvaluateCommandTest.Run run) throws IOException {
        ObjectNode decision = (ObjectNode) new ObjectMapper().readTree(run.out());
        decision.remove("file");
        return decision;
    }
}
