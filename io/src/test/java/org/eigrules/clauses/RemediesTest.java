package org.eigrules.clauses;

import org.eigrules.ApplicationDraft;
import org.eigrules.decision.Decision;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Remedy;
import org.eigrules.decision.Verdict;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.model.FundingMode;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.ApplicationDraft.eligibleP4;
import static org.eigrules.ApplicationDraft.eligibleP5;
import static org.eigrules.Evaluation.evaluate;
import static org.eigrules.Evaluation.rules;

/**
 * Remedies: every problem a decision reports says what would satisfy it, and a remedy that names
 * values is right — applying one makes its clause pass.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RemediesTest {

    /** The co-financing refusals: a note under one of these clauses means no money for want of a recipient. */
    private static final Set<String> REFUSALS = Set.of("FIN-1", "FIN-2", "FIN-7", "FIN-8", "FIN-9");

    static Stream<Path> bundledExamples() throws IOException {
        Path examples = Path.of(System.getProperty("basedir", ".")).resolve("../examples").normalize();
        try (Stream<Path> files = Files.walk(examples)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(ya?ml|json)$"))
                    .filter(f -> !f.startsWith(examples.resolve("invalid")))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledExamples")
    void every_reason_missing_field_implausible_value_and_refusal_of_a_bundled_example_has_a_remedy(Path file)
            throws IOException {
        Decision decision = rules().evaluate(ApplicationFiles.read(file));
        List<Remedy> remedies = decision.remedies();
        decision.reasons().forEach(r -> assertThat(remedies).as("remedy for %s", r.clause())
                .anyMatch(remedy -> remedy.clause().equals(r.clause())));
        for (MissingField m : decision.missing()) {
            assertThat(remedies).as("remedy for missing %s", m.field())
                    .anyMatch(remedy -> remedy.clause().equals(m.clause()) && remedy.field().equals(m.field()));
        }
        decision.implausible().forEach(i -> assertThat(remedies).as("remedy for implausible %s", i.field())
                .anyMatch(remedy -> remedy.field().equals(i.field()) && !remedy.values().isEmpty()));
        if (decision.verdict() == Verdict.ELIGIBLE && !decision.coFinancing().granted()
                && decision.coFinancing().mode() == FundingMode.CO_FINANCED) {
            for (Note note : decision.coFinancing().notes()) {
                if (REFUSALS.contains(note.clause())) {
                    assertThat(remedies).as("remedy for the refusal under %s", note.clause())
                            .anyMatch(remedy -> remedy.clause().equals(note.clause()));
                }
            }
        }
        remedies.forEach(r -> assertThat(r.message().fr()).isNotBlank().doesNotStartWith("["));
        remedies.forEach(r -> assertThat(r.message().en()).isNotBlank().doesNotStartWith("["));
    }

    static Stream<Arguments> oneFailingClause() {
        return Stream.of(
                Arguments.of("ADM-1", eligible().with("host.kind", "COMPANY")),
                Arguments.of("CHL-1", eligible().with("challenge.purelyTechnical", true)
                        .with("challenge.impactsAgentsOrUsers", false)),
                Arguments.of("CHL-2", eligible().with("challenge.durationMonths", 14)),
                Arguments.of("CHL-4", eligible().with("eigs[1].profile", "DIGITAL_LAW")),
                Arguments.of("CHL-4", eligibleP4().with("eigs[0].profile", "STATISTICS")),
                Arguments.of("COM-1", eligibleP5().with("commitments.dataAccess", false)),
                Arguments.of("COM-4", eligible().with("commitments.offSiteWork", false)),
                Arguments.of("COM-5", eligibleP5().with("commitments.openSourceAndOpenData", false)),
                Arguments.of("COM-7", eligibleP4().with("commitments.accessibility", false)),
                Arguments.of("CAL-1", eligible().with("receivedAt", "2018-06-15T15:30:00Z")),
                Arguments.of("CAL-1", eligible().with("receivedAt", "2018-05-03T23:59:59+02:00")),
                Arguments.of("CAL-1", eligibleP5().with("receivedAt", "2021-04-08T00:00:00+02:00")),
                Arguments.of("DOC-1", eligibleP4().with("documents.pitchSlides", 15)));
    }

    @ParameterizedTest(name = "{0}: applying the remedy''s first value makes the clause pass")
    @MethodSource("oneFailingClause")
    void a_remedy_with_values_satisfies_its_clause(String clause, ApplicationDraft draft) {
        Decision decision = evaluate(draft);
        assertThat(decision.failedClauses()).containsExactly(clause);
        Remedy remedy = decision.remedies().stream().filter(r -> r.clause().equals(clause) && !r.values().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no remedy with a value for " + clause));
        Decision remedied = evaluate(draft.with(remedy.field(), remedy.values().get(0)));
        assertThat(remedied.verdict()).as("after setting %s to %s", remedy.field(), remedy.values().get(0))
                .isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void an_implausible_cost_is_remedied_by_the_floor_itself() {
        Decision decision = evaluate(eligible().with("funding.totalEmployerCost", new BigDecimal("79999.99")));
        Remedy remedy = decision.remedies().get(0);
        assertThat(remedy.field()).isEqualTo("funding.totalEmployerCost");
        assertThat(remedy.values()).containsExactly(new BigDecimal("80000.00"));
        assertThat(evaluate(eligible().with("funding.totalEmployerCost", remedy.values().get(0))).verdict())
                .isEqualTo(Verdict.ELIGIBLE);
        Decision band = evaluate(eligibleP5().with("funding.employerCostUpTo5Years", new BigDecimal("30000.00")));
        assertThat(band.remedies()).singleElement().satisfies(r -> {
            assertThat(r.values()).containsExactly(new BigDecimal("35000.00"));
            assertThat(r.message().en()).contains("35,000.00 euros for one EIG with up to five years' experience");
        });
    }

    @Test
    void a_late_file_is_told_the_closing_instant_in_paris_time() {
        Remedy remedy = evaluate(eligible().with("receivedAt", "2018-06-15T15:30:00Z")).remedies().get(0);
        assertThat(remedy.values()).containsExactly("2018-06-15T17:00:00+02:00");
        assertThat(remedy.message().en()).isEqualTo(
                "Have the file received by 15 June 2018 at 17:00:00 (Paris time); this file was received on 15 June 2018 at 17:30:00.");
        assertThat(remedy.message().fr()).startsWith("Faire recevoir le dossier au plus tard le 15 juin 2018 à 17:00:00");
    }

    @Test
    void a_refusal_names_the_carrier_kinds_and_the_money_it_would_bring() {
        Decision p3 = evaluate(eligible().with("host.kind", "STATE_OPERATOR"));
        assertThat(p3.remedies()).singleElement().satisfies(r -> {
            assertThat(r.clause()).isEqualTo("FIN-1");
            assertThat(r.field()).isEqualTo("fundingCarrier.kind");
            assertThat(r.values()).containsExactly("MINISTRY", "CENTRAL_ADMINISTRATION");
            assertThat(r.message().en()).contains("to receive the 98,000.00 euros of PIA co-financing");
        });
        Decision p4 = evaluate(eligibleP4().with("host.kind", "TERRITORIAL_AUTHORITY").without("host.payrollBudgetProgramme"));
        assertThat(p4.remedies()).singleElement().satisfies(r -> {
            assertThat(r.clause()).isEqualTo("FIN-9");
            assertThat(r.message().en()).contains("56,000.00 euros of programme 352 co-financing");
            assertThat(r.message().fr()).containsPattern("56.000,00 euros de financement du programme 352");
        });
        Decision p5 = evaluate(eligibleP5().with("host.kind", "STATE_OPERATOR").without("host.payrollBudgetProgramme"));
        assertThat(p5.remedies()).singleElement().satisfies(r ->
                assertThat(r.message().en()).endsWith("to receive the programme 352 co-financing."));
    }

    @Test
    void a_missing_field_is_remedied_by_giving_it_in_words() {
        Decision decision = evaluate(eligibleP4().without("commitments.accessibility"));
        assertThat(decision.remedies()).singleElement().satisfies(r -> {
            assertThat(r.clause()).isEqualTo("COM-7");
            assertThat(r.field()).isEqualTo("commitments.accessibility");
            assertThat(r.values()).isEmpty();
            assertThat(r.message().en()).isEqualTo("Give whether the deliverables will meet the accessibility standards.");
            assertThat(r.message().fr()).isEqualTo("Indiquer si les livrables respecteront les normes d’accessibilité.");
        });
    }

    @Test
    void a_request_of_nothing_is_remedied_by_requesting_up_to_the_share() {
        Decision decision = evaluate(eligibleP4().with("funding.requestedAmount", new BigDecimal("0.00")));
        assertThat(decision.remedies()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("funding.requestedAmount");
            assertThat(r.message().en()).contains("up to 56,000.00 euros");
        });
        assertThat(evaluate(eligible()).remedies()).isEmpty();
    }
}
