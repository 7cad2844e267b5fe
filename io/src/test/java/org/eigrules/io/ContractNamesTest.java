package org.eigrules.io;

import org.eigrules.ApplicationDraft;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Decision;
import org.eigrules.model.Application;
import org.eigrules.model.FundingMode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract's names in a promotion 3 file: the caller's {@code id}, {@code CO_FINANCED} with
 * {@code PIA} as promotion 3's name for it, {@code requestedAmount} with {@code requestedPiaAmount}
 * as promotion 3's name for it.
 */
class ContractNamesTest {

    private static final EigRules RULES = EigRules.builtIn();

    @Test
    void an_id_is_accepted_and_echoed_in_the_decision() {
        Application application = ApplicationDraft.eligible().with("id", "AAP3-2018-0042").build();
        assertThat(application.id()).isEqualTo("AAP3-2018-0042");
        assertThat(RULES.evaluate(application).id()).isEqualTo("AAP3-2018-0042");
        assertThat(RULES.evaluate(ApplicationDraft.eligible().build()).id()).isNull();
    }

    @Test
    void a_blank_id_or_one_that_is_not_text_is_malformed() {
        assertThatThrownBy(() -> ApplicationDraft.eligible().with("id", " ").build())
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("id"));
    }

    @Test
    void both_spellings_of_co_financing_mean_the_same_and_are_echoed_as_co_financed() {
        Decision pia = RULES.evaluate(ApplicationDraft.eligible().build());
        Decision contract = RULES.evaluate(ApplicationDraft.eligible().with("funding", Map.of("mode", "CO_FINANCED",
                "totalEmployerCost", new java.math.BigDecimal("140000.00"), "requestedAmount", new java.math.BigDecimal("98000.00"))).build());
        assertThat(pia.coFinancing()).isEqualTo(contract.coFinancing());
        assertThat(contract.coFinancing().mode()).isEqualTo(FundingMode.CO_FINANCED);
        assertThat(DecisionJson.tree(pia, org.eigrules.decision.Language.EN).get("coFinancing").get("mode").asText())
                .isEqualTo("CO_FINANCED");
    }

    @Test
    void the_requested_amount_may_be_given_under_either_name_but_not_both() {
        assertThat(ApplicationDraft.eligible().build().funding().requested()).isEqualByComparingTo("98000.00");
        assertThatThrownBy(() -> ApplicationDraft.eligible().with("funding.requestedAmount", new java.math.BigDecimal("98000.00")).build())
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.path()).isEqualTo("funding.requestedPiaAmount");
                            assertThat(v.message()).contains("requestedAmount").contains("not both");
                        }));
    }

    @Test
    void a_self_funded_file_may_request_no_amount_under_either_name() {
        assertThatThrownBy(() -> ApplicationDraft.eligible().with("funding", Map.of("mode", "SELF_FUNDED",
                "totalEmployerCost", new java.math.BigDecimal("140000.00"), "requestedAmount", new java.math.BigDecimal("1.00"))).build())
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("funding.requestedAmount"));
    }
}
