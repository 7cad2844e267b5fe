package org.eigrules.candidacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.NotBlank;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
     * Whether a choice is named twice.
     *
     * @return true when two entries of {@code choices} are equal
     */
    public boolean repeatsAChoice() {
        return choices != null && choices.stream().distinct().count() < choices.size();
    }

    /**
     * The choices that are not in a list of allowed ones, in order.
     *
     * @param allowed the choices the promotion allows
     * @return every entry of {@code choices} that {@code allowed} does not hold
     */
    public List<String> choicesOutside(List<String> allowed) {
        return choices == null ? List.of() : choices.stream().filter(c -> c != null && !allowed.contains(c)).toList();
    }
}
