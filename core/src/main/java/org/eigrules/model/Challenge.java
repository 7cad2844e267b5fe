package org.eigrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.eigrules.validation.PromotionField;
import org.eigrules.validation.NeededBy;

import java.util.List;

/**
 * The défi an administration proposes. Whether {@code problem}, {@code purelyTechnical} or
 * {@code impactsAgentsOrUsers} is missing depends on the others (CHL-1 may be decided without
 * some of them): the rules say so.
 *
 * @param name                     the défi's name (required, non-blank)
 * @param problem                  the host's business problem; blank means none was stated (CHL-1)
 * @param purelyTechnical          true for a tooling or purely IT défi (CHL-1)
 * @param impactsAgentsOrUsers     whether the défi directly affects agents or users (CHL-1)
 * @param durationMonths           how long the défi needs (CHL-2)
 * @param dataScience              a data-science défi (PRI-1)
 * @param linkedToAp2022           linked to Action Publique 2022 (PRI-2)
 * @param openDataOrDataGovernance accelerates open data or data governance (PRI-3)
 * @param datasetsToOpen           datasets the host will open (PRI-4)
 * @param partners                 partner administrations (PRI-4)
 * @param techGouvStakes           serves the TECH.GOUV stakes, promotion 4 (PRI-5); optional
 * @param digitalLawStakes         has strong digital-law stakes, promotion 5 (PRI-6); optional
 */
public record Challenge(
        @NotBlank String name,
        String problem,
        Boolean purelyTechnical,
        Boolean impactsAgentsOrUsers,
        @NeededBy("CHL-2") @Positive Integer durationMonths,
        Boolean dataScience,
        Boolean linkedToAp2022,
        Boolean openDataOrDataGovernance,
        List<@NotBlank String> datasetsToOpen,
        List<@NotBlank String> partners,
        @PromotionField(4) Boolean techGouvStakes,
        @PromotionField(5) Boolean digitalLawStakes) {

    /** Copies the lists, keeping absent ones absent. */
    public Challenge {
        datasetsToOpen = Copies.list(datasetsToOpen);
        partners = Copies.list(partners);
    }

    /** A défi as a promotion 3 file describes it. */
    public Challenge(String name, String problem, Boolean purelyTechnical, Boolean impactsAgentsOrUsers,
                     Integer durationMonths, Boolean dataScience, Boolean linkedToAp2022,
                     Boolean openDataOrDataGovernance, List<String> datasetsToOpen, List<String> partners) {
        this(name, problem, purelyTechnical, impactsAgentsOrUsers, durationMonths, dataScience, linkedToAp2022,
                openDataOrDataGovernance, datasetsToOpen, partners, null, null);
    }
}
