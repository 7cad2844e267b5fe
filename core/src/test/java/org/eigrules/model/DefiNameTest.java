package org.eigrules.model;

import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyKind;
import org.eigrules.candidacy.OfferedChoices;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DefiNameTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Karfu'R | Karfu’R",
            "Karfu‘R | Karfuʼr",
            "Karfu′R | KARFU'R",
            "Karfu＇R | Karfu’R",                                // fullwidth apostrophe, by NFKC
            "«Plume» | \"Plume\"",
            "“Plume” | „Plume‟",
            "CoachÉlèves – AssistProf | CoachÉlèves - AssistProf",
            "CoachÉlèves — AssistProf | coachélèves ‐ assistprof",
            "Prev−AC−Tion | Prev-AC-Tion",                       // minus sign
            "GDR Sante\u0301 | GDR Santé",                       // e + U+0301, composed by NFKC
            "`  Open \t Justice ` | Open Justice",
            "ﬁle | file"})                                       // ligature, by NFKC
    void typographic_variants_fold_to_the_same_name(String a, String b) {
        assertThat(DefiName.same(a, b)).isTrue();
        assertThat(DefiName.folded(DefiName.folded(a))).isEqualTo(DefiName.folded(a));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Karfu R | Karfu’R",
            "OpenJustice | Open Justice",
            "Lab Sante | Lab Santé",
            "SocialConnect | Social Connect",
            "e-PSHAD | ePSHAD",
            "« Plume » | \"Plume\""})
    void letters_accents_and_inner_spaces_still_tell_names_apart(String a, String b) {
        assertThat(DefiName.same(a, b)).isFalse();
    }

    @Test
    void a_missing_name_is_the_same_as_nothing() {
        assertThat(DefiName.same(null, "Plume")).isFalse();
        assertThat(DefiName.same("Plume", null)).isFalse();
    }

    @Test
    void a_folded_name_is_lower_case_with_plain_marks_and_single_spaces() {
        assertThat(DefiName.folded("  « Karfu’R » —\u00A0Test  ")).isEqualTo("\" karfu'r \" - test");
    }

    private static final OfferedChoices OFFER = new OfferedChoices(List.of(List.of("SocialConnect", "Social Connect"),
            List.of("Hopkins"), List.of("Karfu’R")));

    private static Candidacy choosing(String... choices) {
        return new Candidacy(CandidacyKind.CANDIDACY, 2, null, null, null, null, null, List.of(choices), null);
    }

    @Test
    void a_choice_names_an_offer_under_any_spelling_and_goes_by_its_first() {
        assertThat(OFFER.offerNamed("social connect")).isEqualTo("SocialConnect");
        assertThat(OFFER.offerNamed("Karfu'R")).isEqualTo("Karfu’R");
        assertThat(OFFER.offerNamed("Social Connection")).isNull();
        assertThat(OFFER.names()).containsExactly("SocialConnect", "Hopkins", "Karfu’R");
        assertThat(choosing("Karfu'R", "Socialconnect", "Hopkin").choicesOutside(OFFER)).containsExactly("Hopkin");
    }

    @Test
    void two_spellings_of_one_offer_are_one_choice() {
        Candidacy twice = choosing("SocialConnect", "Hopkins", "Social Connect");
        assertThat(twice.repeatsAChoice(OFFER)).isTrue();
        assertThat(twice.distinctChoices(OFFER)).isEqualTo(2);
        assertThat(twice.choiceCount()).isEqualTo(3);
        // Without the offer's list, only folding can tell: two spellings are two names.
        assertThat(twice.repeatsAChoice(null)).isFalse();
        assertThat(choosing("Karfu’R", "KARFU'R").repeatsAChoice(null)).isTrue();
        assertThat(choosing("Hopkins", "Karfu’R").repeatsAChoice(OFFER)).isFalse();
        // Off the list, variants of one name are still one choice.
        assertThat(choosing("Défi “X”", "défi «X»").repeatsAChoice(OFFER)).isTrue();
    }

    @Test
    void an_offer_needs_a_spelling() {
        assertThatThrownBy(() -> new OfferedChoices(List.of(List.of("Hopkins"), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfferedChoices(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
