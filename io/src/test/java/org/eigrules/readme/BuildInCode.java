package org.eigrules.readme;

// docs/java-guide.md's "Building an application in code" example, verbatim (ReadmeJavaBlocksTest checks it).

import org.eigrules.EigRules;
import org.eigrules.decision.Decision;
import org.eigrules.model.Application;
import org.eigrules.model.ApplicationBuilder;
import org.eigrules.model.BodyKind;
import org.eigrules.model.ChallengeBuilder;
import org.eigrules.model.CommitmentsBuilder;
import org.eigrules.model.DocumentsBuilder;
import org.eigrules.model.Eig;
import org.eigrules.model.FundingBuilder;
import org.eigrules.model.FundingMode;
import org.eigrules.model.HighLevelMentorBuilder;
import org.eigrules.model.HostBuilder;
import org.eigrules.model.Mentors;
import org.eigrules.model.OperationalMentor;
import org.eigrules.model.Profile;
import org.eigrules.model.TeamMemberBuilder;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public class BuildInCode {

    public static Decision evaluateDataJust(EigRules rules) {
        Application application = new ApplicationBuilder()
                .promotion(3)
                .receivedAt(OffsetDateTime.parse("2018-06-14T16:30:00+02:00"))
                .challenge(new ChallengeBuilder()
                        .name("DataJust")
                        .problem("Court decisions on personal injury compensation are scattered.")
                        .purelyTechnical(false)
                        .impactsAgentsOrUsers(true)
                        .durationMonths(10)
                        .dataScience(true)
                        .build())
                .eigs(new Eig(Profile.DATA_SCIENCE, "Extract compensation amounts from court decisions"),
                        new Eig(Profile.DEVELOPMENT, "Build the reference tool"))
                .host(new HostBuilder().name("Ministère de la Justice").kind(BodyKind.MINISTRY).build())
                .mentors(new Mentors(
                        new OperationalMentor("Claude Moreau", "claude.moreau@example.org"),
                        new HighLevelMentorBuilder().name("Maxime Lefebvre").position("Directeur·rice").build()))
                .team(new TeamMemberBuilder().name("Noa Girard").role("product owner").involvementPercent(50).build(),
                        new TeamMemberBuilder().name("Eden Roux").role("data steward").involvementPercent(30).build())
                .commitments(new CommitmentsBuilder()
                        .dataAccess(true)
                        .technicalEnvironment(true)
                        .offSiteWork(true)
                        .supportProgramme(true)
                        .openSourceAndOpenData(true)
                        .continuationPlan("The host team takes the product over after the ten months.")
                        .build())
                .documents(new DocumentsBuilder().detailedForm(true).pitchSlides(10).financialSimulation(true).build())
                .funding(new FundingBuilder()
                        .mode(FundingMode.PIA)
                        .totalEmployerCost(new BigDecimal("146333.33"))
                        .requestedPiaAmount(new BigDecimal("102433.33"))
                        .build())
                .build();
        return rules.evaluate(application);       // validated here: InvalidApplicationException if malformed
    }
}
