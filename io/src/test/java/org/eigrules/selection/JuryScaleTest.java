package org.eigrules.selection;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.io.SelectionFiles;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.ruleset.RuleSet;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The défis' jury scale comes from the promotion's parameter file (selection.scores.*). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JuryScaleTest {

    private static final Path P4 = Path.of(System.getProperty("basedir", "."))
            .resolve("../selections/p4/the-seventeen-defis-fit-the-envelope.yaml").normalize();

    private static String p4Text() throws IOException {
        try (InputStream in = JuryScaleTest.class.getResourceAsStream("/org/eigrules/promotions/p4.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PromotionParameters p4(String text) throws IOException {
        return ParameterFiles.read("p4.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The selection with its first grid's first score replaced. */
    private static Selection firstScore(int score) {
        Selection given = SelectionFiles.read(P4).selection();
        List<JuryGrid> grids = new ArrayList<>(given.grids());
        JuryGrid first = grids.get(0);
        List<Integer> scores = new ArrayList<>(first.scores());
        scores.set(0, score);
        grids.set(0, new JuryGrid(first.application(), first.group(), first.groupRank(), scores, first.opinion(),
                first.favourite()));
        return new Selection(given.promotion(), given.applications(), grids, given.selected());
    }

    @Test
    void the_built_in_promotions_score_five_criteria_from_1_to_4() {
        for (int promotion : List.of(3, 4, 5)) {
            assertThat(org.eigrules.ruleset.CandidateKeys.juryScale(RuleSet.builtIn().parameters().get(promotion)))
                    .isEqualTo(new JuryScale(5, 1, 4));
        }
        assertThatThrownBy(() -> EigRules.builtIn().select(firstScore(5)))
                .isInstanceOf(InvalidSelectionException.class)
                .hasMessageContaining("grids[0].scores[0]: expected a score from 1 to 4 (criterion 1), found 5");
        assertThat(EigRules.builtIn().select(firstScore(1)).ranking()).isNotEmpty();
    }

    @Test
    void a_scale_the_parameter_file_widens_accepts_what_the_built_in_one_refuses() throws IOException {
        String text = p4Text();
        String widened = text.replaceFirst("(selection\\.scores\\.max:\\n    label:(?: \"[^\"]*\"|\\n      fr: \"[^\"]*\"\\n      en: \"[^\"]*\")\\n    value: )4", "$15");
        assertThat(widened).isNotEqualTo(text);
        EigRules rules = EigRules.of(RuleSet.builtIn().withParameters(p4(widened)));
        assertThat(rules.select(firstScore(5)).ranking()).isNotEmpty();
        assertThatThrownBy(() -> rules.select(firstScore(6)))
                .hasMessageContaining("expected a score from 1 to 5 (criterion 1), found 6");
    }

    @Test
    void without_a_scale_a_promotions_grids_cannot_be_checked_and_its_selection_is_refused() throws IOException {
        String without = p4Text().replaceAll("(?s)  selection\\.scores\\.criteria:.*?(?=  programme\\.contact:)", "");
        EigRules rules = EigRules.of(RuleSet.builtIn().withParameters(p4(without)));
        assertThatThrownBy(() -> rules.select(firstScore(4)))
                .isInstanceOf(InvalidSelectionException.class)
                .hasMessageContaining("promotion: promotion 4's parameter file gives no jury scale");
    }

    @Test
    void a_partial_or_upside_down_scale_is_refused_when_the_parameters_load() throws IOException {
        String text = p4Text();
        String partial = text.replaceAll("(?s)  selection\\.scores\\.min:.*?(?=  selection\\.scores\\.max:)", "");
        assertThatThrownBy(() -> p4(partial)).isInstanceOf(InvalidRuleSetException.class)
                .hasMessageContaining("a jury scale needs selection.scores.criteria, selection.scores.min and "
                        + "selection.scores.max together, found 2 of them");
        String upsideDown = text.replaceFirst("(selection\\.scores\\.min:\\n    label:(?: \"[^\"]*\"|\\n      fr: \"[^\"]*\"\\n      en: \"[^\"]*\")\\n    value: )1", "$14");
        assertThatThrownBy(() -> p4(upsideDown)).isInstanceOf(InvalidRuleSetException.class)
                .hasMessageContaining("the lowest score 4 is not below selection.scores.max 4");
    }
}
