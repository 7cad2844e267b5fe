package org.eigrules.oracle;

import org.eigrules.ApplicationDraft;
import org.eigrules.EigRules;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.eigrules.model.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CHL-4 in the hand-written oracle, for every promotion: the profiles its own copies of the lists
 * recruit, and product management (promotion 5's EIG Link recruited one, outside the call's list),
 * which no promotion recruits. The built-in rules must say the same.
 */
class HandWrittenPolicyProfilesTest {

    private static ApplicationDraft eligible(int promotion) {
        return switch (promotion) {
            case 3 -> ApplicationDraft.eligible();
            case 4 -> ApplicationDraft.eligibleP4();
            default -> ApplicationDraft.eligibleP5();
        };
    }

    @ParameterizedTest(name = "promotion {0}")
    @ValueSource(ints = {3, 4, 5})
    void product_management_fails_CHL_4_in_every_promotion(int promotion) {
        Application a = eligible(promotion).with("eigs[1].profile", Profile.PRODUCT_MANAGEMENT.name()).build();
        Decision oracle = HandWrittenPolicy.decide(a);
        assertThat(oracle.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(oracle.failedClauses()).containsExactly("CHL-4");
        assertThat(EigRules.builtIn().evaluate(a).failedClauses()).containsExactly("CHL-4");
    }

    @ParameterizedTest(name = "promotion {0} recruits {1}: {2}")
    @CsvSource({"3, DATA_ENGINEERING, true", "3, DIGITAL_LAW, false", "4, GEOMATICS, true", "4, DIGITAL_LAW, false",
            "5, DIGITAL_LAW, true", "5, STATISTICS, false"})
    void the_oracle_recruits_what_its_promotion_recruits(int promotion, String profile, boolean recruited) {
        Decision oracle = HandWrittenPolicy.decide(eligible(promotion).with("eigs[1].profile", profile).build());
        assertThat(oracle.failedClauses().contains("CHL-4")).isEqualTo(!recruited);
        assertThat(oracle.verdict()).isEqualTo(recruited ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
    }
}
