package org.eigrules.ruleset;

import org.eigrules.promotion.PromotionParameters;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a decision of one promotion cites of a rule's source. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CitationsTest {

    private static final String SHARED = "Cahier des charges EIG 4 (15 janvier 2020), §3.2 p. 5; "
            + "cahier des charges EIG 5 (1er février 2021), §3.2 p. 6";

    private static PromotionParameters renamed(int promotion, Map<String, String> documents) {
        PromotionParameters p5 = RuleSet.builtIn().parameters().get(5);
        return new PromotionParameters(promotion, "Promotion " + promotion, p5.timeZone(), p5.callOpens(), p5.callCloses(),
                p5.contractMonths(), p5.minEigs(), p5.maxEigs(), p5.profiles(), p5.eligibleHostKinds(),
                p5.minProjectTeamMembers(), p5.minProjectTeamRoles(), p5.maxPitchSlides(), p5.netMonthlySalary(),
                p5.piaRate(), p5.piaDirectRecipientKinds(), p5.piaCarrierRequiredKinds(), p5.piaAgreementKinds(),
                p5.piaCarrierKinds(), p5.piaAgreementCarrierKinds(), p5.piaEnvelope(), p5.funder(), p5.grantMonths(),
                p5.netMonthlySalaryUpTo5Years(), p5.netMonthlySalaryOver5Years(), p5.directRecipientKinds(),
                p5.parentMinistryKinds(), p5.parentMinistryCarrierKinds(), p5.agreementKinds(), p5.parameters(), documents);
    }

    private static Citations withPromotion6(Map<String, String> documents) {
        Map<Integer, PromotionParameters> promotions = new LinkedHashMap<>(RuleSet.builtIn().parameters());
        promotions.put(6, renamed(6, documents));
        return Citations.of(promotions);
    }

    @Test
    void a_decision_cites_the_parts_of_its_own_promotion() {
        Citations citations = RuleSet.builtIn().citations();
        assertThat(citations.cite(SHARED, 4)).isEqualTo("Cahier des charges EIG 4 (15 janvier 2020), §3.2 p. 5");
        assertThat(citations.cite(SHARED, 5)).isEqualTo("Cahier des charges EIG 5 (1er février 2021), §3.2 p. 6");
        assertThat(citations.cite("Seed: achievable in 10 months", 5)).isEqualTo("Seed: achievable in 10 months");
        assertThat(citations.cite(null, 5)).isNull();
    }

    @Test
    void a_later_promotion_cites_the_latest_earlier_parts_under_its_own_documents_names() {
        Citations citations = withPromotion6(Map.of("specification", "Cahier des charges EIG 6 (1er février 2022)",
                "candidates-call", "AAC6"));
        assertThat(citations.cite(SHARED, 6)).isEqualTo("Cahier des charges EIG 6 (1er février 2022), §3.2 p. 6");
        assertThat(citations.cite("AAC2 Art. 4; AAC3 Art. 4; AAC4 Art. 4; AAC5 Art. 3", 6)).isEqualTo("AAC6 Art. 3");
        // A part that names no promotion stays; the earlier promotions' own decisions are unchanged.
        assertThat(citations.cite("project reading; AAC5 Art. 3", 6)).isEqualTo("Project reading; AAC6 Art. 3");
        assertThat(citations.cite(SHARED, 5)).isEqualTo("Cahier des charges EIG 5 (1er février 2021), §3.2 p. 6");
    }

    @Test
    void without_documents_of_its_own_a_later_promotion_cites_the_whole_source_as_before() {
        Citations citations = withPromotion6(Map.of());
        assertThat(citations.cite(SHARED, 6)).isEqualTo(SHARED);
        assertThat(citations.cite(SHARED, 6)).isEqualTo(RuleMetadata.citedFor(SHARED, 6));
    }

    @Test
    void a_document_kind_the_later_file_does_not_name_keeps_its_earlier_name() {
        Citations citations = withPromotion6(Map.of("candidates-call", "AAC6"));
        assertThat(citations.cite("Cahier des charges EIG 5 (1er février 2021), §2; AAC5 Art. 1", 6))
                .isEqualTo("Cahier des charges EIG 5 (1er février 2021), §2; AAC6 Art. 1");
    }
}
