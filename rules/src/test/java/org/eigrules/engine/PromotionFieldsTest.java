package org.eigrules.engine;

import org.eigrules.decision.Language;
import org.eigrules.ruleset.FieldTable;
import org.eigrules.ruleset.PromotionRange;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words for a value of other promotions, taken from the field table's entry. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PromotionFieldsTest {

    @Test
    void pia_is_named_as_the_promotions_that_use_it() {
        FieldTable.Value pia = new FieldTable.Value("funding.mode", "PIA", "PIA", PromotionRange.parse("2..3"), "test");
        assertThat(PromotionFields.otherPromotionValue(pia, 5).in(Language.EN)).isEqualTo(
                "expected CO_FINANCED or SELF_FUNDED, found PIA: PIA is promotion 2, 3's name for CO_FINANCED, "
                        + "and this file answers promotion 5");
    }

    @Test
    void another_value_of_other_promotions_is_named_with_them() {
        FieldTable.Value company = new FieldTable.Value("host.kind", "COMPANY", "a company", PromotionRange.parse("4.."),
                "test");
        assertThat(PromotionFields.otherPromotionValue(company, 3).in(Language.EN))
                .isEqualTo("is COMPANY, a value of promotion(s) 4, 5 only; this file answers promotion 3");
        assertThat(PromotionFields.otherPromotionValue(company, 3).in(Language.FR))
                .isEqualTo("vaut COMPANY, une valeur de la seule ou des seules promotions 4, 5 ; ce dossier répond à la promotion 3");
    }
}
