package org.eigrules.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A member of the host's internal project team (CHL-6, PRI-4).
 *
 * @param name               full name
 * @param role               the member's role in the project
 * @param involvementPercent share of the member's time given to the défi, 0 to 100
 */
public record TeamMember(
        @NotBlankWhenGiven String name,
        @NotBlankWhenGiven String role,
        @Min(0) @Max(100) Integer involvementPercent) {
}
