package org.eigrules.model;

import jakarta.validation.Valid;

/**
 * The mentors a défi names: an operational mentor and a high-level one; in later calls,
 * optionally a second operational mentor (or project owners).
 *
 * @param operational       supervises the EIGs day to day
 * @param highLevel         unblocks strategic decisions and carries the high-level sponsorship
 * @param secondOperational a second operational mentor; optional
 */
public record Mentors(
        @Valid OperationalMentor operational,
        @Valid HighLevelMentor highLevel,
        @Valid OperationalMentor secondOperational) {

    /** An operational and a high-level mentor, without a second operational one. */
    public Mentors(OperationalMentor operational, HighLevelMentor highLevel) {
        this(operational, highLevel, null);
    }

    /**
     * Whether one person holds both roles: true or false when the e-mails or the names decide it,
     * null when neither mentor can be compared (a name is missing where an e-mail does not decide).
     */
    public Boolean samePersonInBothRoles() {
        return operational == null || highLevel == null ? null : operational.samePerson(highLevel);
    }
}
