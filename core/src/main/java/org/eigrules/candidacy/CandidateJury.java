package org.eigrules.candidacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.util.List;

/**
 * The candidates' jury marks of one promotion (CND-10), to rank per défi and profile (CND-14).
 *
 * @param promotion the promotion
 * @param auditions every audition, in any order
 */
public record CandidateJury(@NotNull @Positive Integer promotion, @NotNull List<@NotNull @Valid Audition> auditions) {

    /** Copies the auditions. */
    public CandidateJury {
        auditions = auditions == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(auditions));
    }
}
