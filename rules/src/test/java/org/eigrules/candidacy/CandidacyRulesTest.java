package org.eigrules.candidacy;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.decision.Language;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Verdict;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every decidable CND clause on both sides, per promotion where it varies. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CandidacyRulesTest {

    private static final EigRules RULES = EigRules.builtIn();

    private static CandidacyDecision decide(CandidacyDraft draft) {
        return RULES.evaluate(draft.build());
    }

    private static void eligible(CandidacyDraft draft) {
        CandidacyDecision d = decide(draft);
        assertThat(d.verdict()).as("%s %s", d.reasons(), d.missing()).isEqualTo(Verdict.ELIGIBLE);
    }

    private static void ineligibleFor(CandidacyDraft draft, String... clauses) {
        CandidacyDecision d = decide(draft);
        assertThat(d.verdict()).as("%s", d.missing()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(d.failedClauses()).containsExactly(clauses);
    }

    private static void incompleteWith(CandidacyDraft draft, String... fieldsAndClauses) {
        CandidacyDecision d = decide(draft);
        assertThat(d.verdict()).as("%s", d.reasons()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(d.missing()).extracting(m -> m.field() + " " + m.clause()).containsExactly(fieldsAndClauses);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void a_candidacy_meeting_every_clause_is_eligible(int p) {
        eligible(CandidacyDraft.eligible(p));
    }

    @Test
    void candidacies_of_promotions_2_to_5_are_decided_while_applications_of_promotion_2_are_not() {
        assertThat(RULES.candidacyPromotions()).containsExactly(2, 3, 4, 5);
        assertThat(RULES.promotions()).doesNotContain(2);
    }

    @Test
    void a_promotion_without_a_call_for_candidates_is_refused_at_the_promotion_field() {
        assertThatThrownBy(() -> decide(CandidacyDraft.eligible(3).set(d -> d.promotion = 9)))
                .isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("promotion: no call for candidates for promotion 9");
    }

    // CND-1

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void CND_1_a_legal_person_may_not_apply(int p) {
        ineligibleFor(CandidacyDraft.eligible(p).naturalPerson(false), "CND-1");
        incompleteWith(CandidacyDraft.eligible(p).naturalPerson(null), "applicant.naturalPerson CND-1");
        incompleteWith(CandidacyDraft.eligible(p).set(d -> d.applicant = null), "applicant CND-1");
    }

    @Test
    void CND_1_name_and_email_are_not_needed() {
        eligible(CandidacyDraft.eligible(3).set(d -> d.applicant = new Applicant(true, null, null)));
    }

    // CND-2

    @Test
    void CND_2_in_promotion_2_any_agent_in_post_is_excluded_whatever_the_day_they_leave() {
        ineligibleFor(CandidacyDraft.eligible(2).civilServant(true, null), "CND-2");
        ineligibleFor(CandidacyDraft.eligible(2).civilServant(true, "2017-11-01"), "CND-2");
        eligible(CandidacyDraft.eligible(2).civilServant(false, null));
        incompleteWith(CandidacyDraft.eligible(2).civilServant(null, null), "publicService.civilServant CND-2");
        incompleteWith(CandidacyDraft.eligible(2).set(d -> d.publicService = null), "publicService CND-2");
    }

    @ParameterizedTest
    @CsvSource({"3, 2018-12-15", "4, 2020-07-20", "5, 2021-09-13"})
    void CND_2_a_civil_servant_must_leave_before_the_cut_off_day(int p, String cutOff) {
        java.time.LocalDate day = java.time.LocalDate.parse(cutOff);
        eligible(CandidacyDraft.eligible(p).civilServant(true, day.minusDays(1).toString()));
        ineligibleFor(CandidacyDraft.eligible(p).civilServant(true, day.toString()), "CND-2");
        ineligibleFor(CandidacyDraft.eligible(p).civilServant(true, day.plusDays(1).toString()), "CND-2");
        ineligibleFor(CandidacyDraft.eligible(p).civilServant(true, null), "CND-2");
        eligible(CandidacyDraft.eligible(p).civilServant(false, null));
        eligible(CandidacyDraft.eligible(p).civilServant(false, day.plusDays(1).toString()));
        // Unknown status: decided anyway when they leave before the cut-off, missing otherwise.
        eligible(CandidacyDraft.eligible(p).civilServant(null, day.minusDays(1).toString()));
        incompleteWith(CandidacyDraft.eligible(p).civilServant(null, day.toString()), "publicService.civilServant CND-2");
        incompleteWith(CandidacyDraft.eligible(p).civilServant(null, null), "publicService.civilServant CND-2");
        incompleteWith(CandidacyDraft.eligible(p).set(d -> d.publicService = null), "publicService CND-2");
    }

    @Test
    void CND_2_the_reason_names_the_cut_off_day_in_both_languages() {
        CandidacyDecision d = decide(CandidacyDraft.eligible(5).civilServant(true, null));
        assertThat(d.reasons().get(0).message().in(Language.EN)).contains("13 September 2021");
        assertThat(d.reasons().get(0).message().in(Language.FR)).contains("13 septembre 2021");
        assertThat(d.reasons().get(0).reference()).contains("AAC5 Art. 3");
    }

    // CND-3

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void CND_3_jury_members_and_experts_may_not_apply(int p) {
        ineligibleFor(CandidacyDraft.eligible(p).jury(true), "CND-3");
        incompleteWith(CandidacyDraft.eligible(p).jury(null), "juryMemberOrExpert CND-3");
    }

    // CND-4

    @ParameterizedTest
    @CsvSource({
            "2, NONE, true", "2, FIRST_TWO_CYCLES, false", "2, DOCTORATE, false", "2, APPRENTICESHIP, false", "2, OTHER_STUDIES, false",
            "3, NONE, true", "3, FIRST_TWO_CYCLES, false", "3, DOCTORATE, false", "3, APPRENTICESHIP, false", "3, OTHER_STUDIES, false",
            "4, NONE, true", "4, FIRST_TWO_CYCLES, false", "4, DOCTORATE, true", "4, APPRENTICESHIP, true", "4, OTHER_STUDIES, true",
            "5, NONE, true", "5, FIRST_TWO_CYCLES, false", "5, DOCTORATE, true", "5, APPRENTICESHIP, true", "5, OTHER_STUDIES, true"})
    void CND_4_which_studies_exclude_changed_in_promotion_4(int p, Studies studies, boolean allowed) {
        CandidacyDraft draft = CandidacyDraft.eligible(p).studies(studies);
        if (allowed) {
            eligible(draft);
        } else {
            ineligibleFor(draft, "CND-4");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void CND_4_unknown_studies_are_missing(int p) {
        incompleteWith(CandidacyDraft.eligible(p).studies(null), "studiesAtStart CND-4");
    }

    // CND-5

    /** The decision's CND-5 reason, in English and in French, after checking it is the only one. */
    private static org.eigrules.decision.Reason onlyCnd5(CandidacyDraft draft) {
        CandidacyDecision d = decide(draft);
        assertThat(d.failedClauses()).containsExactly("CND-5");
        return d.reasons().get(0);
    }

    /** A choice off the list fails, and the message and the remedy list the names on offer. */
    private static void offListFailsListingTheOffer(CandidacyDraft draft, String offList, String... offered) {
        CandidacyDecision d = decide(draft);
        assertThat(d.failedClauses()).containsExactly("CND-5");
        String listed = String.join(", ", offered);
        assertThat(d.reasons().get(0).message().en()).contains(offList).endsWith("offers: " + listed + ".");
        assertThat(d.reasons().get(0).message().fr()).contains(offList).endsWith(" : " + listed + ".");
        assertThat(d.remedies()).filteredOn(r -> r.clause().equals("CND-5")).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("choices");
            assertThat(r.message().en()).endsWith("offers: " + listed + ".");
            assertThat(r.message().fr()).endsWith(" : " + listed + ".");
        });
    }

    private static final String[] P2_DEFIS = {"PrédiSauvetage", "Lab Santé", "Gobelins", "Prévisecours", "b@liseNav",
            "Signaux Faibles", "Hopkins", "SocialConnect", "ArchiFiltre", "Brigade Numérique", "EIG Link",
            "CoachÉlèves – AssistProf", "dataESR"};
    private static final String[] P3_DEFIS = {"ACOSS-Plateforme", "ADLER", "CartoBio", "CibNav", "DataJust", "DataReg",
            "EIG Link", "ExploCode", "IA Flash", "Karfu’R", "LexImpact", "Open Chronic", "Open Justice", "Plume",
            "Polygraphe"};
    private static final String[] P5_PROJECTS = {"Basegun", "BatID", "Cyberimpact", "DaSES", "DataRH", "Décos", "e-PSHAD",
            "EIG Link", "Fabrique numérique", "GDR Santé", "Green Data for Health", "Mes services Greentech",
            "Prev-AC-Tion", "SMASH", "TRISTAN", "UrssafassuR"};

    @Test
    void CND_5_promotion_2_allows_three_of_its_thirteen_defis_under_either_spelling() {
        eligible(CandidacyDraft.eligible(2).choices("Hopkins"));
        eligible(CandidacyDraft.eligible(2).choices("Hopkins", "Lab Santé", "Gobelins"));
        for (String[] spellings : new String[][]{{"b@liseNav", "b@liseNAV"}, {"SocialConnect", "Social Connect"},
                {"ArchiFiltre", "Archifiltre"}, {"CoachÉlèves – AssistProf", "CoachÉlèves"}, {"dataESR", "DataESR"}}) {
            eligible(CandidacyDraft.eligible(2).choices(spellings[0]));
            eligible(CandidacyDraft.eligible(2).choices(spellings[1]));
            // Two spellings of one défi are one choice named twice.
            assertThat(onlyCnd5(CandidacyDraft.eligible(2).choices(spellings[0], spellings[1])).message().en())
                    .startsWith("The same choice is named twice");
        }
        eligible(CandidacyDraft.eligible(2).choices(P2_DEFIS[0], P2_DEFIS[12], "EIG Link"));
        ineligibleFor(CandidacyDraft.eligible(2).choices("Hopkins", "Lab Santé", "Gobelins", "DataESR"), "CND-5");
        offListFailsListingTheOffer(CandidacyDraft.eligible(2).choices("Hopkins", "DataJust"), "DataJust", P2_DEFIS);
        offListFailsListingTheOffer(CandidacyDraft.eligible(2).choices("Social Connection"), "Social Connection", P2_DEFIS);
        incompleteWith(CandidacyDraft.eligible(2).choices((String[]) null), "choices CND-5");
    }

    @Test
    void CND_5_promotion_3_allows_two_of_its_fifteen_defis() {
        eligible(CandidacyDraft.eligible(3).choices("Karfu’R"));
        eligible(CandidacyDraft.eligible(3).choices("EIG Link", "Polygraphe"));
        ineligibleFor(CandidacyDraft.eligible(3).choices("DataJust", "Plume", "CartoBio"), "CND-5");
        ineligibleFor(CandidacyDraft.eligible(3).choices("DataJust", "DataJust"), "CND-5");
        offListFailsListingTheOffer(CandidacyDraft.eligible(3).choices("DataJust", "Hopkins"), "Hopkins", P3_DEFIS);
        incompleteWith(CandidacyDraft.eligible(3).choices((String[]) null), "choices CND-5");
        incompleteWith(CandidacyDraft.eligible(3).choices(), "choices CND-5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Karfu'R", "Karfu‘R", "Karfuʼr", "karfu′r", "  KARFU’R ", "Karfu\uFF07R", "Karfu\u201BR"})
    void CND_5_any_apostrophe_any_case_and_surrounding_spaces_name_Karfu_R(String written) {
        eligible(CandidacyDraft.eligible(3).choices(written));
    }

    @Test
    void CND_5_quotes_dashes_combining_accents_and_runs_of_spaces_are_folded() {
        eligible(CandidacyDraft.eligible(3).choices("ACOSS–Plateforme", "Open  Justice"));
        eligible(CandidacyDraft.eligible(3).choices("ACOSS—Plateforme"));
        eligible(CandidacyDraft.eligible(3).choices("ACOSS\u2010Plateforme"));
        eligible(CandidacyDraft.eligible(3).choices("IA\u00A0Flash", "open\tchronic"));
        eligible(CandidacyDraft.eligible(2).choices("CoachÉlèves - AssistProf", "Lab Sante\u0301", "Pre\u0301diSauvetage"));
        eligible(CandidacyDraft.eligible(2).choices("CoachÉlèves — AssistProf"));
        eligible(CandidacyDraft.eligible(5).choices("GDR Sante\u0301", "e–PSHAD", "FABRIQUE NUMÉRIQUE"));
        eligible(CandidacyDraft.eligible(5).choices("Prev—AC—Tion", "CyberImpact", "ePSHAD"));
        // A folded name is still its letters: accents, inner spaces and words are not dropped.
        offListFailsListingTheOffer(CandidacyDraft.eligible(3).choices("Karfu R"), "Karfu R", P3_DEFIS);
        offListFailsListingTheOffer(CandidacyDraft.eligible(2).choices("Lab Sante"), "Lab Sante", P2_DEFIS);
        offListFailsListingTheOffer(CandidacyDraft.eligible(3).choices("OpenJustice"), "OpenJustice", P3_DEFIS);
    }

    @Test
    void CND_5_variants_of_one_defi_are_one_choice_named_twice_and_count_once() {
        assertThat(onlyCnd5(CandidacyDraft.eligible(3).choices("Karfu’R", "karfu'r")).message().fr())
                .startsWith("Le même choix est nommé deux fois");
        assertThat(onlyCnd5(CandidacyDraft.eligible(5).choices("e-PSHAD", "ePSHAD")).message().en())
                .startsWith("The same choice is named twice");
        assertThat(onlyCnd5(CandidacyDraft.eligible(5).choices("GDR Santé", "GDR Sante\u0301")).message().en())
                .startsWith("The same choice is named twice");
        // Three défis under four names: named twice, not too many.
        CandidacyDecision d = decide(CandidacyDraft.eligible(2).choices("SocialConnect", "Hopkins", "Social Connect", "Gobelins"));
        assertThat(d.reasons()).singleElement().satisfies(r -> assertThat(r.message().en()).startsWith("The same choice"));
        // Four défis under four names are too many.
        assertThat(onlyCnd5(CandidacyDraft.eligible(2).choices("SocialConnect", "Hopkins", "Archifiltre", "Gobelins"))
                .message().en()).isEqualTo("The candidacy makes 4 choices; at most 3 are allowed.");
    }

    @Test
    void CND_5_promotion_4_allows_three_of_its_profiles() {
        eligible(CandidacyDraft.eligible(4).choices("DATA_ENGINEERING"));
        ineligibleFor(CandidacyDraft.eligible(4).choices("DATA_SCIENCE", "DEVELOPMENT", "DESIGN", "GEOMATICS"), "CND-5");
        ineligibleFor(CandidacyDraft.eligible(4).choices("DIGITAL_LAW"), "CND-5");
        ineligibleFor(CandidacyDraft.eligible(4).choices("DataJust"), "CND-5");
        incompleteWith(CandidacyDraft.eligible(4).choices((String[]) null), "choices CND-5");
    }

    @Test
    void CND_5_promotion_5_chooses_three_of_its_sixteen_projects_after_pre_selection() {
        eligible(CandidacyDraft.eligible(5).choices((String[]) null));
        eligible(CandidacyDraft.eligible(5).choices("Basegun", "EIG Link", "UrssafassuR"));
        eligible(CandidacyDraft.eligible(5).choices("Cyberimpact", "Fabrique Numérique", "e-PSHAD"));
        ineligibleFor(CandidacyDraft.eligible(5).choices("Basegun", "BatID", "DaSES", "DataRH"), "CND-5");
        offListFailsListingTheOffer(CandidacyDraft.eligible(5).choices("Basegun", "Projet A"), "Projet A", P5_PROJECTS);
        offListFailsListingTheOffer(CandidacyDraft.eligible(5).choices("DataJust"), "DataJust", P5_PROJECTS);
    }

    // CND-6

    @ParameterizedTest
    @CsvSource({
            "2, 2017-09-27T00:00:00+02:00, 2017-10-27T15:00:00Z",
            "3, 2018-09-13T00:00:00+02:00, 2018-10-15T15:00:00Z",
            "4, 2020-05-04T00:00:00+02:00, 2020-06-07T22:00:00Z",
            "5, 2021-03-01T00:00:00+01:00, 2021-05-02T21:59:00Z"})
    void CND_6_the_window_includes_its_opening_and_closing_instants_in_every_offset(int p, String opens, String closes) {
        java.time.OffsetDateTime open = java.time.OffsetDateTime.parse(opens);
        java.time.OffsetDateTime close = java.time.OffsetDateTime.parse(closes);
        for (java.time.ZoneOffset offset : List.of(java.time.ZoneOffset.UTC, java.time.ZoneOffset.ofHours(1),
                java.time.ZoneOffset.ofHours(2), java.time.ZoneOffset.ofHours(-5), java.time.ZoneOffset.ofHoursMinutes(5, 30))) {
            eligible(CandidacyDraft.eligible(p).set(d -> d.receivedAt = open.withOffsetSameInstant(offset)));
            eligible(CandidacyDraft.eligible(p).set(d -> d.receivedAt = close.withOffsetSameInstant(offset)));
            ineligibleFor(CandidacyDraft.eligible(p).set(d -> d.receivedAt = open.minusSeconds(1).withOffsetSameInstant(offset)), "CND-6");
            ineligibleFor(CandidacyDraft.eligible(p).set(d -> d.receivedAt = close.plusSeconds(1).withOffsetSameInstant(offset)), "CND-6");
        }
        incompleteWith(CandidacyDraft.eligible(p).receivedAt(null), "receivedAt CND-6");
    }

    @Test
    void CND_6_promotion_4_closes_at_the_literal_utc_plus_one_instant_not_at_23_00_paris_time() {
        eligible(CandidacyDraft.eligible(4).receivedAt("2020-06-07T23:30:00+02:00"));
        eligible(CandidacyDraft.eligible(4).receivedAt("2020-06-08T00:00:00+02:00"));
        ineligibleFor(CandidacyDraft.eligible(4).receivedAt("2020-06-08T00:00:01+02:00"), "CND-6");
        CandidacyDecision late = decide(CandidacyDraft.eligible(4).receivedAt("2020-06-08T00:00:01+02:00"));
        assertThat(late.reasons().get(0).message().in(Language.EN)).contains("UTC+01:00");
    }

    // CND-8, CND-9

    @Test
    void CND_9_promotions_4_and_5_require_a_cv_in_pdf() {
        for (int p : new int[]{4, 5}) {
            incompleteWith(CandidacyDraft.eligible(p).documents(true, false, true), "documents.cvPdf CND-9");
            incompleteWith(CandidacyDraft.eligible(p).documents(true, null, true), "documents.cvPdf CND-9");
            eligible(CandidacyDraft.eligible(p).documents(null, true, true));
            incompleteWith(CandidacyDraft.eligible(p).documents(true, true, false), "documents.motivation CND-9");
            incompleteWith(CandidacyDraft.eligible(p).set(d -> d.documents = null), "documents CND-9");
        }
    }

    @Test
    void CND_9_promotions_2_and_3_need_the_motivation_but_no_cv() {
        for (int p : new int[]{2, 3}) {
            eligible(CandidacyDraft.eligible(p).documents(false, false, true));
            incompleteWith(CandidacyDraft.eligible(p).documents(true, true, false), "documents.motivation CND-9");
            incompleteWith(CandidacyDraft.eligible(p).set(d -> d.documents = null), "documents CND-9");
        }
    }

    @Test
    void every_failing_clause_is_listed_and_failures_outrank_missing_fields() {
        CandidacyDecision d = decide(CandidacyDraft.eligible(3).naturalPerson(false).jury(true)
                .studies(Studies.APPRENTICESHIP).receivedAt("2018-10-16T10:00:00+02:00").documents(true, true, null));
        assertThat(d.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(d.failedClauses()).containsExactly("CND-1", "CND-3", "CND-4", "CND-6");
        assertThat(d.missing()).containsExactly(new MissingField("documents.motivation", "CND-9"));
    }

    @Test
    void the_same_candidacy_always_gives_an_equal_decision() {
        Candidacy c = CandidacyDraft.eligible(4).jury(true).build();
        assertThat(RULES.evaluate(c)).isEqualTo(RULES.evaluate(c));
    }
}
