package org.eigrules.model;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApplicationTest {

    private static Application withTeamAndEigs(List<TeamMember> team, List<Eig> eigs) {
        return new Application(3, null, null, eigs, null, null, null, team, null, null, null);
    }

    @Test
    void lists_are_copied_so_the_caller_cannot_change_an_application_afterwards() {
        List<Eig> eigs = new ArrayList<>(List.of(new Eig(Profile.DESIGN, null)));
        Application a = withTeamAndEigs(null, eigs);
        eigs.add(new Eig(Profile.DEVELOPMENT, null));
        assertThat(a.eigCount()).isEqualTo(1);
        assertThatThrownBy(() -> a.eigs().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void absent_lists_stay_absent_rather_than_empty() {
        Application a = withTeamAndEigs(null, null);
        assertThat(a.eigs()).isNull();
        assertThat(a.team()).isNull();
        assertThat(a.eigCount()).isZero();
    }

    @Test
    void roles_are_counted_once_ignoring_case_and_spaces() {
        Application a = withTeamAndEigs(List.of(new TeamMember("a", "Lead", null), new TeamMember("b", " lead ", 10),
                new TeamMember("c", "data", 10)), null);
        assertThat(a.distinctTeamRoles()).isEqualTo(2);
        assertThat(a.everyTeamMemberHasRole()).isTrue();
        assertThat(a.teamDescribedWithRolesAndInvolvement()).isFalse();
    }

    @Test
    void profiles_are_counted_once() {
        Application a = withTeamAndEigs(null, List.of(new Eig(Profile.DESIGN, null), new Eig(Profile.DESIGN, null),
                new Eig(null, null)));
        assertThat(a.distinctEigProfiles()).isEqualTo(1);
    }
}
