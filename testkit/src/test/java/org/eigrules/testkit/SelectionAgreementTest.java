package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.model.Application;
import org.eigrules.oracle.HandWrittenSelection;
import org.eigrules.selection.RankedDefi;
import org.eigrules.selection.Selection;
import org.eigrules.selection.SelectionResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** The selection rules and the hand-written selection agree on generated promotion 3 selections. */
class SelectionAgreementTest {

    static final int PROMOTIONS = 200;

    @Test
    void the_rules_and_the_hand_written_selection_agree_on_generated_promotions() {
        agree(EigRules.builtIn(), HandWrittenSelection.ENVELOPES.get(3), 100, 20180704L, 0);
    }

    @Test
    void they_agree_with_an_envelope_that_binds_often() {
        agree(SelectionInvariantsTest.withEnvelope("300000.00"), new java.math.BigDecimal("300000.00"), PROMOTIONS,
                20200325L, PROMOTIONS / 5);
    }

    private static void agree(EigRules rules, java.math.BigDecimal envelope, int promotions, long seed, int binding) {
        AtomicInteger compared = new AtomicInteger();
        AtomicInteger bound = new AtomicInteger();
        qt().withExamples(promotions).withFixedSeed(seed)
                .forAll(SelectionGenerators.selections(rules.parameters(3), 2, 30)).checkAssert(s -> {
                    SelectionResult result = rules.select(s);
                    HandWrittenSelection.Outcome oracle = HandWrittenSelection.select(names(s), eigs(s),
                            rules.evaluateAll(s.applications()), s.grids(), s.selected(), envelope);
                    assertThat(result.ranking()).extracting(r -> new HandWrittenSelection.Line(r.application(), r.rank(),
                            r.status().name(), r.grantAmount(), r.cumulated())).as("ranking").isEqualTo(oracle.ranking());
                    assertThat(result.notRanked()).extracting(n -> n.application()).as("not ranked")
                            .isEqualTo(oracle.notRanked());
                    assertThat(result.ties()).as("ties").isEqualTo(oracle.ties());
                    assertThat(result.envelope().used()).as("used").isEqualTo(oracle.used());
                    assertThat(result.envelope().remaining()).as("remaining").isEqualTo(oracle.remaining());
                    assertThat(result.totals().defis()).isEqualTo(oracle.coveredDefis());
                    assertThat(result.totals().eigs()).isEqualTo(oracle.coveredEigs());
                    assertThat(result.selected() == null ? null : result.selected().grantAmount())
                            .isEqualTo(oracle.selectedMoney());
                    assertThat(result.checks()).extracting(c -> c.kind() + " " + c.application()).as("checks")
                            .containsExactlyInAnyOrderElementsOf(oracle.checks());
                    if (result.ranking().stream().anyMatch(r -> r.status() != org.eigrules.selection.Status.COVERED
                            && r.status() != org.eigrules.selection.Status.UNFAVOURABLE)) {
                        bound.incrementAndGet();
                    }
                    compared.incrementAndGet();
                });
        assertThat(compared.get()).isGreaterThanOrEqualTo(promotions);
        // The generated promotions must often press on the envelope, or the walk is barely tested.
        assertThat(bound.get()).as("promotions where the envelope binds").isGreaterThanOrEqualTo(binding);
    }

    @Test
    void they_agree_when_no_envelope_applies() {
        EigRules rules = SelectionInvariantsTest.withoutEnvelope();
        qt().withExamples(60).withFixedSeed(20210505L)
                .forAll(SelectionGenerators.selections(rules.parameters(3), 2, 20)).checkAssert(s -> {
                    SelectionResult result = rules.select(s);
                    HandWrittenSelection.Outcome oracle = HandWrittenSelection.select(names(s), eigs(s),
                            rules.evaluateAll(s.applications()), s.grids(), s.selected(), null);
                    assertThat(result.envelope()).isNull();
                    assertThat(result.ranking()).extracting(RankedDefi::status).extracting(Enum::name)
                            .isEqualTo(oracle.ranking().stream().map(HandWrittenSelection.Line::status).toList());
                });
    }

    static List<String> names(Selection s) {
        return s.applications().stream().map(a -> a.challenge().name()).toList();
    }

    static List<Integer> eigs(Selection s) {
        return s.applications().stream().map(Application::eigCount).toList();
    }
}
