package org.eigrules.candidacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eigrules.model.NotBlankWhenGiven;

import java.util.List;

/**
 * One auditioned candidate's marks from the candidates' jury (CND-10), for one défi and profile.
 *
 * @param candidate the candidate's name
 * @param defi      the défi (or project) the audition was for; optional when lists are per profile only
 * @param profile   the profile the audition was for; optional when lists are per défi only
 * @param scores    the marks of the five criteria, in the criteria's order
 */
public record Audition(
        @NotNull @NotBlank String candidate,
        @NotBlankWhenGiven String defi,
        @NotBlankWhenGiven String profile,
        @NotNull List<@NotNull Integer> scores) {

    /** Copies the scores. */
    public Audition {
        scores = scores == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
    }
}
