package org.eigrules.model;

import jakarta.validation.Valid;
import org.eigrules.validation.NeededBy;

/**
 * The two mentors a défi names (CHL-5).
 *
 * @param operational supervises the EIGs day to day
 * @param highLevel   unblocks strategic decisions and carries the high-level sponsorship (COM-3)
 */
public record Mentors(
        @NeededBy("CHL-5") @Valid OperationalMentor operational,
        @NeededBy({"CHL-5", "COM-3"}) @Valid HighLevelMentor highLevel) {

    /**
     * Whether one person holds both roles: true or false when the e-mails or the names decide it,
     * null when neither mentor can be compared (a name is missing where an e-mail does not decide).
     */
    public Boolean samePersonInBothRoles() {
        return operational == null || highLevel == null ? null : operational.samePerson(highLevel);
    }
}
