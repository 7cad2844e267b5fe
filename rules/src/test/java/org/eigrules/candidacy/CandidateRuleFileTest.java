package org.eigrules.candidacy;

import org.eigrules.engine.candidacy.CandidateParameters;
import org.eigrules.ruleset.CandidateRule;
import org.eigrules.engine.candidacy.CandidateRules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.EigRules;
import org.eigrules.decision.Verdict;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.promotion.PromotionParameters;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The candidates' rule file holds no policy value; the values come from the parameter files. */
class CandidateRuleFileTest {

    private static String drl() throws IOException {
        try (InputStream in = CandidateRuleFileTest.class.getResourceAsStream("/org/eigrules/candidates/candidates.drl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void no_number_date_or_studies_value_is_written_in_the_rule_file() throws IOException {
        Pattern literal = Pattern.compile("\\b\\d+\\b|FIRST_TWO_CYCLES|DOCTORATE|APPRENTICESHIP|OTHER_STUDIES|Europe/");
        List<String> code = drl().lines()
                .filter(l -> !l.strip().startsWith("//") && !l.strip().startsWith("@") && !l.strip().startsWith("rule "))
                .map(l -> l.replaceAll("\"[^\"]*\"", "\"\""))
                .toList();
        assertThat(code).noneMatch(line -> literal.matcher(line).find());
    }

    @Test
    void every_rule_names_its_clause_promotions_and_source_and_is_compiled() throws IOException {
        List<CandidateRule> rules = CandidateRules.builtIn().rules();
        long written = Pattern.compile("(?m)^rule \"").matcher(drl()).results().count();
        assertThat(rules).hasSize((int) written).allSatisfy(rule -> {
            assertThat(rule.rule()).startsWith(rule.clause() + " ");
            assertThat(rule.promotions()).isNotEmpty().isSubsetOf(2, 3, 4, 5);
            assertThat(rule.source()).isNotBlank();
        });
        assertThat(rules).extracting(CandidateRule::clause).contains("CND-1", "CND-2", "CND-3", "CND-4", "CND-5", "CND-6", "CND-9");
    }

    private static EigRules withP3Value(String key, Object value) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode root;
        try (InputStream in = ParameterFiles.class.getClassLoader().getResourceAsStream("org/eigrules/promotions/p3.yaml")) {
            root = (ObjectNode) yaml.readTree(in);
        }
        ((ObjectNode) root.get("parameters").get(key)).set("value", new ObjectMapper().valueToTree(value));
        PromotionParameters changed = ParameterFiles.read("p3.yaml", new ByteArrayInputStream(yaml.writeValueAsBytes(root)));
        return EigRules.of(RuleSet.builtIn().withParameters(changed));
    }

    @Test
    void changing_a_candidates_value_changes_the_decisions() throws IOException {
        Candidacy three = CandidacyDraft.eligible(3).choices("DataJust", "Plume", "CartoBio").build();
        assertThat(EigRules.builtIn().evaluate(three).verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(withP3Value("candidates.choices.max", 3).evaluate(three).verdict()).isEqualTo(Verdict.ELIGIBLE);

        Candidacy late = CandidacyDraft.eligible(3).receivedAt("2018-10-15T17:30:00+02:00").build();
        assertThat(EigRules.builtIn().evaluate(late).verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(withP3Value("candidates.call.closes", "2018-10-15T18:00:00+02:00").evaluate(late).verdict())
                .isEqualTo(Verdict.ELIGIBLE);

        Candidacy doctorate = CandidacyDraft.eligible(3).studies(Studies.DOCTORATE).build();
        assertThat(withP3Value("candidates.studies.excluded", List.of("FIRST_TWO_CYCLES")).evaluate(doctorate).verdict())
                .isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void a_malformed_candidates_value_is_refused_with_its_file_and_key() {
        assertThatThrownBy(() -> withP3Value("candidates.call.closes", "2018-10-15T17:00:00"))
                .isInstanceOf(InvalidRuleSetException.class)
                .hasMessageContaining("p3.yaml").hasMessageContaining("parameters.candidates.call.closes.value")
                .hasMessageContaining("a date-time with its offset");
        assertThatThrownBy(() -> withP3Value("candidates.studies.excluded", List.of("PHD")))
                .isInstanceOf(InvalidRuleSetException.class).hasMessageContaining("candidates.studies.excluded");
    }

    @Test
    void an_allowed_choice_may_be_a_list_of_one_defis_spellings_all_accepted_as_one_defi() throws IOException {
        EigRules spelt = withP3Value("candidates.choices.allowed", List.of(List.of("Karfu’R", "Karfur"), "Plume"));
        assertThat(spelt.parameters(3).parameters().get("candidates.choices.allowed").value())
                .isEqualTo("Karfu’R | Karfur, Plume");
        assertThat(spelt.evaluate(CandidacyDraft.eligible(3).choices("Karfur", "Plume").build()).verdict())
                .isEqualTo(Verdict.ELIGIBLE);
        CandidacyDecision twice = spelt.evaluate(CandidacyDraft.eligible(3).choices("Karfur", "Karfu'R").build());
        assertThat(twice.rulesFired()).containsExactly("CND-5 the same choice is named twice");
        // The message lists each défi once, by its first spelling.
        CandidacyDecision off = spelt.evaluate(CandidacyDraft.eligible(3).choices("DataJust").build());
        assertThat(off.reasons()).singleElement().satisfies(r -> assertThat(r.message().en())
                .isEqualTo("The choice(s) DataJust are not among those promotion 3 offers: Karfu’R, Plume."));
        // The values read keep each défi's spellings together, the first one first.
        CandidateParameters p = CandidateParameters.of(spelt.parameters(3));
        assertThat(p.allowedChoices().spellings()).containsExactly(List.of("Karfu’R", "Karfur"), List.of("Plume"));
    }

    @Test
    void a_malformed_list_of_choices_is_refused_with_its_file_and_key() {
        // Empty, an empty list of spellings, a name with a comma or a bar, a number, two défis alike once folded.
        for (Object bad : List.of(List.of(), List.of(List.of(), "Plume"), List.of("Plume, Karfu’R"),
                List.of(List.of("Karfu’R", "Karfu | R")), List.of(3), List.of("Karfu’R", List.of("Plume", "karfu'r")),
                List.of(List.of(List.of("Plume"))), "Plume")) {
            assertThatThrownBy(() -> withP3Value("candidates.choices.allowed", bad)).as("%s", bad)
                    .isInstanceOf(InvalidRuleSetException.class)
                    .hasMessageContaining("p3.yaml").hasMessageContaining("parameters.candidates.choices.allowed.value")
                    .hasMessageContaining("a non-empty list whose items are each a name or a non-empty list of one défi's spellings");
        }
    }

    @Test
    void a_promotion_asking_for_a_cv_in_any_format_finds_it_missing_only_when_there_is_none() throws IOException {
        EigRules cv = withP3Value("candidates.documents.required", List.of("cv", "motivation"));
        Candidacy none = CandidacyDraft.eligible(3).documents(false, false, true).build();
        assertThat(EigRules.builtIn().evaluate(none).verdict()).isEqualTo(Verdict.ELIGIBLE);
        CandidacyDecision missing = cv.evaluate(none);
        assertThat(missing.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(missing.missing()).extracting(m -> m.field() + " " + m.clause()).containsExactly("documents.cv CND-9");
        assertThat(missing.rulesFired()).containsExactly("CND-9 the CV the promotion asks for is not in the file");
        // A CV in PDF is a CV.
        Candidacy pdf = CandidacyDraft.eligible(3).documents(false, true, true).build();
        assertThat(cv.evaluate(pdf).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }
}
