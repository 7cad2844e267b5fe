package org.eigrules.model;


/**
 * What the host commits to (the calls' "reinforced commitments"). Off-site work and the support
 * sessions make one clause: when one is refused the clause fails whatever the other says, so the
 * rules decide when either is missing.
 *
 * @param dataAccess            access to the data the défi needs
 * @param technicalEnvironment  the technical environment the défi needs
 * @param offSiteWork           the EIGs may work off-site
 * @param supportProgramme      the EIGs and mentors take part in the support sessions
 * @param openSourceAndOpenData code under a free licence, openable data opened
 * @param continuationPlan      how the défi continues and its results are deployed; blank = none
 * @param accessibility         the deliverables meet digital accessibility standards
 */
public record Commitments(
        Boolean dataAccess,
        Boolean technicalEnvironment,
        Boolean offSiteWork,
        Boolean supportProgramme,
        Boolean openSourceAndOpenData,
        String continuationPlan,
        Boolean accessibility) {

    /** The commitments of a file that asks nothing about accessibility. */
    public Commitments(Boolean dataAccess, Boolean technicalEnvironment, Boolean offSiteWork, Boolean supportProgramme,
                       Boolean openSourceAndOpenData, String continuationPlan) {
        this(dataAccess, technicalEnvironment, offSiteWork, supportProgramme, openSourceAndOpenData, continuationPlan,
                null);
    }
}
