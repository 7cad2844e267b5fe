package org.eigrules.io;

import org.eigrules.EigRules;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.Evaluation.evaluate;

/** The readable decision the command line prints, available from the library. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecisionTextTest {

    @Test
    void the_summary_is_one_line_with_name_promotion_and_verdict_in_either_language() {
        Decision decision = evaluate(eligible());
        assertThat(DecisionText.summary(decision, Language.FR)).isEqualTo("Test défi — promotion 3 — ÉLIGIBLE");
        assertThat(DecisionText.summary(decision, Language.EN)).isEqualTo("Test défi — promotion 3 — ELIGIBLE");
    }

    @Test
    void the_text_starts_with_the_summary_and_says_who_pays_what_in_the_language_s_money_format() {
        Decision decision = evaluate(eligible());
        String fr = DecisionText.text(decision, Language.FR);
        assertThat(fr.lines().findFirst()).contains("Test défi — promotion 3 — ÉLIGIBLE");
        assertThat(fr.replace('\u202f', ' ').replace('\u00a0', ' ')).contains("le PIA paie 98 000,00 €").doesNotEndWith("\n");
        assertThat(DecisionText.text(decision, Language.EN)).contains("the PIA pays €98,000.00");
    }

    @Test
    void a_source_ends_the_first_line_and_null_leaves_it_out() {
        Decision decision = evaluate(eligible());
        assertThat(DecisionText.text(decision, Language.EN, "a.yaml").lines().findFirst())
                .contains("Test défi — promotion 3 — ELIGIBLE   [a.yaml]");
        assertThat(DecisionText.text(decision, Language.EN, null)).isEqualTo(DecisionText.text(decision, Language.EN));
    }

    @Test
    void an_ineligible_decision_gives_each_reason_with_its_clause_and_a_missing_field_once() {
        Decision ineligible = evaluate(eligible().with("challenge.durationMonths", 20));
        assertThat(DecisionText.summary(ineligible, Language.FR)).endsWith("INÉLIGIBLE");
        assertThat(DecisionText.text(ineligible, Language.EN)).contains("  ✗ ").contains("(clause CHL-");

        Decision incomplete = evaluate(eligible().with("funding.totalEmployerCost", null)
                .with("funding.requestedPiaAmount", (BigDecimal) null));
        String text = DecisionText.text(incomplete, Language.EN);
        assertThat(DecisionText.summary(incomplete, Language.EN)).endsWith("INCOMPLETE");
        assertThat(text).contains("amounts unknown while the total employer cost is missing");
        assertThat(text.lines().filter(l -> l.startsWith("  ? ")).distinct().count())
                .isEqualTo(text.lines().filter(l -> l.startsWith("  ? ")).count());
    }

    @Test
    void a_candidacy_has_a_summary_and_a_text_as_well() throws IOException {
        Path dir = Path.of("..", "candidacies");
        CandidacyDecision eligible = EigRules.builtIn().evaluate(CandidacyFiles.read(first(dir.resolve("eligible"))));
        assertThat(DecisionText.summary(eligible, Language.FR)).startsWith("Candidature").endsWith(" — ÉLIGIBLE");
        assertThat(DecisionText.text(eligible, Language.EN, "c.yaml"))
                .isEqualTo(DecisionText.summary(eligible, Language.EN) + "   [c.yaml]");

        CandidacyDecision ineligible = EigRules.builtIn().evaluate(CandidacyFiles.read(first(dir.resolve("ineligible"))));
        assertThat(DecisionText.summary(ineligible, Language.EN)).endsWith("INELIGIBLE");
        assertThat(DecisionText.text(ineligible, Language.FR, null)).contains("\n  ✗ CND-").contains("(source : ");
    }

    /** The first example file of a folder, in name order. */
    private static Path first(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
    }
}
