package org.eigrules.candidacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.NotBlank;
import org.eigrules.model.DefiName;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A candidacy to a promotion's call for candidates. Every field but {@code kind} and
 * {@code promotion} may be absent: the rules say, per promotion, whether the absence leaves a
 * clause undecided (the decision is then INCOMPLETE) or not.
 *
 * @param kind               always {@link CandidacyKind#CANDIDACY}: what tells a candidacy from a défi application
 * @param promotion          the promotion whose call this candidacy answers
 * @param receivedAt         the platform's receipt time, with its offset (CND-6)
 * @param applicant          who applies (CND-1)
 * @param publicService      the candidate's public-service status (CND-2)
 * @param juryMemberOrExpert true for a member of the jury or an expert consulted for the programme (CND-3)
 * @param studiesAtStart     what the candidate will be studying at the promotion's start (CND-4)
 * @param choices            défis (P2, P3, P5) or profiles (P4), in order of preference (CND-5)
 * @param documents          the pieces of the file (CND-9)
 */
public record Candidacy(
        @NotNull CandidacyKind kind,
        @NotNull @Positive Integer promotion,
        OffsetDateTime receivedAt,
        @Valid Applicant applicant,
        @Valid PublicService publicService,
        Boolean juryMemberOrExpert,
        Studies studiesAtStart,
        List<@NotNull @NotBlank String> choices,
        @Valid CandidacyDocuments documents) {

    /** Copies the choices, keeping an absent list absent (absent items are kept, to be reported). */
    public Candidacy {
        choices = choices == null ? null : Collections.unmodifiableList(new ArrayList<>(choices));
    }

    /**
     * How many choices the candidacy makes.
     *
     * @return the number of entries in {@code choices}, 0 when it is absent
     */
    public int choiceCount() {
        return choices == null ? 0 : choices.size();
    }

    /**
     * Whether one offer is chosen twice: two choices that name the same offer (under any of its
     * spellings), or, outside the offers, that are the same name once typographic variants are
     * folded ({@link DefiName}).
     *
     * @param offered what the promotion offers, or null when it lists nothing
     * @return true when two entries of {@code choices} name the same thing
     */
    public boolean repeatsAChoice(OfferedChoices offered) {
        return choices != null && distinctChoices(offered) < choices.stream().filter(Objects::nonNull).count();
    }

    /**
     * How many different things the candidacy chooses: choices naming the same offer, or the same
     * name once folded, count once.
     *
     * @param offered what the promotion offers, or null when it lists nothing
     * @return the number of distinct choices, 0 when {@code choices} is absent
     */
    public int distinctChoices(OfferedChoices offered) {
        return choices == null ? 0 : (int) choices.stream().filter(Objects::nonNull)
                .map(c -> chosen(c, offered)).distinct().count();
    }

    /**
     * The choices that name nothing the promotion offers, in order.
     *
     * @param offered what the promotion offers
     * @return every entry of {@code choices} that names none of {@code offered}, as written
     */
    public List<String> choicesOutside(OfferedChoices offered) {
        return choices == null ? List.of()
                : choices.stream().filter(c -> c != null && offered.offerNamed(c) == null).toList();
    }

    /** What a choice stands for when telling repeats apart: its offer's name, else itself, both folded. */
    private static String chosen(String choice, OfferedChoices offered) {
        String offer = offered == null ? null : offered.offerNamed(choice);
        return DefiName.folded(offer != null ? offer : choice);
    }
}
