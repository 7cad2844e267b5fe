package org.eigrules.selection;

import org.eigrules.ApplicationDraft;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.selection.SelectionDraft.selection;

/** How grids and the decided selection name a défi (SEL-1): by its name, typographic variants folded, or by its id, exactly. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SelectionNamesTest {

    private static final EigRules RULES = EigRules.builtIn();

    private static List<String> invalidPaths(SelectionDraft draft) {
        try {
            RULES.select(draft.build());
        } catch (InvalidSelectionException e) {
            return e.violations().stream().map(Violation::path).toList();
        }
        throw new AssertionError("expected an invalid selection");
    }

    @Test
    void a_grid_naming_Karfu_R_with_a_straight_apostrophe_grades_the_application_Karfu_R() {
        SelectionResult result = RULES.select(selection().defi("Karfu’R", "1000.00").defi("Plume", "1000.00")
                .grid("Karfu'R", "g", 1, 4, 4, 4, 4, 4).grid("plume", "g", 2, 3, 3, 3, 3, 3)
                .selected("KARFU'R", "  Plume ").build());
        // The ranking and the decided selection go by the applications' own names.
        assertThat(result.ranking()).extracting(RankedDefi::application).containsExactly("Karfu’R", "Plume");
        assertThat(result.ranked("Karfu’R").orElseThrow().grid().total()).isEqualTo(20);
        assertThat(result.notRanked()).isEmpty();
        assertThat(result.checks()).isEmpty();
    }

    @Test
    void dashes_quotes_and_a_combining_accent_name_the_same_defi() {
        SelectionResult result = RULES.select(selection().defi("GDR Santé", "1000.00").defi("Prev-AC-Tion", "1000.00")
                .defi("Défi «Test»", "1000.00")
                .grid("GDR Sante\u0301", "g", 1, 4, 4, 4, 4, 4).grid("Prev–AC—Tion", "g", 2, 3, 3, 3, 3, 3)
                .grid("défi “test”", "g", 3, 2, 2, 2, 2, 2).build());
        assertThat(result.ranking()).extracting(RankedDefi::application)
                .containsExactly("GDR Santé", "Prev-AC-Tion", "Défi «Test»");
    }

    @Test
    void two_grids_or_two_selected_entries_naming_one_defi_under_two_variants_are_one_defi_twice() {
        assertThat(invalidPaths(selection().defi("Karfu’R", "1000.00")
                .grid("Karfu’R", "g", 1, 4, 4, 4, 4, 4).grid("karfu'r", "h", 1, 3, 3, 3, 3, 3)))
                .containsExactly("grids[1].application");
        assertThat(invalidPaths(selection().defi("Karfu’R", "1000.00")
                .grid("Karfu’R", "g", 1, 4, 4, 4, 4, 4).selected("Karfu'R", "KARFU’R")))
                .containsExactly("selected[1]");
    }

    @Test
    void a_name_that_differs_by_more_than_typography_matches_nothing() {
        assertThat(invalidPaths(selection().defi("Karfu’R", "1000.00").grid("Karfu R", "g", 1, 4, 4, 4, 4, 4)
                .selected("KarfuR"))).containsExactly("grids[0].application", "selected[0]");
    }

    @Test
    void two_applications_whose_names_differ_only_by_typography_cannot_be_told_apart() {
        assertThat(invalidPaths(selection().defi("Karfu’R", "1000.00").defi("Karfu'R", "2000.00")
                .grid("Karfu'R", "g", 1, 4, 4, 4, 4, 4))).containsExactly("applications[1].challenge.name");
    }

    @Test
    void an_id_matches_exactly_and_before_a_name() {
        // "aap3-2018-0001" is not the id AAP3-2018-0001: ids are not folded.
        assertThat(invalidPaths(selection()
                .application(ApplicationDraft.eligible().with("challenge.name", "A").build().withId("AAP3-2018-0001"))
                .grid("aap3-2018-0001", "g", 1, 4, 4, 4, 4, 4))).containsExactly("grids[0].application");
        // An id that is also, folded, another défi's name stands for the défi it is the id of.
        SelectionResult result = RULES.select(selection()
                .application(ApplicationDraft.eligible().with("challenge.name", "A").build().withId("b"))
                .defi("B", "1000.00")
                .grid("b", "g", 1, 4, 4, 4, 4, 4).build());
        assertThat(result.ranking()).extracting(RankedDefi::application).containsExactly("A");
    }

    @Test
    void by_name_rewrites_each_reference_to_the_application_name() {
        Selection given = selection().defi("Karfu’R", "1000.00").grid("karfu'r", "g", 1, 4, 4, 4, 4, 4)
                .selected("Karfu‘R").build();
        Selection byName = SelectionInput.byName(given);
        assertThat(byName.grids()).extracting(JuryGrid::application).containsExactly("Karfu’R");
        assertThat(byName.selected()).containsExactly("Karfu’R");
        assertThat(SelectionInput.problems(given, new JuryScale(5, 1, 4))).isEmpty();
    }
}
