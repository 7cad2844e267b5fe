package org.eigrules.model;

/**
 * Builds the host's commitments ({@link Commitments}) field by field, so that no constructor call lines up values of the
 * same type by position. Fields not set stay absent (null), as in a file that leaves them out;
 * nothing is checked here: {@code EigRules} validates what it evaluates.
 *
 * <p>A builder is mutable and not thread-safe; what {@link #build()} returns is an immutable
 * record, and the builder may go on to build another.
 */
public final class CommitmentsBuilder {

    private Boolean dataAccess;
    private Boolean technicalEnvironment;
    private Boolean offSiteWork;
    private Boolean supportProgramme;
    private Boolean openSourceAndOpenData;
    private String continuationPlan;
    private Boolean accessibility;

    /** A builder with every field absent. */
    public CommitmentsBuilder() {
    }

    /**
     * A builder holding every field of {@code source}, to build a changed copy.
     *
     * @param source the record to start from
     * @return a new builder
     */
    public static CommitmentsBuilder from(Commitments source) {
        CommitmentsBuilder builder = new CommitmentsBuilder();
        builder.dataAccess = source.dataAccess();
        builder.technicalEnvironment = source.technicalEnvironment();
        builder.offSiteWork = source.offSiteWork();
        builder.supportProgramme = source.supportProgramme();
        builder.openSourceAndOpenData = source.openSourceAndOpenData();
        builder.continuationPlan = source.continuationPlan();
        builder.accessibility = source.accessibility();
        return builder;
    }

    /**
     * Sets {@link Commitments#dataAccess()}.
     *
     * @param dataAccess the value, or null for absent
     * @return this builder
     */
    public CommitmentsBuilder dataAccess(Boolean dataAccess) {
        this.dataAccess = dataAccess;
        return this;
    }

    /**
     * Sets {@link Commitments#technicalEnvironment()}.
     *
     * @param technicalEnvironment the value, or null for absent
     * @return this builder
     */
    public CommitmentsBuilder technicalEnvironment(Boolean technicalEnvironment) {
        this.technicalEnvironment = technicalEnvironment;
        return this;
    }

    /**
     * Sets {@link Commitments#offSiteWork()}.
     *
     * @param offSiteWork the value, or null for absent
     * @return this builder
     */
    public CommitmentsBuilder offSiteWork(Boolean offSiteWork) {
        this.offSiteWork = offSiteWork;
        return this;
    }

    /**
     * Sets {@link Commitments#supportProgramme()}.
     *
     * @param supportProgramme the value, or null for absent
     * @return this builder
     */
    public CommitmentsBuilder supportProgramme(Boolean supportProgramme) {
        this.supportProgramme = supportProgramme;
        return this;
    }

    /**
     * Sets {@link Commitments#openSourceAndOpenData()}.
     *
     * @param openSourceAndOpenData the value, or null for absent
     * @return this builder
     */
    public CommitmentsBuilder openSourceAndOpenData(Boolean openSourceAndOpenData) {
        this.openSourceAndOpenData = openSourceAndOpenData;
        return this;
    }

    /**
     * Sets {@link Commitments#continuationPlan()}.
     *
     * @param continuationPlan the value, or null for absent
     * @return this builder
     */
    public CommitmentsBuilder continuationPlan(String continuationPlan) {
        this.continuationPlan = continuationPlan;
        return this;
    }

    /**
     * Sets {@link Commitments#accessibility()}, a field of some promotions only (the field table says which).
     *
     * @param accessibility the value, or null for absent
     * @return this builder
     */
    public CommitmentsBuilder accessibility(Boolean accessibility) {
        this.accessibility = accessibility;
        return this;
    }

    /**
     * The record with the fields set so far.
     *
     * @return a new, immutable {@link Commitments}
     */
    public Commitments build() {
        return new Commitments(dataAccess, technicalEnvironment, offSiteWork, supportProgramme, openSourceAndOpenData, continuationPlan, accessibility);
    }
}
