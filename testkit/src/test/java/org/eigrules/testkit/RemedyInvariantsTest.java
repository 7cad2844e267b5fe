package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The remedies' invariants hold for the built-in rules, and catch a remedy that does not remedy. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RemedyInvariantsTest {

    @Test
    void the_built_in_remedies_hold() {
        RemedyInvariants.of(EigRules.builtIn()).withSeed(20261129L).checkAll();
    }

    @Test
    void a_remedy_naming_a_value_that_does_not_satisfy_its_clause_is_caught(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // A rule folder whose CHL-2 remedy names the contract length plus two months: still too long.
        Path folder = dir;
        org.eigrules.ruleset.RuleSet.copyBuiltInFiles(folder);
        Path challenge = folder.resolve("rules/challenge.drl");
        String text = Files.readString(challenge);
        String broken = text.replace("findings.remedyTo(\"challenge.durationMonths\", $p.contractMonths(),",
                "findings.remedyTo(\"challenge.durationMonths\", $p.contractMonths() + 2,");
        assertThat(broken).isNotEqualTo(text);
        Files.writeString(challenge, broken);
        assertThatThrownBy(() -> RemedyInvariants.of(org.eigrules.authoring.RuleFolders.load(folder)).withSeed(20261129L)
                .aRemedyWithValuesSatisfiesItsClause())
                .hasMessageContaining("CHL-2 still fails after its remedies");
    }

    @Test
    void a_remedys_value_takes_the_fields_type() {
        org.quicktheories.QuickTheory.qt().withExamples(1).withFixedSeed(1L)
                .forAll(EigGenerators.eligibleApplications(EigRules.builtIn().parameters(3)))
                .checkAssert(application -> {
                    assertThat(RemedyInvariants.typed(application, "host.kind", "MINISTRY"))
                            .isEqualTo(org.eigrules.model.BodyKind.MINISTRY);
                    assertThat(RemedyInvariants.typed(application, "receivedAt", "2018-06-15T17:00:00+02:00"))
                            .isEqualTo(java.time.OffsetDateTime.parse("2018-06-15T17:00:00+02:00"));
                    assertThat(RemedyInvariants.typed(application, "challenge.durationMonths", 10)).isEqualTo(10);
                    assertThat(RemedyInvariants.typed(application, "funding.totalEmployerCost",
                            new BigDecimal("80000.00"))).isEqualTo(new BigDecimal("80000.00"));
                });
    }
}
