package org.eigrules.model;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Builds an application ({@link Application}) field by field, so that no constructor call lines up values of the
 * same type by position. Fields not set stay absent (null), as in a file that leaves them out;
 * nothing is checked here: {@code EigRules} validates what it evaluates.
 *
 * <p>A builder is mutable and not thread-safe; what {@link #build()} returns is an immutable
 * record, and the builder may go on to build another.
 */
public final class ApplicationBuilder {

    private String id;
    private Integer promotion;
    private OffsetDateTime receivedAt;
    private Challenge challenge;
    private List<Eig> eigs;
    private Host host;
    private FundingCarrier fundingCarrier;
    private Mentors mentors;
    private List<TeamMember> team;
    private Commitments commitments;
    private Documents documents;
    private Funding funding;

    /** A builder with every field absent. */
    public ApplicationBuilder() {
    }

    /**
     * A builder holding every field of {@code source}, to build a changed copy.
     *
     * @param source the record to start from
     * @return a new builder
     */
    public static ApplicationBuilder from(Application source) {
        ApplicationBuilder builder = new ApplicationBuilder();
        builder.id = source.id();
        builder.promotion = source.promotion();
        builder.receivedAt = source.receivedAt();
        builder.challenge = source.challenge();
        builder.eigs = source.eigs();
        builder.host = source.host();
        builder.fundingCarrier = source.fundingCarrier();
        builder.mentors = source.mentors();
        builder.team = source.team();
        builder.commitments = source.commitments();
        builder.documents = source.documents();
        builder.funding = source.funding();
        return builder;
    }

    /**
     * Sets {@link Application#id()}, the caller's own reference echoed in the decision.
     *
     * @param id the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder id(String id) {
        this.id = id;
        return this;
    }

    /**
     * Sets {@link Application#promotion()}.
     *
     * @param promotion the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder promotion(Integer promotion) {
        this.promotion = promotion;
        return this;
    }

    /**
     * Sets {@link Application#receivedAt()}.
     *
     * @param receivedAt the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder receivedAt(OffsetDateTime receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    /**
     * Sets {@link Application#challenge()}.
     *
     * @param challenge the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder challenge(Challenge challenge) {
        this.challenge = challenge;
        return this;
    }

    /**
     * Sets {@link Application#eigs()}.
     *
     * @param eigs the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder eigs(List<Eig> eigs) {
        this.eigs = eigs;
        return this;
    }

    /**
     * Sets {@link Application#eigs()} to the values given, in order.
     *
     * @param eigs the values
     * @return this builder
     */
    public ApplicationBuilder eigs(Eig... eigs) {
        this.eigs = eigs == null ? null : Arrays.asList(eigs);
        return this;
    }

    /**
     * Sets {@link Application#host()}.
     *
     * @param host the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder host(Host host) {
        this.host = host;
        return this;
    }

    /**
     * Sets {@link Application#fundingCarrier()}.
     *
     * @param fundingCarrier the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder fundingCarrier(FundingCarrier fundingCarrier) {
        this.fundingCarrier = fundingCarrier;
        return this;
    }

    /**
     * Sets {@link Application#mentors()}.
     *
     * @param mentors the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder mentors(Mentors mentors) {
        this.mentors = mentors;
        return this;
    }

    /**
     * Sets {@link Application#team()}.
     *
     * @param team the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder team(List<TeamMember> team) {
        this.team = team;
        return this;
    }

    /**
     * Sets {@link Application#team()} to the values given, in order.
     *
     * @param team the values
     * @return this builder
     */
    public ApplicationBuilder team(TeamMember... team) {
        this.team = team == null ? null : Arrays.asList(team);
        return this;
    }

    /**
     * Sets {@link Application#commitments()}.
     *
     * @param commitments the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder commitments(Commitments commitments) {
        this.commitments = commitments;
        return this;
    }

    /**
     * Sets {@link Application#documents()}.
     *
     * @param documents the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder documents(Documents documents) {
        this.documents = documents;
        return this;
    }

    /**
     * Sets {@link Application#funding()}.
     *
     * @param funding the value, or null for absent
     * @return this builder
     */
    public ApplicationBuilder funding(Funding funding) {
        this.funding = funding;
        return this;
    }

    /**
     * The record with the fields set so far.
     *
     * @return a new, immutable {@link Application}
     */
    public Application build() {
        return new Application(id, promotion, receivedAt, challenge, eigs, host, fundingCarrier, mentors, team, commitments, documents, funding);
    }
}
