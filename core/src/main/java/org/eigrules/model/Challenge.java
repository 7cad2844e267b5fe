package org.eigrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import java.util.List;

/**
 * The défi an administration proposes. Whether {@code problem}, {@code purelyTechnical} or
 * {@code impactsAgentsOrUsers} is missing depends on the others (their clause may be decided
 * without some of them): the rules say so.
 *
 * @param name                     the défi's name (required, non-blank)
 * @param problem                  the host's business problem; blank means none was stated
 * @param purelyTechnical          true for a tooling or purely IT défi
 * @param impactsAgentsOrUsers     whether the défi directly affects agents or users
 * @param durationMonths           how long the défi needs
 * @param dataScience              a data-science défi
 * @param linkedToAp2022           linked to Action Publique 2022
 * @param openDataOrDataGovernance accelerates open data or data governance
 * @param datasetsToOpen           datasets the host will open
 * @param partners                 partner administrations
 * @param techGouvStakes           serves the TECH.GOUV stakes; optional
 * @param digitalLawStakes         has strong digital-law stakes; optional
 */
public record Challenge(
        @NotBlank String name,
        String problem,
        Boolean purelyTechnical,
        Boolean impactsAgentsOrUsers,
        @Positive Integer durationMonths,
        Boolean dataScience,
        Boolean linkedToAp2022,
        Boolean openDataOrDataGovernance,
        List<@NotBlank String> datasetsToOpen,
        List<@NotBlank String> partners,
        Boolean techGouvStakes,
        Boolean digitalLawStakes) {

    /** Copies the lists, keeping absent ones absent. */
    public Challenge {
        datasetsToOpen = Copies.list(datasetsToOpen);
        partners = Copies.list(partners);
    }

    /** A défi without the fields only later calls ask for. */
    public Challenge(String name, String problem, Boolean purelyTechnical, Boolean impactsAgentsOrUsers,
                     Integer durationMonths, Boolean dataScience, Boolean linkedToAp2022,
                     Boolean openDataOrDataGovernance, List<String> datasetsToOpen, List<String> partners) {
        this(name, problem, purelyTechnical, impactsAgentsOrUsers, durationMonths, dataScience, linkedToAp2022,
                openDataOrDataGovernance, datasetsToOpen, partners, null, null);
    }
}
