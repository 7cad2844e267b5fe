package org.eigrules.model;

import jakarta.validation.constraints.Email;

/**
 * The mentor who supervises the EIGs (mentor opérationnel).
 *
 * @param name  full name
 * @param email e-mail address, optional
 */
public record OperationalMentor(@NotBlankWhenGiven String name, @Email String email)
        implements Person {
}
