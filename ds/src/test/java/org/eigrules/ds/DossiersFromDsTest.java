package org.eigrules.ds;

import org.eigrules.EigRules;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.DecisionJson;
import org.eigrules.record.Fingerprint;
import org.eigrules.record.Fingerprints;
import org.eigrules.validation.InvalidApplicationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the recorded démarche to decisions and annotations: each dossier read from the server and
 * converted with the worked example's mapping is decided as the contract file written by hand
 * from its answers; annotations are written once.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DossiersFromDsTest {

    static final Path EXPECTED = Path.of("src/test/resources/expected");
    static Mapping mapping;
    static EigRules rules;

    @BeforeAll
    static void load() throws Exception {
        mapping = Mapping.load(Path.of("examples/aap-eig5.mapping.yaml"));
        rules = EigRules.builtIn();
    }

    static DsClient client(RecordedDs ds) {
        return new DsClient(ds.endpoint(), Token.of(DsClientTest.TOKEN), DsClient.Settings.standard()
                .withTimeout(Duration.ofSeconds(5)).withSleeper(pause -> { }).withPageSize(2));
    }

    static Decision decide(Converted converted) {
        return rules.evaluate(DossierFiles.read(converted).application());
    }

    @Test
    void every_decided_dossier_is_decided_as_its_hand_written_contract_file() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            List<Integer> decided = new ArrayList<>();
            for (Dossier dossier : client(ds).dossiers(51234, null, null)) {
                Converted converted = DossierFiles.convert(mapping, dossier);
                if (dossier.number() == 1004) {
                    assertThat(converted.ok()).isFalse();
                    continue;
                }
                Path handWritten = EXPECTED.resolve("dossier-" + dossier.number() + ".yaml");
                if (dossier.number() == 1005) {
                    // The contract refuses both alike: the same path, the same words.
                    InvalidApplicationException fromDs = catchInvalid(() -> DossierFiles.read(converted));
                    InvalidApplicationException byHand = catchInvalid(() -> ApplicationFiles.read(handWritten));
                    assertThat(fromDs.violations()).isEqualTo(byHand.violations());
                    continue;
                }
                Decision fromDs = decide(converted);
                Decision byHand = rules.evaluate(ApplicationFiles.read(handWritten));
                assertThat(DecisionJson.write(fromDs, Language.EN)).as("dossier " + dossier.number())
                        .isEqualTo(DecisionJson.write(byHand, Language.EN));
                assertThat(fromDs).isEqualTo(byHand);
                decided.add(dossier.number());
            }
            assertThat(decided).containsExactly(1001, 1002, 1003, 1006);
        }
    }

    @Test
    void the_verdicts_of_the_recorded_demarche_cover_every_kind() throws Exception {
        Map<Integer, String> verdicts = new LinkedHashMap<>();
        for (Dossier dossier : DemarcheAnswers.read(Path.of("src/test/resources/demarche/page-1.json"))) {
            verdicts.put(dossier.number(), decide(DossierFiles.convert(mapping, dossier)).verdict().name());
        }
        for (Dossier dossier : DemarcheAnswers.read(Path.of("src/test/resources/demarche/page-2.json"))) {
            Converted converted = DossierFiles.convert(mapping, dossier);
            if (converted.ok()) {
                verdicts.put(dossier.number(), decide(converted).verdict().name());
            }
        }
        assertThat(verdicts).containsExactly(Map.entry(1001, "ELIGIBLE"), Map.entry(1002, "INELIGIBLE"),
                Map.entry(1003, "INCOMPLETE"));
    }

    @Test
    void dates_of_deposit_are_written_in_paris_time_and_amounts_exactly() throws Exception {
        Dossier late = DemarcheAnswers.read(Path.of("src/test/resources/demarche/page-3.json")).get(1);
        Converted converted = DossierFiles.convert(mapping, late);
        assertThat(late.dateDepot()).isEqualTo("2021-02-10T07:15:00Z");
        assertThat(converted.file().path("receivedAt").asText()).isEqualTo("2021-02-10T08:15:00+01:00");
        assertThat(converted.file().path("id").asText()).isEqualTo("1006");
        Dossier comma = DemarcheAnswers.read(Path.of("src/test/resources/demarche/page-2.json")).get(0);
        assertThat(DossierFiles.text(DossierFiles.convert(mapping, comma))).contains("\"employerCostUpTo5Years\" : 52000.50");
    }

    @Test
    void answers_that_cannot_be_converted_are_named_by_dossier_champ_and_contract_path() throws Exception {
        Dossier bad = DemarcheAnswers.read(Path.of("src/test/resources/demarche/page-2.json")).get(1);
        Converted converted = DossierFiles.convert(mapping, bad);
        assertThat(converted.problems()).extracting(p -> p.in(Language.EN)).containsExactly(
                "dossier 1004, champ \"Profil\" (eigs[1].profile): the answer \"Juriste\" is none of the choices the "
                        + "mapping turns into the contract's codes (Design | Développement | Data science | Data engineering "
                        + "| Géomatique | Droit du numérique)",
                "dossier 1004, champ \"Coût employeur total d’un EIG jusqu’à 5 ans d’expérience inclus\" "
                        + "(funding.employerCostUpTo5Years): \"environ 50k\" is not an amount in euros (e.g. 52000.00)");
        assertThat(converted.problems().get(0).in(Language.FR)).startsWith("dossier 1004, champ « Profil » (eigs[1].profile) : la réponse « Juriste »");
        Dossier siret = DemarcheAnswers.read(Path.of("src/test/resources/demarche/page-3.json")).get(0);
        Converted read = DossierFiles.convert(mapping, siret);
        InvalidApplicationException invalid = catchInvalid(() -> DossierFiles.read(read));
        assertThat(read.problemsOf(invalid.violations())).extracting(p -> p.in(Language.EN)).containsExactly(
                "dossier 1005, champ \"SIRET de l’administration d’accueil\" (host.siret): expected a SIRET: 14 digits "
                        + "with a valid Luhn checksum, found \"11000201100045\"");
    }

    @Test
    void a_dry_run_sends_no_mutation_and_applying_writes_each_decision_once() throws Exception {
        Fingerprint fingerprint = Fingerprints.of(rules);
        try (RecordedDs ds = new RecordedDs()) {
            ds.refuseAnnotationOf(java.util.Base64.getEncoder().encodeToString("Dossier-1006".getBytes()));
            DsClient client = client(ds);
            Map<Integer, String> texts = new LinkedHashMap<>();
            List<Annotations.Result> dryRun = annotateAll(null, client.dossiers(51234, null, null), fingerprint, texts);
            assertThat(dryRun).extracting(Annotations.Result::outcome).containsOnly(Annotations.Outcome.WOULD_WRITE);
            assertThat(ds.mutations()).isEmpty();

            List<Annotations.Result> applied = annotateAll(client, client.dossiers(51234, null, null), fingerprint, new LinkedHashMap<>());
            assertThat(applied).extracting(r -> r.dossier() + " " + r.outcome()).containsExactly(
                    "1001 WRITTEN", "1002 WRITTEN", "1003 WRITTEN", "1006 REFUSED");
            assertThat(applied.get(3).detail().en()).isEqualTo("DS refuses the annotation: L’instructeur n’a pas accès à ce dossier");
            List<RecordedDs.Received> mutations = ds.mutations();
            assertThat(mutations).hasSize(4).allSatisfy(m -> {
                assertThat(m.schemaErrors()).as(m.query()).isEmpty();
                assertThat(m.authorization()).isEqualTo("Bearer " + DsClientTest.TOKEN);
                assertThat(m.variables().path("input").path("instructeurId").asText()).isEqualTo("SW5zdHJ1Y3RldXItNDI=");
            });
            RecordedDs.Received first = mutations.get(0);
            assertThat(first.variables().path("input").path("dossierId").asText()).isEqualTo("RG9zc2llci0xMDAx");
            assertThat(first.variables().path("input").path("annotationId").asText())
                    .isEqualTo(java.util.Base64.getEncoder().encodeToString("Annotation-decision-1001".getBytes()));
            assertThat(first.variables().path("input").path("value").asText()).isEqualTo(texts.get(1001))
                    .startsWith("Carte des sites patrimoniaux — promotion 5 — ÉLIGIBLE")
                    .containsPattern("le programme 352 paie 33.600,00.€")
                    .endsWith("Règles : " + fingerprint);
            assertThat(texts.get(1002)).contains("✗ Le dossier a été reçu le 8 avril 2021").contains("Pour y remédier :");
            assertThat(texts.get(1003)).contains("? Information manquante : le mentor de haut niveau");

            List<Annotations.Result> again = annotateAll(client, client.dossiers(51234, null, null), fingerprint, new LinkedHashMap<>());
            assertThat(again).extracting(r -> r.dossier() + " " + r.outcome()).containsExactly(
                    "1001 UNCHANGED", "1002 UNCHANGED", "1003 UNCHANGED", "1006 REFUSED");
            assertThat(ds.mutations()).as("only the refused one is tried again").hasSize(5);
        }
    }

    @Test
    void a_dossier_without_the_annotation_is_refused_without_a_request() throws Exception {
        try (RecordedDs ds = new RecordedDs()) {
            Dossier dossier = client(ds).dossiers(51234, null, null).get(0);
            Annotations.Result result = Annotations.write(client(ds), dossier, "Une annotation absente", "X", "texte");
            assertThat(result.outcome()).isEqualTo(Annotations.Outcome.REFUSED);
            assertThat(result.detail().en()).contains("no private annotation \"Une annotation absente\"");
            assertThat(ds.mutations()).isEmpty();
        }
    }

    @Test
    void the_schema_subset_catches_what_ds_would_refuse() {
        assertThat(RecordedDs.validate("query { demarche(number: 1) { nope } }", DossierFiles.JSON.createObjectNode(), null))
                .isNotEmpty();
        // Two fragments giving "value" two types: DS would refuse it, hence the client's aliases.
        assertThat(RecordedDs.validate("query Q { demarche(number: 1) { dossiers { nodes { champs { "
                + "... on CheckboxChamp { value } ... on DropDownListChamp { value } } } } } }",
                DossierFiles.JSON.createObjectNode(), "Q")).isNotEmpty();
        assertThat(RecordedDs.validate(Queries.DOSSIERS, DossierFiles.JSON.createObjectNode().put("demarche", 1)
                .put("state", "ouvert"), "EigDossiers")).as("a state that is not the API's").isNotEmpty();
        assertThat(RecordedDs.validate(Queries.DOSSIERS, DossierFiles.JSON.createObjectNode().put("demarche", 1),
                "EigDossiers")).isEmpty();
    }

    private static List<Annotations.Result> annotateAll(DsClient client, List<Dossier> dossiers, Fingerprint fingerprint,
                                                        Map<Integer, String> texts) {
        List<Annotations.Result> results = new ArrayList<>();
        for (Dossier dossier : dossiers) {
            Converted converted = DossierFiles.convert(mapping, dossier);
            if (!converted.ok()) {
                continue;
            }
            Decision decision;
            try {
                decision = decide(converted);
            } catch (InvalidApplicationException e) {
                continue;
            }
            String text = Annotations.text(decision, Language.FR, fingerprint);
            texts.put(dossier.number(), text);
            results.add(Annotations.write(client, dossier, mapping.annotation(), "SW5zdHJ1Y3RldXItNDI=", text));
        }
        return results;
    }

    interface Reading {
        void run() throws Exception;
    }

    private static InvalidApplicationException catchInvalid(Reading reading) throws Exception {
        try {
            reading.run();
        } catch (InvalidApplicationException e) {
            return e;
        }
        throw new AssertionError("expected the contract to refuse the file");
    }
}
