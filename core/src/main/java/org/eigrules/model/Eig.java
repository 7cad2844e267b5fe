package org.eigrules.model;

import org.eigrules.validation.PromotionField;

/**
 * One requested EIG.
 *
 * @param profile        the skill profile sought (CHL-4; missing only while no other EIG's profile fails it)
 * @param mission        what the EIG will do (free text)
 * @param experienceBand the EIG's experience band when the file states it, promotion 5 only (FIN-11):
 *                       absent, the grant is given as a range over the bands
 */
public record Eig(Profile profile, String mission, @PromotionField(5) ExperienceBand experienceBand) {

    /** An EIG whose experience band is not stated. */
    public Eig(Profile profile, String mission) {
        this(profile, mission, null);
    }
}
