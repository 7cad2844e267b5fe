package org.eigrules.model;


/**
 * One requested EIG.
 *
 * @param profile        the skill profile sought (missing only while no other EIG's profile fails it)
 * @param mission        what the EIG will do (free text)
 * @param experienceBand the EIG's experience band when the file states it:
 *                       absent, the grant is given as a range over the bands
 */
public record Eig(Profile profile, String mission, ExperienceBand experienceBand) {

    /** An EIG whose experience band is not stated. */
    public Eig(Profile profile, String mission) {
        this(profile, mission, null);
    }
}
