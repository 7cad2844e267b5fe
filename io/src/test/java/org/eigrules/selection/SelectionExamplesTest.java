package org.eigrules.selection;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.eigrules.io.SelectionFiles;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled selection examples (selections/) give what their comments say. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SelectionExamplesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("../selections")
            .normalize();

    private static SelectionResult select(String file) {
        return EigRules.builtIn().select(SelectionFiles.read(EXAMPLES.resolve(file)).selection());
    }

    private static List<String> statuses(SelectionResult result) {
        return result.ranking().stream().map(r -> r.application() + " " + r.rank() + " " + r.status()).toList();
    }

    @Test
    void the_fifteen_promotion_3_defis_fit_the_envelope() {
        SelectionResult result = select("p3/the-fifteen-defis-fit-the-envelope.yaml");
        assertThat(result.ranking()).hasSize(15).extracting(RankedDefi::status).containsOnly(Status.COVERED);
        assertThat(result.notRanked()).isEmpty();
        assertThat(result.ties()).containsExactly(List.of("Open Chronic", "Plume"), List.of("CibNav", "ExploCode"));
        assertThat(result.totals().defis()).isEqualTo(15);
        assertThat(result.totals().eigs()).isEqualTo(32);
        assertThat(result.envelope().used()).hasToString("1445500.00");
        assertThat(result.envelope().remaining()).hasToString("54500.00");
        assertThat(result.checks()).isEmpty();
        assertThat(result.selected().defis()).isEqualTo(15);
    }

    @Test
    void the_fifteen_overflow_the_envelope_when_plume_asks_for_pia_money() {
        SelectionResult result = select("p3/the-fifteen-defis-overflow-the-envelope-when-plume-asks-for-pia-money.yaml");
        assertThat(statuses(result)).endsWith("Polygraphe 13 COVERED", "DataReg 14 NOT_COVERED", "EIG Link 15 COVERED");
        assertThat(result.envelope().used()).hasToString("1495200.00");
        assertThat(result.envelope().remaining()).hasToString("4800.00");
        assertThat(result.totals().defis()).isEqualTo(14);
        assertThat(result.checks()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(SelectionCheck.Kind.OVER_ENVELOPE);
            assertThat(c.note().message(org.eigrules.decision.Language.EN)).contains("€1,598,800.00").contains("€98,800.00");
        });
    }

    @Test
    void the_seventeen_promotion_4_defis_fit_programme_352s_envelope() {
        SelectionResult result = select("p4/the-seventeen-defis-fit-the-envelope.yaml");
        assertThat(result.ranking()).hasSize(17).extracting(RankedDefi::status).containsOnly(Status.COVERED);
        assertThat(result.notRanked()).isEmpty();
        assertThat(result.ties()).containsExactly(List.of("Datalympics", "SEDAccord"));
        assertThat(result.totals().defis()).isEqualTo(17);
        assertThat(result.totals().eigs()).isEqualTo(41);
        // Thirteen grants of programme 352: the four self-funded défis use none of the envelope; the
        // two of the economic and financial ministries get theirs like the others (FIN-12).
        assertThat(result.envelope().used()).hasToString("853146.68");
        assertThat(result.envelope().remaining()).hasToString("646853.32");
        assertThat(result.checks()).isEmpty();
    }

    @Test
    void the_seventeen_promotion_4_defis_overflow_the_envelope_when_their_costs_are_inflated() {
        SelectionResult result = select("p4/the-seventeen-defis-overflow-the-envelope-when-their-costs-are-inflated.yaml");
        assertThat(statuses(result)).endsWith("Open Collectivités 12 COVERED", "France Transition 13 NOT_COVERED",
                "Datalympics 14 COVERED", "SEDAccord 14 NOT_COVERED", "SSP Datalab 16 NOT_COVERED", "CapQualif 17 COVERED");
        assertThat(result.envelope().used()).hasToString("1492233.32");
        assertThat(result.envelope().remaining()).hasToString("7766.68");
        assertThat(result.totals().defis()).isEqualTo(14);
        assertThat(result.totals().eigs()).isEqualTo(34);
        assertThat(result.checks()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(SelectionCheck.Kind.OVER_ENVELOPE);
            assertThat(c.note().message(org.eigrules.decision.Language.EN)).contains("€1,867,566.66").contains("€367,566.66");
        });
    }

    /**
     * The invented grids give the same order whether the ranks in the groups or the totals are
     * compared first (their header says how), so this holds under either reading of SEL-4.
     */
    @Test
    void the_sixteen_promotion_5_projects_need_no_envelope_and_the_selected_eig_link_is_not_eligible() {
        SelectionResult result = select("p5/the-sixteen-projects-with-no-envelope.yaml");
        assertThat(statuses(result)).containsExactly("Basegun 1 COVERED", "Green Data for Health 2 COVERED",
                "GDR Santé 3 COVERED", "e-PSHAD 4 COVERED", "DataRH 5 COVERED", "TRISTAN 6 COVERED", "Cyberimpact 7 COVERED",
                "Mes services Greentech 8 COVERED", "DaSES 9 COVERED", "BatID 10 COVERED", "Décos 11 COVERED",
                "UrssafassuR 12 COVERED", "Fabrique numérique 13 COVERED", "Prev-AC-Tion 14 COVERED", "SMASH 15 COVERED");
        assertThat(result.ties()).isEmpty();
        assertThat(result.envelope()).isNull();
        assertThat(result.notes()).extracting(SelectionNote::clause).contains("SEL-5");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.message(org.eigrules.decision.Language.EN))
                .startsWith("no envelope applies"));
        assertThat(result.notRanked()).singleElement().satisfies(n -> {
            assertThat(n.application()).isEqualTo("EIG Link");
            assertThat(n.why().clause()).isEqualTo("SEL-2");
            assertThat(n.decision().failedClauses()).containsExactly("CHL-4");
        });
        // Ranges count at their upper bound: fifteen projects, 36 EIGs.
        assertThat(result.totals()).isEqualTo(new Totals(15, 36, new java.math.BigDecimal("698232.70"),
                new java.math.BigDecimal("1629209.40")));
        // The decided selection adds EIG Link: three more EIGs, no programme money, its host's whole cost.
        assertThat(result.selected()).isEqualTo(new Totals(16, 39, new java.math.BigDecimal("698232.70"),
                new java.math.BigDecimal("1824209.85")));
        assertThat(result.checks()).extracting(c -> c.kind() + " " + c.application()).containsExactly("NOT_ELIGIBLE EIG Link");
    }

    @Test
    void SEL_1_a_grid_with_a_score_of_five_or_a_rank_repeated_in_its_group_is_invalid() {
        assertThatThrownBy(() -> select("clauses/a-grid-with-a-score-of-five-or-a-rank-repeated-in-its-group-is-invalid.yaml"))
                .isInstanceOfSatisfying(InvalidSelectionException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("grids[0].scores[1]", "grids[1].groupRank", "grids[1].scores"));
    }

    @Test
    void SEL_2_an_ineligible_defi_is_reported_with_its_clauses_and_not_ranked() {
        SelectionResult result = select("clauses/an-ineligible-defi-is-reported-with-its-clauses-and-not-ranked.yaml");
        assertThat(statuses(result)).containsExactly("DataJust 1 COVERED");
        assertThat(result.notRanked()).singleElement().satisfies(n -> {
            assertThat(n.why().clause()).isEqualTo("SEL-2");
            assertThat(n.decision().failedClauses()).containsExactly("CAL-1");
        });
    }

    @Test
    void SEL_3_an_unfavourable_opinion_is_ranked_but_not_proposed() {
        assertThat(statuses(select("clauses/an-unfavourable-opinion-is-ranked-but-not-proposed.yaml")))
                .containsExactly("IA Flash 1 UNFAVOURABLE", "Polygraphe 2 COVERED");
    }

    @Test
    void SEL_4_the_favourite_comes_first_then_the_rank_in_the_group_then_the_total_then_impact_and_the_rest_is_a_tie() {
        SelectionResult result = select("clauses/the-favourite-comes-first-then-the-rank-in-the-group-then-the-total-"
                + "then-impact-and-the-rest-is-a-tie.yaml");
        // ExploCode's 18 is the best total, yet its group put it second, after DataJust (15).
        assertThat(result.ranking()).extracting(r -> r.application() + " " + r.rank()).containsExactly("LexImpact 1",
                "CibNav 2", "DataJust 3", "CartoBio 4", "ExploCode 5", "Open Chronic 5");
        assertThat(result.ties()).containsExactly(List.of("ExploCode", "Open Chronic"));
    }

    @Test
    void SEL_5_a_defi_the_envelope_cannot_cover_is_skipped_and_a_smaller_one_below_fits() {
        SelectionResult result = select("clauses/a-defi-the-envelope-cannot-cover-is-skipped-and-a-smaller-one-below-fits.yaml");
        assertThat(statuses(result)).containsExactly("Défi A (invented) 1 COVERED", "Défi B (invented) 2 COVERED",
                "Défi C (invented) 3 NOT_COVERED", "Défi D (invented) 4 COVERED");
        assertThat(result.envelope().remaining()).hasToString("30000.00");
    }

    @Test
    void SEL_5_a_tie_that_straddles_the_envelope_is_left_to_people() {
        SelectionResult result = select("clauses/a-tie-that-straddles-the-envelope-is-left-to-people.yaml");
        assertThat(statuses(result)).containsExactly("Défi A (invented) 1 COVERED", "Défi B (invented) 2 COVERED",
                "Défi D (invented) 3 TIE_AT_LIMIT", "Défi E (invented) 3 TIE_AT_LIMIT", "Défi F (invented) 5 COVERED");
    }

    @Test
    void SEL_6_a_decided_selection_is_checked_against_the_grids_the_ranking_and_the_envelope() {
        SelectionResult result = select("clauses/a-decided-selection-is-checked-against-the-grids-the-ranking-and-the-envelope.yaml");
        assertThat(result.checks()).extracting(c -> c.kind() + " " + c.application()).containsExactlyInAnyOrder(
                "NOT_ELIGIBLE Défi reçu en retard (invented)", "UNFAVOURABLE Défi E (invented)", "NO_GRID Défi C (invented)",
                "OVER_ENVELOPE null", "LEFT_OUT Défi D (invented)");
        assertThat(result.selected().grantAmount()).hasToString("1680000.00");
    }
}
