package org.eigrules.clauses;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.DecisionAssert.assertThat;
import static org.eigrules.Evaluation.evaluate;

/** CAL-1 and DOC-1: the calendar and the file. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FileAndCalendarTest {

    @Nested
    class CAL_1_received_within_the_call_window {
        @ParameterizedTest(name = "received at {0} is on time")
        @ValueSource(strings = {
                "2018-05-04T00:00:00+02:00",   // the opening day at 00:00 Paris time
                "2018-05-03T22:00:00Z",        // the same instant written in UTC
                "2018-06-15T17:00:00+02:00",   // the closing instant itself
                "2018-06-15T15:00:00Z",        // the closing instant written in UTC
                "2018-06-15T11:00:00-04:00"})  // the closing instant written in New York summer time
        void on_time(String receivedAt) {
            assertThat(evaluate(eligible().with("receivedAt", receivedAt))).isEligible();
        }

        @ParameterizedTest(name = "received at {0} is late")
        @ValueSource(strings = {
                "2018-06-15T17:00:01+02:00",   // one second after closing
                "2018-06-15T15:30:00Z",        // 17:30 Paris time written in UTC
                "2018-06-15T17:30:00+02:00"})
        void late(String receivedAt) {
            assertThat(evaluate(eligible().with("receivedAt", receivedAt))).isIneligibleFor("CAL-1")
                    .fired("CAL-1 the file was received after the call closed");
        }

        @ParameterizedTest(name = "received at {0} is early")
        @ValueSource(strings = {"2018-05-03T23:59:59+02:00", "2018-05-03T21:59:59Z"})
        void early(String receivedAt) {
            assertThat(evaluate(eligible().with("receivedAt", receivedAt))).isIneligibleFor("CAL-1")
                    .fired("CAL-1 the file was received before the call opened");
        }

        @Test
        void an_absent_receipt_time_is_missing() {
            assertThat(evaluate(eligible().without("receivedAt"))).isIncompleteWith("receivedAt CAL-1");
        }
    }

    @Nested
    class DOC_1_the_detailed_form_a_short_pitch_deck_and_the_simulation {
        @ParameterizedTest(name = "{0} slides pass")
        @ValueSource(ints = {1, 12})
        void a_deck_within_the_limit_passes(int slides) {
            assertThat(evaluate(eligible().with("documents.pitchSlides", slides))).isEligible();
        }

        @Test
        void a_deck_of_thirteen_slides_fails() {
            assertThat(evaluate(eligible().with("documents.pitchSlides", 13))).isIneligibleFor("DOC-1");
        }

        @Test
        void no_deck_makes_the_file_incomplete() {
            assertThat(evaluate(eligible().with("documents.pitchSlides", 0)))
                    .isIncompleteWith("documents.pitchSlides DOC-1");
        }

        @Test
        void no_detailed_form_makes_the_file_incomplete() {
            assertThat(evaluate(eligible().with("documents.detailedForm", false)))
                    .isIncompleteWith("documents.detailedForm DOC-1");
        }

        @Test
        void no_financial_simulation_makes_the_file_incomplete() {
            assertThat(evaluate(eligible().with("documents.financialSimulation", false)))
                    .isIncompleteWith("documents.financialSimulation DOC-1");
        }

        @Test
        void unanswered_documents_are_missing() {
            assertThat(evaluate(eligible().without("documents.pitchSlides").without("documents.detailedForm")))
                    .isIncompleteWith("documents.pitchSlides DOC-1", "documents.detailedForm DOC-1");
        }
    }
}
