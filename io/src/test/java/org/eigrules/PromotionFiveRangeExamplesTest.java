package org.eigrules;

import org.eigrules.decision.AmountRange;
import org.eigrules.decision.CoFinancing;
import org.eigrules.io.ApplicationFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promotion 5 examples whose EIGs' bands are not all stated: their grant and host share are
 * ranges (FIN-11), which scenario files cannot state, so this test checks them to the cent. The
 * bounds were worked out by hand from the files' band costs: 3/10 of each EIG's cost, rounded
 * half-up per EIG, every unstated EIG in the cheaper band for the lower bound, in the dearer one
 * for the upper bound.
 */
class PromotionFiveRangeExamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // file, grant min, grant max, host min, host max
            "eligible/a-promotion-5-file-without-experience-bands-gets-a-range.yaml, 31200.04, 35000.02, 72800.06, 81666.68",
            "eligible/a-promotion-5-file-with-one-band-stated-gets-a-narrower-range.yaml, 33100.03, 35000.02, 77233.37, 81666.68",
            "eligible/a-promotion-5-self-funded-project-without-bands-pays-a-range.yaml, -, -, 104000.10, 116666.70",
            // Two EIGs at 56875.35 / 65000.15: 3/10 is 17062.605 and 19500.045, rounded up per EIG.
            "selected-p5/basegun.yaml, 34125.22, 39000.10, 79625.48, 91000.20",
            // Three EIGs at the same costs: the half cent is rounded on each EIG, not on the total.
            "selected-p5/green-data-for-health.yaml, 51187.83, 58500.15, 119438.22, 136500.30",
            // Three EIGs at 57120.00 / 65280.00, through the ministry carrying the operator.
            "selected-p5/gdr-sante.yaml, 51408.00, 58752.00, 119952.00, 137088.00",
            // Two EIGs at 55300.00 / 63200.00, by delegation (economic and financial ministries).
            "selected-p5/fabrique-numerique.yaml, 33180.00, 37920.00, 77420.00, 88480.00",
            // Ineligible (CHL-4): nothing granted, the host pays three EIGs at 56875.35 / 65000.15.
            "selected-p5/eig-link.yaml, -, -, 170626.05, 195000.45"})
    void a_promotion_5_file_with_unstated_bands_gets_its_ranges_to_the_cent(String file, String grantMin, String grantMax,
                                                                            String hostMin, String hostMax) throws IOException {
        CoFinancing money = EigRules.builtIn().evaluate(ApplicationFiles.read(java.nio.file.Path.of(System.getProperty("basedir", ".")).resolve("..").normalize().resolve("examples")
                .resolve(file))).coFinancing();
        assertThat(money.hostAmount()).isNull();
        assertThat(money.hostRange()).isEqualTo(range(hostMin, hostMax));
        if (grantMin == null) {
            // Nothing granted: no grant range, a zero grant, the host's whole cost as a range.
            assertThat(money.granted()).isFalse();
            assertThat(money.grantRange()).isNull();
            assertThat(money.grantAmount()).isEqualTo(new BigDecimal("0.00"));
            return;
        }
        assertThat(money.granted()).isTrue();
        assertThat(money.grantAmount()).isNull();
        assertThat(money.grantRange()).isEqualTo(range(grantMin, grantMax));
    }

    private static AmountRange range(String min, String max) {
        return new AmountRange(new BigDecimal(min), new BigDecimal(max));
    }
}
