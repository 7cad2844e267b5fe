package org.eigrules;

import org.eigrules.validation.InvalidApplicationException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.promotion.PromotionParameters;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.DecisionAssert.assertThat;

/** Changing a value in p3.yaml changes the decisions: no rule or Java code holds its own copy. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PolicyValuesComeFromTheParameterFileTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    /** The built-in rules with one value of promotions/p3.yaml replaced. */
    private static EigRules withP3Value(String key, Object value) throws Exception {
        ObjectNode root;
        try (InputStream in = ParameterFiles.class.getClassLoader().getResourceAsStream("org/eigrules/promotions/p3.yaml")) {
            root = (ObjectNode) YAML.readTree(in);
        }
        ((ObjectNode) root.get("parameters").get(key)).set("value", new ObjectMapper().valueToTree(value));
        PromotionParameters changed = ParameterFiles.read("p3.yaml",
                new ByteArrayInputStream(YAML.writeValueAsBytes(root)));
        return EigRules.of(RuleSet.builtIn().withParameters(changed));
    }

    @Test
    void a_longer_contract_admits_a_longer_defi() throws Exception {
        ApplicationDraft elevenMonths = eligible().with("challenge.durationMonths", 11);
        assertThat(EigRules.builtIn().evaluate(elevenMonths.build())).isIneligibleFor("CHL-2");
        assertThat(withP3Value("contract.months", 12).evaluate(elevenMonths.build())).isEligible();
    }

    @Test
    void a_lower_rate_lowers_the_pia_share() throws Exception {
        assertThat(withP3Value("pia.rate", new java.math.BigDecimal("0.50")).evaluate(eligible().build()))
                .grantsPia("Ministère de la Culture", "70000.00", "70000.00").notes("FIN-3");
    }

    @Test
    void a_later_closing_time_admits_a_later_file() throws Exception {
        ApplicationDraft lateFile = eligible().with("receivedAt", "2018-06-15T17:30:00+02:00");
        assertThat(EigRules.builtIn().evaluate(lateFile.build())).isIneligibleFor("CAL-1");
        assertThat(withP3Value("callForProjects.closes", "2018-06-15T18:00:00").evaluate(lateFile.build())).isEligible();
    }

    @Test
    void a_new_profile_in_the_list_is_accepted() throws Exception {
        ApplicationDraft lawyer = eligible().with("eigs[1].profile", "DIGITAL_LAW");
        assertThat(EigRules.builtIn().evaluate(lawyer.build())).isIneligibleFor("CHL-4");
        assertThat(withP3Value("eigs.profiles", List.of("DATA_SCIENCE", "DIGITAL_LAW")).evaluate(lawyer.build()))
                .isEligible();
    }

    @Test
    void a_higher_salary_makes_the_same_simulation_implausible() throws Exception {
        assertThat(withP3Value("salary.netMonthly", new java.math.BigDecimal("8000.00")).evaluate(eligible().build()))
                .isIncompleteWithImplausible("funding.totalEmployerCost FIN-4");
    }

    @Test
    void the_team_size_range_and_slide_limit_come_from_the_file() throws Exception {
        assertThat(withP3Value("eigs.min", 3).evaluate(eligible().build())).isIneligibleFor("CHL-3");
        assertThat(withP3Value("documents.maxPitchSlides", 8).evaluate(eligible().build())).isIneligibleFor("DOC-1");
        assertThat(withP3Value("projectTeam.minMembers", 3).evaluate(eligible().build())).isIneligibleFor("CHL-6");
    }

    @Test
    void the_kinds_of_body_come_from_the_file() throws Exception {
        assertThat(withP3Value("host.eligibleKinds", List.of("MINISTRY", "CENTRAL_ADMINISTRATION"))
                .evaluate(eligible().with("host.kind", "TERRITORIAL_AUTHORITY").build())).isIneligibleFor("ADM-1");
        assertThat(withP3Value("pia.agreementCarrierKinds", List.of("CENTRAL_ADMINISTRATION")).evaluate(eligible()
                .with("host.kind", "TERRITORIAL_AUTHORITY")
                .with("fundingCarrier", java.util.Map.of("name", "Ministère de l'Intérieur", "kind", "MINISTRY")).build()))
                .isEligible().grantsNoPia("140000.00", "FIN-2");
    }

    @Test
    void a_rule_applies_only_to_the_promotions_its_metadata_names() throws Exception {
        // Promotion 1's parameters exist but no rule's range reaches back to promotion 1: nothing may fire for it.
        PromotionParameters p1 = org.eigrules.ruleset.ParameterFilesTest.read(
                org.eigrules.ruleset.ParameterFilesTest.MINIMAL.replace("promotion: 9", "promotion: 1"));
        EigRules rules = EigRules.of(RuleSet.builtIn().withParameters(p1));
        org.assertj.core.api.Assertions.assertThat(rules.promotions()).containsExactly(3, 4, 5);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.evaluate(eligible().with("promotion", 1).build()))
                .isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("promotion: no rule applies to promotion 1 yet");
        assertThat(rules.evaluate(eligible().with("host.kind", "COMPANY").build())).isIneligibleFor("ADM-1");
    }

    @Test
    void an_open_range_serves_a_later_promotion_which_must_then_give_every_value_its_rules_read() throws Exception {
        // The rules in force in promotion 5 ("5..", "4..", "3..") serve promotion 9: its file must give what they read.
        PromotionParameters p9 = org.eigrules.ruleset.ParameterFilesTest.read(
                org.eigrules.ruleset.ParameterFilesTest.MINIMAL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleSet.builtIn().withParameters(p9))
                .isInstanceOf(org.eigrules.ruleset.InvalidRuleSetException.class)
                .hasMessageContaining("applies to promotion 9 and reads funding.funder, which promotion 9's parameter "
                        + "file does not define")
                .hasMessageNotContaining("applies to promotion 3");
    }
}
