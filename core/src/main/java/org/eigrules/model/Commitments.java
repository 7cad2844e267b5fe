package org.eigrules.model;

import org.eigrules.validation.NeededBy;
import org.eigrules.validation.PromotionField;

/**
 * What the host commits to (the "reinforced commitments" of promotion 3). COM-4 has two parts:
 * when one is refused the clause fails whatever the other says, so the rules decide when either
 * is missing.
 *
 * @param dataAccess            access to the data the défi needs (COM-1)
 * @param technicalEnvironment  the technical environment the défi needs (COM-2)
 * @param offSiteWork           the EIGs may work off-site (COM-4)
 * @param supportProgramme      the EIGs and mentors take part in the support sessions (COM-4)
 * @param openSourceAndOpenData code under a free licence, openable data opened (COM-5)
 * @param continuationPlan      how the défi continues and its results are deployed; blank = none (COM-6)
 * @param accessibility         the deliverables meet digital accessibility standards, promotions 4 and 5 (COM-7)
 */
public record Commitments(
        @NeededBy("COM-1") Boolean dataAccess,
        @NeededBy("COM-2") Boolean technicalEnvironment,
        Boolean offSiteWork,
        Boolean supportProgramme,
        @NeededBy("COM-5") Boolean openSourceAndOpenData,
        @NeededBy("COM-6") String continuationPlan,
        @PromotionField({4, 5}) @NeededBy(value = "COM-7", promotions = {4, 5}) Boolean accessibility) {

    /** The commitments of a promotion 3 file, which asks nothing about accessibility. */
    public Commitments(Boolean dataAccess, Boolean technicalEnvironment, Boolean offSiteWork, Boolean supportProgramme,
                       Boolean openSourceAndOpenData, String continuationPlan) {
        this(dataAccess, technicalEnvironment, offSiteWork, supportProgramme, openSourceAndOpenData, continuationPlan,
                null);
    }
}
