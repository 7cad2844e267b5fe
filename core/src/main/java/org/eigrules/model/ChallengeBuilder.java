package org.eigrules.model;

import java.util.Arrays;
import java.util.List;

/**
 * Builds a défi ({@link Challenge}) field by field, so that no constructor call lines up values of the
 * same type by position. Fields not set stay absent (null), as in a file that leaves them out;
 * nothing is checked here: {@code EigRules} validates what it evaluates.
 *
 * <p>A builder is mutable and not thread-safe; what {@link #build()} returns is an immutable
 * record, and the builder may go on to build another.
 */
public final class ChallengeBuilder {

    private String name;
    private String problem;
    private Boolean purelyTechnical;
    private Boolean impactsAgentsOrUsers;
    private Integer durationMonths;
    private Boolean dataScience;
    private Boolean linkedToAp2022;
    private Boolean openDataOrDataGovernance;
    private List<String> datasetsToOpen;
    private List<String> partners;
    private Boolean techGouvStakes;
    private Boolean digitalLawStakes;

    /** A builder with every field absent. */
    public ChallengeBuilder() {
    }

    /**
     * A builder holding every field of {@code source}, to build a changed copy.
     *
     * @param source the record to start from
     * @return a new builder
     */
    public static ChallengeBuilder from(Challenge source) {
        ChallengeBuilder builder = new ChallengeBuilder();
        builder.name = source.name();
        builder.problem = source.problem();
        builder.purelyTechnical = source.purelyTechnical();
        builder.impactsAgentsOrUsers = source.impactsAgentsOrUsers();
        builder.durationMonths = source.durationMonths();
        builder.dataScience = source.dataScience();
        builder.linkedToAp2022 = source.linkedToAp2022();
        builder.openDataOrDataGovernance = source.openDataOrDataGovernance();
        builder.datasetsToOpen = source.datasetsToOpen();
        builder.partners = source.partners();
        builder.techGouvStakes = source.techGouvStakes();
        builder.digitalLawStakes = source.digitalLawStakes();
        return builder;
    }

    /**
     * Sets {@link Challenge#name()}.
     *
     * @param name the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder name(String name) {
        this.name = name;
        return this;
    }

    /**
     * Sets {@link Challenge#problem()}.
     *
     * @param problem the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder problem(String problem) {
        this.problem = problem;
        return this;
    }

    /**
     * Sets {@link Challenge#purelyTechnical()}.
     *
     * @param purelyTechnical the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder purelyTechnical(Boolean purelyTechnical) {
        this.purelyTechnical = purelyTechnical;
        return this;
    }

    /**
     * Sets {@link Challenge#impactsAgentsOrUsers()}.
     *
     * @param impactsAgentsOrUsers the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder impactsAgentsOrUsers(Boolean impactsAgentsOrUsers) {
        this.impactsAgentsOrUsers = impactsAgentsOrUsers;
        return this;
    }

    /**
     * Sets {@link Challenge#durationMonths()}.
     *
     * @param durationMonths the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder durationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
        return this;
    }

    /**
     * Sets {@link Challenge#dataScience()}.
     *
     * @param dataScience the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder dataScience(Boolean dataScience) {
        this.dataScience = dataScience;
        return this;
    }

    /**
     * Sets {@link Challenge#linkedToAp2022()}.
     *
     * @param linkedToAp2022 the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder linkedToAp2022(Boolean linkedToAp2022) {
        this.linkedToAp2022 = linkedToAp2022;
        return this;
    }

    /**
     * Sets {@link Challenge#openDataOrDataGovernance()}.
     *
     * @param openDataOrDataGovernance the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder openDataOrDataGovernance(Boolean openDataOrDataGovernance) {
        this.openDataOrDataGovernance = openDataOrDataGovernance;
        return this;
    }

    /**
     * Sets {@link Challenge#datasetsToOpen()}.
     *
     * @param datasetsToOpen the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder datasetsToOpen(List<String> datasetsToOpen) {
        this.datasetsToOpen = datasetsToOpen;
        return this;
    }

    /**
     * Sets {@link Challenge#datasetsToOpen()} to the values given, in order.
     *
     * @param datasetsToOpen the values
     * @return this builder
     */
    public ChallengeBuilder datasetsToOpen(String... datasetsToOpen) {
        this.datasetsToOpen = datasetsToOpen == null ? null : Arrays.asList(datasetsToOpen);
        return this;
    }

    /**
     * Sets {@link Challenge#partners()}.
     *
     * @param partners the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder partners(List<String> partners) {
        this.partners = partners;
        return this;
    }

    /**
     * Sets {@link Challenge#partners()} to the values given, in order.
     *
     * @param partners the values
     * @return this builder
     */
    public ChallengeBuilder partners(String... partners) {
        this.partners = partners == null ? null : Arrays.asList(partners);
        return this;
    }

    /**
     * Sets {@link Challenge#techGouvStakes()}, a field of some promotions only (the field table says which).
     *
     * @param techGouvStakes the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder techGouvStakes(Boolean techGouvStakes) {
        this.techGouvStakes = techGouvStakes;
        return this;
    }

    /**
     * Sets {@link Challenge#digitalLawStakes()}, a field of some promotions only (the field table says which).
     *
     * @param digitalLawStakes the value, or null for absent
     * @return this builder
     */
    public ChallengeBuilder digitalLawStakes(Boolean digitalLawStakes) {
        this.digitalLawStakes = digitalLawStakes;
        return this;
    }

    /**
     * The record with the fields set so far.
     *
     * @return a new, immutable {@link Challenge}
     */
    public Challenge build() {
        return new Challenge(name, problem, purelyTechnical, impactsAgentsOrUsers, durationMonths, dataScience, linkedToAp2022, openDataOrDataGovernance, datasetsToOpen, partners, techGouvStakes, digitalLawStakes);
    }
}
