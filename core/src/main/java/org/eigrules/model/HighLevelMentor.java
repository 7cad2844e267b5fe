package org.eigrules.model;

import jakarta.validation.constraints.Email;

/**
 * The mentor who unblocks strategic decisions (mentor de haut niveau).
 *
 * @param name     full name
 * @param email    e-mail address, optional
 * @param position the position that makes the sponsorship high-level; blank means none
 */
public record HighLevelMentor(
        @NotBlankWhenGiven String name,
        @Email String email,
        String position) implements Person {
}
