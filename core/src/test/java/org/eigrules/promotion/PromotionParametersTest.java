package org.eigrules.promotion;

import org.eigrules.model.BodyKind;
import org.eigrules.model.Profile;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PromotionParametersTest {

    private static PromotionParameters withRate(String rate) {
        return new PromotionParameters(3, "test", ZoneId.of("Europe/Paris"), LocalDate.of(2018, 5, 4),
                LocalDateTime.of(2018, 6, 15, 17, 0), 10, 2, 3, Set.of(Profile.DESIGN), Set.of(BodyKind.MINISTRY), 2, 2,
                12, new BigDecimal("4000.00"), new BigDecimal(rate), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                new BigDecimal("1500000.00"), null, null, null, null, null, null, null, null, Map.of(), Map.of());
    }

    @ParameterizedTest(name = "{1} of {0} is {2}")
    @CsvSource({
            "140000.00, 0.70, 98000.00",
            "146333.33, 0.70, 102433.33",
            "146333.35, 0.70, 102433.35",
            "0.05, 0.70, 0.04",      // 0.035 rounds half-up
            "0.01, 0.70, 0.01",      // 0.007 rounds up
            "100.00, 0.333, 33.30"})
    void the_pia_share_is_rounded_half_up_to_the_cent(String total, String rate, String share) {
        assertThat(withRate(rate).piaShareOf(new BigDecimal(total))).isEqualTo(new BigDecimal(share));
    }

    @Test
    void the_call_window_is_read_in_paris_time() {
        PromotionParameters p = withRate("0.70");
        assertThat(p.callOpensAt()).isEqualTo(Instant.parse("2018-05-03T22:00:00Z"));
        assertThat(p.callClosesAt()).isEqualTo(Instant.parse("2018-06-15T15:00:00Z"));
    }

    @Test
    void the_least_plausible_cost_is_the_net_salary_for_the_contract_per_eig() {
        assertThat(withRate("0.70").leastPlausibleEmployerCost(3)).isEqualByComparingTo("120000");
    }

    @Test
    void lists_answer_no_for_an_absent_value_instead_of_throwing() {
        assertThat(withRate("0.70").eligibleHostKinds().contains(null)).isFalse();
    }
}
