package org.eigrules.model;

/**
 * One requested EIG.
 *
 * @param profile the skill profile sought (CHL-4; missing only while no other EIG's profile fails it)
 * @param mission what the EIG will do (free text)
 */
public record Eig(Profile profile, String mission) {
}
