package org.eigrules.candidacy;

import org.eigrules.EigRules;
import org.eigrules.decision.Remedy;
import org.eigrules.decision.Verdict;
import org.eigrules.io.CandidacyFiles;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Candidacies' decisions say what would satisfy each failing clause and each missing field. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CandidacyRemediesTest {

    private static final EigRules RULES = EigRules.builtIn();

    static Stream<Path> bundledCandidacies() throws IOException {
        Path folder = Path.of(System.getProperty("basedir", ".")).resolve("../candidacies").normalize();
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledCandidacies")
    void every_reason_and_missing_field_of_a_bundled_candidacy_has_a_remedy(Path file) throws IOException {
        CandidacyDecision decision = RULES.evaluate(CandidacyFiles.read(file));
        decision.failedClauses().forEach(clause -> assertThat(decision.remedies())
                .as("remedy for %s", clause).anyMatch(r -> r.clause().equals(clause)));
        decision.missing().forEach(m -> assertThat(decision.remedies()).as("remedy for %s", m.field())
                .anyMatch(r -> r.field().equals(m.field()) && r.clause().equals(m.clause())));
        decision.remedies().forEach(r -> assertThat(r.message().en()).isNotBlank().doesNotStartWith("["));
        decision.remedies().forEach(r -> assertThat(r.message().fr()).isNotBlank().doesNotStartWith("["));
    }

    @Test
    void leaving_the_post_the_day_before_the_cut_off_day_satisfies_cnd_2() {
        CandidacyDecision inPost = RULES.evaluate(CandidacyDraft.eligible(3).civilServant(true, "2018-12-15").build());
        Remedy remedy = inPost.remedies().get(0);
        assertThat(remedy.field()).isEqualTo("publicService.leavesPostOn");
        assertThat(remedy.values()).containsExactly("2018-12-14");
        assertThat(RULES.evaluate(CandidacyDraft.eligible(3).civilServant(true, (String) remedy.values().get(0)).build())
                .verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void a_late_candidacy_is_told_the_closing_instant_and_meets_it() {
        CandidacyDecision late = RULES.evaluate(CandidacyDraft.eligible(4).receivedAt("2020-06-07T22:00:01Z").build());
        Remedy remedy = late.remedies().get(0);
        assertThat(remedy.values()).containsExactly("2020-06-07T23:00:00+01:00");
        assertThat(remedy.message().en()).isEqualTo("Have the candidacy received by 7 June 2020 at 23:00:00 (UTC+01:00).");
        assertThat(RULES.evaluate(CandidacyDraft.eligible(4).receivedAt((String) remedy.values().get(0)).build())
                .verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void an_eligible_candidacy_has_no_remedy() {
        assertThat(RULES.evaluate(CandidacyDraft.eligible(5).build()).remedies()).isEmpty();
    }
}
