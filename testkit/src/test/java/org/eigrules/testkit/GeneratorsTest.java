package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.eigrules.model.Profile;
import org.eigrules.promotion.PromotionParameters;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/** The kit's generators produce what they promise, at the limits, and shrink to small counterexamples. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GeneratorsTest {

    private final EigRules rules = EigRules.builtIn();
    private final PromotionParameters p3 = rules.parameters(3);

    private <T> List<T> sample(Gen<T> gen, int count) {
        List<T> values = new ArrayList<>();
        qt().withFixedSeed(1).withExamples(count).forAll(gen).checkAssert(values::add);
        return values;
    }

    @Test
    void eligible_applications_are_eligible() {
        qt().withExamples(1000).forAll(EigGenerators.eligibleApplications(p3))
                .checkAssert(a -> assertThat(rules.evaluate(a).verdict()).isEqualTo(Verdict.ELIGIBLE));
    }

    @Test
    void eligible_applications_reach_the_limits_the_clauses_allow() {
        List<Application> sample = sample(EigGenerators.eligibleApplications(p3), 2000);
        assertThat(sample).anyMatch(a -> a.receivedAt().toInstant().equals(p3.callClosesAt()));
        assertThat(sample).anyMatch(a -> a.receivedAt().toInstant().equals(p3.callOpensAt()));
        assertThat(sample).anyMatch(a -> a.challenge().durationMonths().equals(p3.contractMonths()));
        assertThat(sample).anyMatch(a -> a.documents().pitchSlides().equals(p3.maxPitchSlides()));
        assertThat(sample).anyMatch(a -> a.eigCount() == p3.maxEigs());
        assertThat(sample).anyMatch(a -> a.funding().totalEmployerCost()
                .compareTo(p3.leastPlausibleEmployerCost(a.eigCount())) == 0);
        assertThat(sample).anyMatch(a -> a.funding().requested() != null
                && a.funding().requested().compareTo(p3.piaShareOf(a.funding().totalEmployerCost())) == 0);
    }

    @Test
    void receipt_times_at_the_call_limits_are_one_second_either_side_in_several_offsets() {
        List<OffsetDateTime> times = sample(EigGenerators.receiptTimesAtTheCallLimits(p3), 500);
        Set<Instant> instants = new HashSet<>();
        Set<ZoneOffset> offsets = new HashSet<>();
        times.forEach(t -> {
            instants.add(t.toInstant());
            offsets.add(t.getOffset());
        });
        assertThat(instants).containsExactlyInAnyOrder(p3.callOpensAt().minusSeconds(1), p3.callOpensAt(),
                p3.callOpensAt().plusSeconds(1), p3.callClosesAt().minusSeconds(1), p3.callClosesAt(),
                p3.callClosesAt().plusSeconds(1));
        assertThat(offsets).hasSizeGreaterThanOrEqualTo(5);
        assertThat(times).allSatisfy(t -> assertThat(EigGenerators.inWindow(t, p3))
                .isEqualTo(!t.toInstant().isBefore(p3.callOpensAt()) && !t.toInstant().isAfter(p3.callClosesAt())));
    }

    @Test
    void totals_at_rounding_boundaries_put_the_pia_share_on_a_half_cent() {
        BigDecimal rate = p3.piaRate();
        assertThat(sample(EigGenerators.totalsAtRoundingBoundaries(rate, 8_000_000, 20_000_000), 300))
                .allSatisfy(total -> assertThat(total.multiply(rate).movePointRight(3)
                        .remainder(BigDecimal.TEN).intValue()).isEqualTo(5));
    }

    @Test
    void team_sizes_at_the_range_ends_are_one_below_both_ends_and_one_above() {
        assertThat(new HashSet<>(sample(EigGenerators.teamSizesAtRangeEnds(p3), 200))).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void every_domain_type_has_a_generator() {
        assertThat(sample(EigGenerators.bodyKinds(), 200)).hasSizeGreaterThan(0);
        assertThat(new HashSet<>(sample(EigGenerators.profiles(), 500))).containsExactlyInAnyOrder(Profile.values());
        assertThat(sample(EigGenerators.fundingModes(), 10)).doesNotContainNull();
        assertThat(sample(EigGenerators.challenges(), 10)).doesNotContainNull();
        assertThat(sample(EigGenerators.eigs(), 10)).doesNotContainNull();
        assertThat(sample(EigGenerators.hosts(), 10)).doesNotContainNull();
        assertThat(sample(EigGenerators.fundingCarriers(), 10)).doesNotContainNull();
        assertThat(sample(EigGenerators.mentors(), 10)).doesNotContainNull();
        assertThat(sample(EigGenerators.teamMembers(), 10)).doesNotContainNull();
        assertThat(sample(EigGenerators.commitments(), 10)).doesNotContainNull();
        assertThat(sample(EigGenerators.documents(), 10)).doesNotContainNull();
        assertThat(sample(EigGenerators.funding(p3), 10)).doesNotContainNull();
        assertThat(sample(EigGenerators.applications(p3), 100)).allSatisfy(a -> assertThat(rules.violations(a)).isEmpty());
    }

    @Test
    void the_chl_4_breakage_draws_the_profiles_promotion_3_does_not_recruit_product_management_included() {
        Set<Profile> drawn = new HashSet<>();
        for (Breakages.Broken broken : sample(Breakages.failingExactly("CHL-4", p3), 300)) {
            assertThat(rules.evaluate(broken.broken()).failedClauses()).containsExactly("CHL-4");
            broken.broken().eigs().forEach(e -> drawn.add(e.profile()));
        }
        assertThat(drawn).contains(Profile.DIGITAL_LAW, Profile.PRODUCT_MANAGEMENT);
    }

    @Test
    void later_call_applications_draw_product_management_and_it_fails_chl_4() {
        for (int promotion : new int[]{4, 5}) {
            List<Application> withIt = sample(LaterCallGenerators.applications(rules.parameters(promotion)), 500).stream()
                    .filter(a -> a.eigs() != null && a.eigs().stream()
                            .anyMatch(e -> e != null && e.profile() == Profile.PRODUCT_MANAGEMENT))
                    .toList();
            assertThat(withIt).as("promotion %d", promotion).isNotEmpty()
                    .allSatisfy(a -> assertThat(rules.evaluate(a).failedClauses()).contains("CHL-4"));
        }
    }

    @Test
    void a_false_property_shrinks_to_a_small_readable_counterexample() {
        assertThatThrownBy(() -> qt().withFixedSeed(3).forAll(EigGenerators.eligibleApplications(p3))
                .check(a -> a.eigCount() < p3.maxEigs()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Smallest found falsifying value")
                .hasMessageContaining("Défi 1,")
                .hasMessageContaining("mission 3, experienceBand=null]]");
    }

    @Test
    void a_promotion_without_the_values_the_clauses_need_cannot_give_eligible_applications() {
        assertThatThrownBy(() -> EigGenerators.eligibleApplications(rules.ruleSet().parameters().get(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("promotion 5 does not define");
    }

    @Test
    void applications_change_one_field_by_its_path() {
        Application a = sample(EigGenerators.eligibleApplications(p3), 1).get(0);
        assertThat(Applications.with(a, "eigs[0].profile", Profile.DESIGN).eigs().get(0).profile()).isEqualTo(Profile.DESIGN);
        assertThat(Applications.without(a, "mentors.highLevel").mentors().highLevel()).isNull();
        assertThat(Applications.get(a, "challenge.name")).isEqualTo(a.challenge().name());
        assertThatThrownBy(() -> Applications.with(a, "challenge.colour", "blue"))
                .hasMessageContaining("Challenge has no field colour");
    }
}
