package org.eigrules.notice;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.decision.Language;
import org.eigrules.decision.Verdict;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.model.Application;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoticeTest {

    static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();
    private static final Path DATAJUST = ROOT.resolve("examples/selected-p3/datajust.yaml");

    private final EigRules rules = EigRules.builtIn();

    private static Map<String, Notice.Operation> operations(Notice notice) {
        return notice.operations().stream().collect(Collectors.toMap(Notice.Operation::clause, Function.identity()));
    }

    private static Map<String, Notice.Datum> data(Notice notice) {
        return notice.data().stream().collect(Collectors.toMap(Notice.Datum::field, Function.identity()));
    }

    private static Map<String, Notice.AppliedParameter> parameters(Notice notice) {
        return notice.parameters().stream().collect(Collectors.toMap(p -> p.parameter().key(), Function.identity()));
    }

    @Test
    void an_eligible_defi_has_every_clause_met_the_data_read_and_the_parameters_applied() throws IOException {
        Notice notice = Notices.of(rules, ApplicationFiles.read(DATAJUST));
        assertThat(notice.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(notice.candidacy()).isFalse();
        assertThat(notice.subject()).isEqualTo("DataJust");
        assertThat(notice.fingerprint()).isEqualTo(org.eigrules.record.Fingerprints.of(rules).value());
        assertThat(notice.mention().en()).contains("algorithmic processing").contains("entrepreneur-interet-general@data.gouv.fr");
        // Item 4: every clause of promotion 3, in order, none failing.
        assertThat(notice.operations()).extracting(Notice.Operation::clause).startsWith("ADM-1", "CAL-1", "CHL-1")
                .contains("FIN-5", "PRI-4").hasSize(24);
        assertThat(notice.operations()).extracting(Notice.Operation::outcome)
                .doesNotContain(Notice.Outcome.FAILED, Notice.Outcome.UNDECIDED);
        assertThat(operations(notice).get("PRI-3").outcome()).isEqualTo(Notice.Outcome.PRIORITY_NOT_MET);
        // Item 2: the file's values, named as the file names them, with the clauses that read them.
        assertThat(data(notice).get("receivedAt").value().fr()).isEqualTo("9 juin 2018 à 14:28 (UTC+02:00)");
        assertThat(data(notice).get("receivedAt").label().fr()).isEqualTo("la date et l’heure de réception du dossier par la plateforme");
        assertThat(data(notice).get("receivedAt").clauses()).containsExactly("CAL-1");
        assertThat(data(notice).get("eigs[1].profile").value().fr()).isEqualTo("science des données");
        assertThat(data(notice).get("eigs[1].profile").value().en()).isEqualTo("data science");
        assertThat(data(notice).get("funding.totalEmployerCost").clauses()).contains("FIN-3", "FIN-4");
        assertThat(notice.data()).extracting(d -> d.value().fr()).noneMatch(v -> v.matches(".*[A-Z][a-z]+\\[.*"));
        assertThat(notice.data()).allSatisfy(d -> assertThat(d.label()).as(d.field()).isNotNull());
        // Item 3: the closing instant was applied though no rule about it fired; the rate was read by one that fired.
        assertThat(parameters(notice).get("callForProjects.closes").clauses()).containsExactly("CAL-1");
        assertThat(parameters(notice).get("callForProjects.closes").fired()).isFalse();
        assertThat(parameters(notice).get("callForProjects.closes").parameter().value()).isEqualTo("2018-06-15T17:00:00");
        assertThat(parameters(notice).get("pia.rate").fired()).isTrue();
        assertThat(parameters(notice)).doesNotContainKeys("programme.contact", "candidates.call.closes", "envelope");
        assertThat(notice.parameterFile()).isEqualTo("promotions/p3.yaml");

        String markdown = NoticeText.markdown(notice, Language.FR);
        assertThat(markdown).contains("# Notice du traitement algorithmique — DataJust (promotion 3)",
                "## 1. Degré et mode de contribution du traitement à la décision",
                "## 2. Données traitées et leurs sources", "## 3. Paramètres du traitement appliqués à la situation",
                "## 4. Opérations effectuées par le traitement", "le jury entend les défis éligibles",
                "> Cette décision a été prise sur le fondement d’un traitement algorithmique",
                "| La date et l’heure de réception du dossier par la plateforme | 9 juin 2018 à 14:28 (UTC+02:00) | CAL-1 |",
                "2. **CAL-1** — Le dossier est reçu pendant l’appel à projets : respectée");
    }

    @Test
    void an_ineligible_defi_shows_the_failed_clause_with_its_reason() throws IOException {
        Notice notice = Notices.of(rules, ApplicationFiles.read(ROOT.resolve("examples/ineligible/a-company-may-not-host-a-defi.yaml")));
        assertThat(notice.verdict()).isEqualTo(Verdict.INELIGIBLE);
        Notice.Operation adm1 = operations(notice).get("ADM-1");
        assertThat(adm1.outcome()).isEqualTo(Notice.Outcome.FAILED);
        assertThat(adm1.details().get(0).en()).startsWith("The host Exemple SAS is a company");
        assertThat(data(notice).get("host.kind").value().en()).isEqualTo("a company");
        assertThat(parameters(notice).get("host.eligibleKinds").fired()).isTrue();
        assertThat(NoticeText.markdown(notice, Language.EN)).contains("## 1. The degree and mode of the processing's contribution",
                "1. **ADM-1** — The host is a State administration, an independent authority, a territorial authority or "
                        + "a health establishment: NOT MET\n   - The host Exemple SAS is a company");
    }

    @Test
    void an_incomplete_defi_names_what_is_missing_under_its_clause() throws IOException {
        Notice notice = Notices.of(rules, ApplicationFiles.read(ROOT.resolve(
                "examples/incomplete/a-team-member-whose-role-could-make-the-team-multidisciplinary.yaml")));
        assertThat(notice.verdict()).isEqualTo(Verdict.INCOMPLETE);
        Notice.Operation chl6 = operations(notice).get("CHL-6");
        assertThat(chl6.outcome()).isEqualTo(Notice.Outcome.UNDECIDED);
        assertThat(chl6.details()).extracting(t -> t.en())
                .startsWith("Missing information: the role of project team member 3");
        assertThat(data(notice).get("team").value().fr()).contains("1) nom : ").doesNotContain("TeamMember", "{");
        assertThat(NoticeText.markdown(notice, Language.FR)).contains("**CHL-6**",
                "non décidée (information manquante ou invraisemblable)",
                "Information manquante : le rôle du membre n° 3 de l’équipe projet").doesNotContain("team\\[2\\]");
    }

    @Test
    void a_candidacy_lists_its_values_the_calls_parameters_and_its_clauses() throws IOException {
        Notice notice = Notices.of(rules, CandidacyFiles.read(ROOT.resolve("candidacies/ineligible/p3-a-jury-member-may-not-apply.yaml")));
        assertThat(notice.candidacy()).isTrue();
        assertThat(notice.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(operations(notice).get("CND-3").outcome()).isEqualTo(Notice.Outcome.FAILED);
        assertThat(operations(notice).get("CND-3").details().get(0).en()).contains("member of the jury");
        assertThat(operations(notice).get("CND-1").outcome()).isEqualTo(Notice.Outcome.MET);
        assertThat(data(notice).get("juryMemberOrExpert").value().fr()).isEqualTo("oui");
        assertThat(data(notice).get("juryMemberOrExpert").clauses()).containsExactly("CND-3");
        assertThat(data(notice)).doesNotContainKey("kind");
        assertThat(parameters(notice)).containsKeys("candidates.call.closes", "candidates.choices.max", "timeZone")
                .doesNotContainKeys("pia.rate", "candidates.scores.max");
        assertThat(parameters(notice).get("candidates.choices.max").clauses()).containsExactly("CND-5");
        assertThat(notice.contribution().get(1).en()).contains("does not decide who is recruited");
        assertThat(NoticeText.markdown(notice, Language.EN)).contains("# Notice of the algorithmic processing — Camille Martin (promotion 3)");
    }

    @Test
    void what_the_file_gives_is_escaped_in_html_and_markdown() throws IOException {
        String yaml = Files.readString(DATAJUST).replace("problem: \"Court decisions",
                "problem: \"<script>alert('x')</script> | **bold** & `code` [link](http://x) Court decisions");
        Application application = ApplicationFiles.read(yaml, ApplicationFiles.Format.YAML);
        Notice notice = Notices.of(rules, application);
        String html = NoticeText.html(notice, Language.EN);
        assertThat(html).contains("<!DOCTYPE html>\n<html lang=\"en\"")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; | **bold** &amp; `code` [link](http://x)")
                .doesNotContain("<script>").endsWith("</html>\n");
        assertThat(html.split("<h2 id=", -1)).hasSize(5);
        String markdown = NoticeText.markdown(notice, Language.EN);
        assertThat(markdown).contains("\\<script\\>alert('x')\\</script\\> \\| \\*\\*bold\\*\\* \\& \\`code\\` "
                + "\\[link\\](http://x)").doesNotContain("<script>");
        assertThat(NoticeText.html("a\"b")).isEqualTo("a&quot;b");
    }

    @Test
    void the_mention_is_a_message_a_rule_folder_may_rewrite_and_says_whom_to_write_to(@TempDir Path folder) throws IOException {
        assertThat(Mention.of(rules, 5).fr()).contains("eig@data.gouv.fr");
        // Promotion 2's sources give no contact: the mention says to ask the programme team.
        assertThat(Mention.of(rules, 2).en()).contains("ask the programme team").doesNotContain("@");
        Files.writeString(folder.resolve("messages_en.properties"),
                "mention.algorithmic=Decided by rules; write to {0} for them.\n");
        EigRules own = org.eigrules.authoring.RuleFolders.load(folder);
        assertThat(Mention.of(own, 3).en()).isEqualTo("Decided by rules; write to entrepreneur-interet-general@data.gouv.fr for them.");
        assertThat(Notices.of(own, ApplicationFiles.read(DATAJUST)).mention().en()).startsWith("Decided by rules");
    }

    @Test
    void a_contact_that_is_not_an_e_mail_address_is_refused_with_the_file_and_key(@TempDir Path folder) throws IOException {
        Path p3 = Files.createDirectories(folder.resolve("promotions")).resolve("p3.yaml");
        try (var in = NoticeTest.class.getClassLoader().getResourceAsStream("org/eigrules/promotions/p3.yaml")) {
            Files.writeString(p3, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("value: \"entrepreneur-interet-general@data.gouv.fr\"", "value: \"write to us\""));
        }
        assertThatThrownBy(() -> org.eigrules.authoring.RuleFolders.load(folder)).isInstanceOf(InvalidRuleSetException.class)
                .hasMessageContaining("parameters.programme.contact.value: expected an e-mail address such as "
                        + "eig@data.gouv.fr, found \"write to us\"");
    }

    @Test
    void a_malformed_application_gets_no_notice() {
        Application noPromotion = new org.eigrules.model.ApplicationBuilder().build();
        assertThatThrownBy(() -> Notices.of(rules, noPromotion)).isInstanceOf(InvalidApplicationException.class);
    }
}
