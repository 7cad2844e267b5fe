package org.eigrules.candidacy;

import jakarta.validation.constraints.Email;
import org.eigrules.model.NotBlankWhenGiven;

/**
 * Who applies.
 *
 * @param naturalPerson true when a natural person applies in their own name (CND-1); absent leaves CND-1 undecided
 * @param name          the candidate's name; optional
 * @param email         the candidate's e-mail address; optional
 */
public record Applicant(Boolean naturalPerson, @NotBlankWhenGiven String name, @Email String email) {
}
