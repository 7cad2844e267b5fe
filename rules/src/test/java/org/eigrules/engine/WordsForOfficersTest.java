package org.eigrules.engine;

import org.eigrules.ruleset.Messages;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.decision.Language;
import org.eigrules.decision.LocalizedText;
import org.eigrules.model.BodyKind;
import org.eigrules.model.FundingMode;
import org.eigrules.model.Profile;
import org.eigrules.ruleset.FieldTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions are read by grants officers: every field that can be missing, every kind of body,
 * profile and funding mode, every clause and every rule has words in both languages, and French
 * follows its typography.
 */
class WordsForOfficersTest {

    private static final Messages MESSAGES = Messages.builtIn();
    private static final List<String> RULE_FILES = List.of("who-may-apply.drl", "challenge.drl", "commitments.drl",
            "file-and-calendar.drl", "cofinancing.drl", "priorities.drl");

    private static String drl(String file) throws IOException {
        try (InputStream in = WordsForOfficersTest.class.getResourceAsStream("/org/eigrules/rules/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every path a rule or the field table can list as missing (list positions as [0]). */
    static Set<String> missingPaths() throws IOException {
        Set<String> paths = new TreeSet<>();
        Pattern literal = Pattern.compile("findings\\.(?:missing|implausible)\\(\"([^\"]+)\"(\\s*\\+)?");
        paths.add("funding.requestedAmount");
        paths.add("funding.requestedPiaAmount"); // named by Funding.requestedPath()
        for (String file : RULE_FILES) {
            Matcher m = literal.matcher(drl(file));
            while (m.find()) {
                // "eigs[" + position + "].profile" is written in pieces: the label is per list element.
                paths.add(m.group(2) == null ? m.group(1) : m.group(1) + "0]" + (m.group(1).startsWith("eigs") ? ".profile" : ".role"));
            }
        }
        FieldTable.builtIn().fields().values().stream().filter(f -> !f.neededBy().isEmpty())
                .forEach(f -> paths.add(f.path().replace("[]", "[0]")));
        return paths;
    }

    @Test
    void every_field_that_can_be_missing_has_a_label_in_both_languages() throws IOException {
        Set<String> paths = missingPaths();
        assertThat(paths).contains("funding.mode", "team[0].role", "eigs[0].profile", "challenge.purelyTechnical",
                "fundingCarrier.kind", "funding.requestedAmount");
        for (String path : paths) {
            LocalizedText label = MESSAGES.fieldLabel(path);
            assertThat(label).as(path).isNotNull();
            // Words, not the path: no dotted name, no bracket, no placeholder left unfilled.
            assertThat(label.fr()).as(path).isNotBlank().doesNotContain("{").doesNotContain("[").doesNotContainPattern("\\w\\.\\w");
            assertThat(label.en()).as(path).isNotBlank().doesNotContain("{").doesNotContain("[").doesNotContainPattern("\\w\\.\\w");
        }
    }

    @Test
    void a_list_position_is_counted_from_one_in_words() {
        assertThat(MESSAGES.fieldLabel("team[2].role").en()).isEqualTo("the role of project team member 3");
        assertThat(MESSAGES.fieldLabel("eigs[0].profile").fr()).isEqualTo("le profil de l’EIG n° 1");
        assertThat(MESSAGES.fieldLabel("funding.mode").en()).isEqualTo("the funding mode (co-financing or self-funding)");
    }

    @Test
    void kinds_of_body_profiles_and_funding_modes_have_labels_used_in_sentences() {
        for (Enum<?>[] values : List.<Enum<?>[]>of(BodyKind.values(), Profile.values(), FundingMode.values())) {
            for (Enum<?> value : values) {
                for (Language language : Language.values()) {
                    String text = MESSAGES.text("ADM-1.kind", "X", value).in(language);
                    assertThat(text).as("%s in %s", value, language).doesNotContain(value.name());
                }
            }
        }
        assertThat(MESSAGES.text("ADM-1.kind", "Acme", BodyKind.COMPANY).fr()).contains("L’hôte Acme est une entreprise");
        assertThat(MESSAGES.text("CHL-4.profile", Profile.DIGITAL_LAW, 3).en()).contains("The profile digital law");
        assertThat(MESSAGES.text("CHL-4.profile", Profile.PRODUCT_MANAGEMENT, 5).en()).contains("The profile product management");
        assertThat(MESSAGES.text("CHL-4.profile", Profile.PRODUCT_MANAGEMENT, 5).fr()).contains("gestion de produit");
    }

    @Test
    void every_clause_and_every_rule_has_a_title_in_both_languages() {
        RuleSet builtIn = RuleSet.builtIn();
        for (RuleMetadata rule : builtIn.rules()) {
            assertThat(MESSAGES.clauseTitles(rule.clause())).as(rule.clause()).isNotNull();
            String french = MESSAGES.ruleTitle(rule.rule(), Language.FR);
            assertThat(french).as(rule.rule()).isNotEqualTo(rule.rule()).startsWith(rule.clause() + " ");
        }
    }

    @Test
    void french_writes_the_first_of_the_month_as_an_ordinal_and_other_days_plainly() {
        assertThat(MESSAGES.text("CAL-1.early", LocalDateTime.of(2018, 7, 1, 9, 0), LocalDate.of(2018, 5, 4),
                java.time.ZoneId.of("Europe/Paris")).fr())
                .contains("le 1er juillet 2018 à 09:00:00").contains("(heure de Paris)").contains("le 4 mai 2018");
        assertThat(MESSAGES.text("CAL-1.early", LocalDateTime.of(2018, 7, 1, 9, 0), LocalDate.of(2018, 5, 1),
                java.time.ZoneId.of("Europe/Paris")).en()).contains("1 July 2018").contains("1 May 2018");
    }

    @Test
    void french_agrees_in_number_and_never_writes_a_parenthesised_plural() throws IOException {
        assertThat(MESSAGES.text("CHL-6.too-small", 1, 2).fr()).contains("un seul membre");
        assertThat(MESSAGES.text("CHL-6.too-small", 0, 2).fr()).contains("aucun membre");
        assertThat(MESSAGES.text("CHL-6.roles", 3, 4).fr()).contains("3 rôles distincts");
        for (Language language : Language.values()) {
            for (String key : MESSAGES.keys(language)) {
                assertThat(MESSAGES.text(key).in(language)).as(key).doesNotContain("(s)");
            }
        }
    }

    @Test
    void an_other_administration_is_named_without_a_pronoun_that_would_need_agreement() {
        String fr = MESSAGES.text("FIN-2.no-carrier", "La Région Bretagne", BodyKind.TERRITORIAL_AUTHORITY).fr();
        assertThat(fr).contains("L’hôte La Région Bretagne est une collectivité territoriale")
                .doesNotContain("lui-même").doesNotContain("elle-même");
    }
}
