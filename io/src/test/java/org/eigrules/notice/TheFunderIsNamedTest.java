package org.eigrules.notice;

import org.eigrules.EigRules;
import org.eigrules.decision.Language;
import org.eigrules.promotion.Parameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who pays is named as a reader says it: the funder's words come before a funding mode's, which shares the code PIA. */
class TheFunderIsNamedTest {

    final Wording wording = new Wording(EigRules.builtIn().ruleSet().messages());

    @Test
    void the_funder_is_the_pia_or_budget_programme_352_in_both_languages() {
        Parameter pia = new Parameter("funding.funder", "Who co-finances the EIGs", "PIA", "source");
        Parameter p352 = new Parameter("funding.funder", "Who co-finances the EIGs", "PROGRAMME_352", "source");

        assertThat(wording.parameterValue(pia, Language.FR)).isEqualTo("le Programme d’investissements d’avenir (PIA)");
        assertThat(wording.parameterValue(p352, Language.EN)).isEqualTo("budget programme 352");
    }

    @Test
    void not_with_the_words_a_decision_uses_inside_a_sentence() {
        Parameter p352 = new Parameter("funding.funder", "Who co-finances the EIGs", "PROGRAMME_352", "source");

        assertThat(wording.parameterValue(p352, Language.FR)).isEqualTo("le programme budgétaire 352")
                .isNotEqualTo("du programme 352");
    }
}
