package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code eig select}: the ranking table, the JSON, and the exit statuses. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SelectCommandTest {

    private static final Path SELECTIONS = Path.of(System.getProperty("basedir", ".")).resolve("../selections")
            .normalize();

    record Run(int status, String out, String err) {
    }

    private static Run eig(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Eig.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void the_ranking_table_shows_rank_defi_total_opinion_status_money_and_cumulated_money_then_the_totals() {
        Run run = eig("select", "--lang", "en", SELECTIONS.resolve("p3/the-fifteen-defis-overflow-the-envelope-when-plume-"
                + "asks-for-pia-money.yaml").toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Rank  Défi              Total  Opinion       Status       Programme money  "
                        + "Cumulated / €1,500,000.00")
                .contains("  14  DataReg              13  favourable    not covered      €103,600.00")
                .contains("Envelope: €1,500,000.00; used: €1,495,200.00; remaining: €4,800.00")
                .contains("Proposed (covered défis): 14 défi(s), 30 EIGs; programme €1,495,200.00; hosts €640,800.00")
                .contains("envelope exceeded by €98,800.00");
    }

    @Test
    void french_is_the_default() {
        Run run = eig("select", SELECTIONS.resolve("p3/the-fifteen-defis-fit-the-envelope.yaml").toString());
        assertThat(run.out()).contains("Rang  Défi").contains("couvert").contains("rien à signaler");
    }

    @Test
    void json_follows_the_contract() throws Exception {
        Run run = eig("select", "--json", SELECTIONS.resolve("p3/the-fifteen-defis-fit-the-envelope.yaml").toString());
        assertThat(run.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ranking")).hasSize(15);
        assertThat(json.get("envelope").get("remaining").textValue()).isEqualTo("54500.00");
        assertThat(json.get("totals").get("defis").intValue()).isEqualTo(15);
    }

    @Test
    void an_invalid_grid_exits_1_with_every_error_and_json_says_so() throws Exception {
        String file = SELECTIONS.resolve("clauses/a-grid-with-a-score-of-five-or-a-rank-repeated-in-its-group-is-invalid.yaml")
                .toString();
        Run run = eig("select", "--lang", "en", file);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("invalid selection")
                .contains("grids[0].scores[1]: expected a score from 1 to 4 (criterion 2), found 5")
                .contains("grids[1].groupRank").doesNotContain("Exception");
        Run json = eig("select", "--json", file);
        assertThat(json.status()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(json.out()).get("valid").booleanValue()).isFalse();
    }

    @Test
    void an_invalid_application_names_its_file() {
        Run run = eig("select", "--lang", "en", SELECTIONS.resolve("p3/applications/datajust.yaml").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("unknown field");
    }

    @Test
    void an_invalid_selection_is_explained_in_french_with_lang_fr_and_by_default_the_json_too() throws Exception {
        String file = SELECTIONS.resolve("clauses/a-grid-with-a-score-of-five-or-a-rank-repeated-in-its-group-is-invalid.yaml")
                .toString();
        Run run = eig("select", "--lang", "fr", file);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(file + ": sélection invalide")
                .contains("grids[0].scores[1]: attendu : une note de 1 à 4 (critère 2) ; trouvé : 5")
                .contains("grids[1].groupRank: attendu : un rang qu’aucun autre défi du groupe A n’occupe ; trouvé : 1, "
                        + "déjà occupé par grids[0]")
                .contains("grids[1].scores: attendu : 5 notes, critères 1 à 5 dans l’ordre, chacune de 1 à 4 ; "
                        + "trouvé : 4 note(s)")
                .doesNotContain("expected");
        assertThat(eig("select", file).err()).isEqualTo(run.err());
        JsonNode errors = new ObjectMapper().readTree(eig("select", "--json", file).out()).get("errors");
        assertThat(errors.get(0).get("path").textValue()).isEqualTo("grids[0].scores[1]");
        assertThat(errors.get(0).get("message").textValue()).isEqualTo("attendu : une note de 1 à 4 (critère 2) ; trouvé : 5");
        JsonNode english = new ObjectMapper().readTree(eig("select", "--json", "--lang", "en", file).out()).get("errors");
        assertThat(english.get(0).get("message").textValue()).isEqualTo("expected a score from 1 to 4 (criterion 2), found 5");
    }

    @Test
    void a_file_that_is_no_selection_is_explained_in_french_by_default() {
        Run run = eig("select", SELECTIONS.resolve("p3/applications/datajust.yaml").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("sélection invalide")
                .contains("challenge: champ inconnu (attendu : promotion, applications, grids, selected)")
                .contains("applications: manquant (attendu : un dossier, ou une liste de fichiers de candidature, "
                        + "relatifs à datajust.yaml)");
    }

    @Test
    void a_missing_file_argument_is_a_usage_error() {
        assertThat(eig("select").status()).isEqualTo(2);
        assertThat(eig("select", "a.yaml", "b.yaml").status()).isEqualTo(2);
    }
}
