package org.eigrules.bench;

import org.eigrules.EigRules;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench's workloads are what the report says they are; no timing is measured here. */
class WorkloadTest {

    private static final EigRules RULES = EigRules.builtIn();

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void applicationsAreOfTheirPromotionWellFormedAndOfSeveralVerdicts(int promotion) {
        List<Application> applications = Workload.applications(promotion, 60);

        assertThat(applications).hasSize(60).allSatisfy(a -> assertThat(a.promotion()).isEqualTo(promotion));
        Set<Verdict> verdicts = applications.stream().map(a -> RULES.evaluate(a).verdict()).collect(Collectors.toSet());
        assertThat(verdicts).contains(Verdict.ELIGIBLE).hasSizeGreaterThan(1);
    }

    @Test
    void theSameSeedGivesTheSameFiles() {
        assertThat(Workload.applications(4, 10)).isEqualTo(Workload.applications(4, 10));
    }

    @Test
    void candidaciesTakeEveryPromotionWithACallInTurn() {
        List<Candidacy> candidacies = Workload.mixedCandidacies(40);

        assertThat(candidacies).hasSize(40);
        assertThat(candidacies.stream().map(Candidacy::promotion).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(RULES.candidacyPromotions());
        Set<Verdict> verdicts = candidacies.stream().map(c -> RULES.evaluate(c).verdict()).collect(Collectors.toSet());
        assertThat(verdicts).contains(Verdict.ELIGIBLE).hasSizeGreaterThan(1);
    }

    @Test
    void aCycledBatchRepeatsItsPoolInOrder() {
        assertThat(Workload.cycled(List.of("a", "b", "c"), 7)).containsExactly("a", "b", "c", "a", "b", "c", "a");
    }

    @Test
    void jsonLinesNameTheirDefiAfterTheirLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("apps.jsonl");

        JsonlWorkload.write(3, file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).startsWith("{").contains("\"name\":\"Défi " + (i + 1) + "\"").doesNotContain("@@");
        }
    }
}
