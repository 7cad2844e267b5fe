package org.eigrules.candidacy;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CND-10 and CND-14: totals out of 20 in P4 and P5, one list per défi and profile, ties reported, never broken. */
class CandidateRankingsTest {

    private static Audition audition(String name, String defi, String profile, Integer... scores) {
        return new Audition(name, defi, profile, List.of(scores));
    }

    @Test
    void each_defi_and_profile_gets_its_own_list_best_total_first_with_ties_sharing_a_rank() {
        CandidateRanking ranking = EigRules.builtIn().rankCandidates(new CandidateJury(4, List.of(
                audition("Chloé", "LABEL", "DEVELOPMENT", 2, 3, 3, 3, 3),
                audition("Ana", "LABEL", "DEVELOPMENT", 4, 4, 3, 4, 3),
                audition("Ben", "LABEL", "DEVELOPMENT", 4, 3, 4, 4, 3),
                audition("Dan", "LABEL", "DESIGN", 4, 4, 4, 4, 4),
                audition("Eve", "Enki", "DEVELOPMENT", 0, 0, 0, 0, 0))));
        assertThat(ranking.lists()).extracting(l -> l.defi() + "/" + l.profile())
                .containsExactly("LABEL/DEVELOPMENT", "LABEL/DESIGN", "Enki/DEVELOPMENT");
        CandidateRanking.RankedList dev = ranking.lists().get(0);
        assertThat(dev.ranking()).extracting(r -> r.candidate() + " " + r.rank() + " " + r.total())
                .containsExactly("Ana 1 18", "Ben 1 18", "Chloé 3 14");
        assertThat(dev.ties()).containsExactly(List.of("Ana", "Ben"));
        assertThat(ranking.lists().get(1).ranking()).extracting(CandidateRanking.Ranked::total).containsExactly(20);
        assertThat(ranking.lists().get(1).ties()).isEmpty();
        // The order inside a tie is the file's, not a hidden tie-break: swapping them swaps it.
        CandidateRanking swapped = EigRules.builtIn().rankCandidates(new CandidateJury(5, List.of(
                audition("Ben", "P", "DESIGN", 4, 3, 4, 4, 3), audition("Ana", "P", "DESIGN", 4, 4, 3, 4, 3))));
        assertThat(swapped.lists().get(0).ties()).containsExactly(List.of("Ben", "Ana"));
    }

    @Test
    void marks_outside_the_scale_or_a_wrong_count_are_refused_at_their_path() {
        assertThatThrownBy(() -> EigRules.builtIn().rankCandidates(new CandidateJury(5, List.of(
                audition("Ana", "P", null, 4, 5, 4, 4, -1), audition("Ben", "P", null, 4, 4, 4, 4),
                audition("Ana", "P", null, 4, 4, 4, 4, 4)))))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("auditions[0].scores[1]", "auditions[0].scores[4]",
                                "auditions[1].scores", "auditions[2].candidate"));
        EigRules.builtIn().rankCandidates(new CandidateJury(5, List.of(audition("Ana", "P", null, 4, 4, 4, 4, 4))));
    }

    @Test
    void promotions_whose_sources_give_no_scale_are_not_ranked() {
        for (int p : new int[]{2, 3}) {
            assertThatThrownBy(() -> EigRules.builtIn().rankCandidates(new CandidateJury(p, List.of(
                    audition("Ana", "DataJust", null, 4, 4, 4, 4, 4)))))
                    .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("no score scale");
        }
    }
}
