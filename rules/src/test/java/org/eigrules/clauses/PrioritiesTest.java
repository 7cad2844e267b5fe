package org.eigrules.clauses;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.DecisionAssert.assertThat;
import static org.eigrules.Evaluation.evaluate;

/** PRI-1 … PRI-4: priorities rank défis and never exclude one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PrioritiesTest {

    @Test
    void a_defi_without_any_plus_has_no_priority() {
        assertThat(evaluate(eligible())).isEligible().hasPriorities();
    }

    @Test
    void PRI_1_a_data_science_defi() {
        assertThat(evaluate(eligible().with("challenge.dataScience", true))).hasPriorities("PRI-1");
    }

    @Test
    void PRI_2_a_defi_linked_to_action_publique_2022() {
        assertThat(evaluate(eligible().with("challenge.linkedToAp2022", true))).hasPriorities("PRI-2");
    }

    @Test
    void PRI_3_a_defi_opening_data_or_improving_its_governance() {
        assertThat(evaluate(eligible().with("challenge.openDataOrDataGovernance", true))).hasPriorities("PRI-3");
    }

    @Test
    void PRI_4_complementary_profiles() {
        assertThat(evaluate(eligible().with("eigs[1].profile", "DESIGN"))).hasPriorities("PRI-4");
    }

    @Test
    void PRI_4_a_team_described_with_roles_and_involvement() {
        assertThat(evaluate(eligible().with("team[0].involvementPercent", 50).with("team[1].involvementPercent", 20)))
                .hasPriorities("PRI-4");
    }

    @Test
    void PRI_4_a_team_with_one_involvement_missing_is_not_described() {
        assertThat(evaluate(eligible().with("team[0].involvementPercent", 50))).hasPriorities();
    }

    @Test
    void PRI_4_datasets_to_open() {
        assertThat(evaluate(eligible().with("challenge.datasetsToOpen", List.of("heritage sites")))).hasPriorities("PRI-4");
    }

    @Test
    void PRI_4_partners() {
        assertThat(evaluate(eligible().with("challenge.partners", List.of("Ministère des Armées")))).hasPriorities("PRI-4");
    }

    @Test
    void every_priority_at_once_is_listed_once_each_in_order() {
        assertThat(evaluate(eligible().with("challenge.partners", List.of("x")).with("challenge.datasetsToOpen", List.of("y"))
                .with("challenge.openDataOrDataGovernance", true).with("challenge.linkedToAp2022", true)
                .with("challenge.dataScience", true)))
                .hasPriorities("PRI-1", "PRI-2", "PRI-3", "PRI-4");
    }

    @Test
    void priorities_do_not_save_an_ineligible_defi() {
        assertThat(evaluate(eligible().with("challenge.dataScience", true).with("host.kind", "COMPANY")
                .with("eigs[1]", Map.of("profile", "DESIGN"))))
                .isIneligibleFor("ADM-1").hasPriorities("PRI-1", "PRI-4");
    }
}
