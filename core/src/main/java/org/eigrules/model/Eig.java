package org.eigrules.model;

import org.eigrules.validation.NeededBy;

/**
 * One requested EIG.
 *
 * @param profile the skill profile sought (CHL-4)
 * @param mission what the EIG will do (free text)
 */
public record Eig(@NeededBy("CHL-4") Profile profile, String mission) {
}
