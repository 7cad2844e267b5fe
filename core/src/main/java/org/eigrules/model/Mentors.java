package org.eigrules.model;

import jakarta.validation.Valid;
import org.eigrules.validation.NeededBy;
import org.eigrules.validation.PromotionField;

/**
 * The mentors a défi names (CHL-5): an operational mentor and a high-level one; from promotion 4
 * on, optionally a second operational mentor (in promotion 5, project owners).
 *
 * @param operational       supervises the EIGs day to day
 * @param highLevel         unblocks strategic decisions and carries the high-level sponsorship (COM-3)
 * @param secondOperational a second operational mentor, promotions 4 and 5; optional
 */
public record Mentors(
        @NeededBy("CHL-5") @Valid OperationalMentor operational,
        @NeededBy({"CHL-5", "COM-3"}) @Valid HighLevelMentor highLevel,
        @PromotionField({4, 5}) @Valid OperationalMentor secondOperational) {

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
