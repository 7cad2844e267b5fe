package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.DATAJUST;
import static org.eigrules.cli.EvaluateCommandTest.EXAMPLES;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/** {@code eig notice}, {@code eig evaluate --mention} and {@code eig docs --format html}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoticeCommandTest {

    private static final Path ROOT = EXAMPLES.getParent();
    private static final List<String> SECTIONS_FR = List.of("## 1. Degré et mode de contribution du traitement à la décision",
            "## 2. Données traitées et leurs sources", "## 3. Paramètres du traitement appliqués à la situation",
            "## 4. Opérations effectuées par le traitement");

    @Test
    void the_notice_of_an_eligible_defi_has_the_four_items_and_the_mention() {
        EvaluateCommandTest.Run run = eig("notice", DATAJUST);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Notice du traitement algorithmique — DataJust (promotion 3)\n")
                .contains(SECTIONS_FR).contains("> Cette décision a été prise sur le fondement d’un traitement algorithmique")
                .contains("| Dernier instant de réception des dossiers (inclus) | 15 juin 2018 à 17:00 |")
                .contains("18. **FIN-3** — ").doesNotContain("NON RESPECTÉE");
        // In that order.
        assertThat(run.out().indexOf(SECTIONS_FR.get(0))).isLessThan(run.out().indexOf(SECTIONS_FR.get(1)));
        assertThat(run.out().indexOf(SECTIONS_FR.get(2))).isLessThan(run.out().indexOf(SECTIONS_FR.get(3)));
    }

    @Test
    void the_notice_of_an_ineligible_and_of_an_incomplete_defi_say_what_decided() {
        EvaluateCommandTest.Run ineligible = eig("notice", "--lang", "en", EXAMPLES.resolve("ineligible/a-company-may-not-host-a-defi.yaml"));
        assertThat(ineligible.status()).isZero();
        assertThat(ineligible.out()).contains("Startup Data — promotion 3 — INELIGIBLE", "**ADM-1**", ": NOT MET\n",
                "   - The host Exemple SAS is a company", "| The kind of body the host is | a company | ADM-1, FIN-1, FIN-2 |");
        EvaluateCommandTest.Run incomplete = eig("notice", "--lang", "en",
                EXAMPLES.resolve("incomplete/a-team-member-whose-role-could-make-the-team-multidisciplinary.yaml"));
        assertThat(incomplete.status()).isZero();
        assertThat(incomplete.out()).contains("— INCOMPLETE", "**CHL-6**", "undecided (information missing or implausible)",
                "Missing information: the role of project team member 3").doesNotContain("team\\[2\\]");
    }

    @Test
    void the_notice_of_a_candidacy_in_html_is_one_escaped_page() {
        EvaluateCommandTest.Run run = eig("notice", "--format", "html", "--lang", "en",
                ROOT.resolve("candidacies/incomplete/p3-a-candidacy-without-motivation-is-incomplete.yaml"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>\n<html lang=\"en\"").endsWith("</html>\n")
                .contains(">1. The degree and mode of the processing's contribution to the decision</h2>",
                        ">4. The operations the processing carried out</h2>", "does not decide who is recruited",
                        "<strong>CND-9</strong> — Documents: undecided");
    }

    @Test
    void an_invalid_file_gets_its_errors_and_no_notice() {
        EvaluateCommandTest.Run run = eig("notice", "--lang", "en", EXAMPLES.resolve("invalid/a-self-funded-file-cannot-request-pia-money.yaml"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("funding.requestedPiaAmount");
        assertThat(eig("notice", "--format", "pdf", DATAJUST).status()).isEqualTo(2);
    }

    @Test
    void evaluate_with_mention_ends_each_decision_with_it() throws IOException {
        EvaluateCommandTest.Run text = eig("evaluate", "--mention", "--lang", "en", DATAJUST);
        assertThat(text.out().stripTrailing()).endsWith("  This decision was made on the basis of an algorithmic processing, "
                + "which checks that files meet the conditions of the calls of the Entrepreneur·e d’Intérêt Général programme "
                + "and computes the co-financing of défis. You may ask for its rules, and for how they applied to your file, "
                + "to be communicated to you by writing to entrepreneur-interet-general@data.gouv.fr.");
        JsonNode json = new ObjectMapper().readTree(eig("evaluate", "--mention", "--json", DATAJUST).out());
        assertThat(json.get("mention").textValue()).contains("traitement algorithmique");
        assertThat(eig("evaluate", DATAJUST).out()).doesNotContain("algorithm");
    }

    @Test
    void docs_in_html_is_one_page_with_every_table_row_and_what_a_folder_writes_escaped(@TempDir Path dir) throws IOException {
        EvaluateCommandTest.Run builtIn = eig("docs", "--format", "html");
        assertThat(builtIn.status()).isZero();
        String markdown = eig("docs").out();
        long rows = markdown.lines().filter(l -> l.startsWith("|") && !l.startsWith("|---")).count();
        assertThat(builtIn.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("<h4 id=\"chl-3--le-défi-est-dimensionné-pour-le-nombre-deig-de-la-promotion\">")
                .contains("<li><strong>Cahier des charges EIG 3 (4 mai 2018)</strong>");
        assertThat(builtIn.out().split("<tr>", -1)).hasSize((int) rows + 1);
        assertThat(builtIn.out().substring(builtIn.out().indexOf("<main"))).doesNotContain("`", "**", "\\|");

        Path p3 = Files.createDirectories(dir.resolve("promotions")).resolve("p3.yaml");
        Files.writeString(p3, Files.readString(ROOT.resolve("policy/src/main/resources/org/eigrules/promotions/p3.yaml"))
                .replace("§4.3 : une présentation de 12 diapositives au plus", "<script>alert(1)</script> | **x** & `y`"));
        EvaluateCommandTest.Run folder = eig("docs", "--format", "html", "--rules", dir);
        assertThat(folder.status()).as(folder.err()).isZero();
        assertThat(folder.out()).contains("<td>Cahier des charges EIG 3 (4 mai 2018), &lt;script&gt;alert(1)&lt;/script&gt; | "
                + "<strong>x</strong> &amp; <code>y</code></td>").doesNotContain("<script>");
    }
}
