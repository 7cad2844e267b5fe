package org.eigrules.properties;

import org.eigrules.EigRules;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.eigrules.model.BodyKind;
import org.eigrules.model.FundingCarrier;
import org.eigrules.model.Host;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

/** Properties of the promotion 3 policy that must hold for every well-formed application. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PolicyPropertiesTest {

    private static final int EXAMPLES = 3000;
    private final EigRules rules = EigRules.builtIn();
    private final BigDecimal rate = rules.parameters(3).piaRate();

    @Test
    void the_generated_applications_reach_every_verdict_and_both_sides_of_co_financing() {
        EnumSet<Verdict> seen = EnumSet.noneOf(Verdict.class);
        boolean[] granted = new boolean[2];
        qt().withExamples(EXAMPLES).forAll(Generators.applications()).checkAssert(a -> {
            Decision d = rules.evaluate(a);
            seen.add(d.verdict());
            granted[d.coFinancing().granted() ? 1 : 0] = true;
        });
        assertThat(seen).containsExactlyInAnyOrder(Verdict.values());
        assertThat(granted).containsExactly(true, true);
    }

    @Test
    void co_financing_granted_implies_an_eligible_defi() {
        qt().withExamples(EXAMPLES).forAll(Generators.applications()).checkAssert(a -> {
            Decision d = rules.evaluate(a);
            if (d.coFinancing().granted()) {
                assertThat(d.verdict()).isEqualTo(Verdict.ELIGIBLE);
            }
        });
    }

    @Test
    void a_territorial_authority_or_health_establishment_without_a_ministry_carrier_never_gets_pia_money() {
        Gen<BodyKind> localKinds = Generators.oneOf(BodyKind.TERRITORIAL_AUTHORITY, BodyKind.HEALTH_ESTABLISHMENT);
        Gen<FundingCarrier> notAMinistry = Generators.sometimesAbsent(arbitrary().enumValues(BodyKind.class)
                .assuming(kind -> kind != BodyKind.MINISTRY).map(kind -> new FundingCarrier("Porteur", kind)), 2);
        qt().withExamples(EXAMPLES)
                .forAll(Generators.applications().zip(localKinds, notAMinistry, (a, kind, carrier) -> new Application(
                        a.promotion(), a.receivedAt(), a.challenge(), a.eigs(), new Host("Collectivité", kind, null),
                        carrier, a.mentors(), a.team(), a.commitments(), a.documents(), a.funding())))
                .checkAssert(a -> {
                    CoFinancing co = rules.evaluate(a).coFinancing();
                    assertThat(co.granted()).isFalse();
                    assertThat(co.recipient()).isNull();
                    if (co.piaAmount() != null) {
                        assertThat(co.piaAmount()).isZero();
                    }
                });
    }

    @Test
    void pia_and_host_amounts_add_up_to_the_total_to_the_cent_and_pia_never_exceeds_its_rate() {
        qt().withExamples(EXAMPLES).forAll(Generators.applications())
                .assuming(a -> a.funding() != null && a.funding().totalEmployerCost() != null)
                .checkAssert(a -> {
                    CoFinancing co = rules.evaluate(a).coFinancing();
                    BigDecimal total = a.funding().totalEmployerCost();
                    assertThat(co.piaAmount().scale()).isEqualTo(2);
                    assertThat(co.hostAmount().scale()).isEqualTo(2);
                    assertThat(co.piaAmount().add(co.hostAmount())).isEqualByComparingTo(total);
                    assertThat(co.piaAmount()).isLessThanOrEqualTo(total.multiply(rate).setScale(2, RoundingMode.HALF_UP));
                    assertThat(co.piaAmount().signum()).isGreaterThanOrEqualTo(0);
                    assertThat(co.hostAmount().signum()).isGreaterThanOrEqualTo(0);
                });
    }

    @Test
    void evaluating_the_same_application_twice_gives_equal_decisions() {
        qt().withExamples(EXAMPLES).forAll(Generators.applications())
                .checkAssert(a -> assertThat(rules.evaluate(a)).isEqualTo(rules.evaluate(a)));
    }

    @Test
    void every_verdict_explains_itself() {
        qt().withExamples(EXAMPLES).forAll(Generators.applications()).checkAssert(a -> {
            Decision d = rules.evaluate(a);
            switch (d.verdict()) {
                case INELIGIBLE -> assertThat(d.reasons()).isNotEmpty();
                case INCOMPLETE -> assertThat(d.missing()).isNotEmpty().allSatisfy(m -> assertThat(d.reasons()).isEmpty());
                case ELIGIBLE -> {
                    assertThat(d.reasons()).isEmpty();
                    assertThat(d.missing()).isEmpty();
                }
            }
        });
    }

    @Test
    void the_receipt_offset_never_changes_the_verdict_for_the_same_instant() {
        qt().withExamples(EXAMPLES).forAll(Generators.applications())
                .assuming(a -> a.receivedAt() != null)
                .checkAssert(a -> {
                    Application inTokyo = new Application(a.promotion(),
                            a.receivedAt().withOffsetSameInstant(java.time.ZoneOffset.ofHours(9)), a.challenge(),
                            a.eigs(), a.host(), a.fundingCarrier(), a.mentors(), a.team(), a.commitments(),
                            a.documents(), a.funding());
                    assertThat(rules.evaluate(inTokyo).verdict()).isEqualTo(rules.evaluate(a).verdict());
                });
    }
}
