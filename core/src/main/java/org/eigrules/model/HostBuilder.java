package org.eigrules.model;

/**
 * Builds the host ({@link Host}) field by field, so that no constructor call lines up values of the
 * same type by position. Fields not set stay absent (null), as in a file that leaves them out;
 * nothing is checked here: {@code EigRules} validates what it evaluates.
 *
 * <p>A builder is mutable and not thread-safe; what {@link #build()} returns is an immutable
 * record, and the builder may go on to build another.
 */
public final class HostBuilder {

    private String name;
    private BodyKind kind;
    private String siret;
    private String payrollBudgetProgramme;
    private Boolean economicAndFinancialMinistries;
    private Boolean parisRegion;

    /** A builder with every field absent. */
    public HostBuilder() {
    }

    /**
     * A builder holding every field of {@code source}, to build a changed copy.
     *
     * @param source the record to start from
     * @return a new builder
     */
    public static HostBuilder from(Host source) {
        HostBuilder builder = new HostBuilder();
        builder.name = source.name();
        builder.kind = source.kind();
        builder.siret = source.siret();
        builder.payrollBudgetProgramme = source.payrollBudgetProgramme();
        builder.economicAndFinancialMinistries = source.economicAndFinancialMinistries();
        builder.parisRegion = source.parisRegion();
        return builder;
    }

    /**
     * Sets {@link Host#name()}.
     *
     * @param name the value, or null for absent
     * @return this builder
     */
    public HostBuilder name(String name) {
        this.name = name;
        return this;
    }

    /**
     * Sets {@link Host#kind()}.
     *
     * @param kind the value, or null for absent
     * @return this builder
     */
    public HostBuilder kind(BodyKind kind) {
        this.kind = kind;
        return this;
    }

    /**
     * Sets {@link Host#siret()}.
     *
     * @param siret the value, or null for absent
     * @return this builder
     */
    public HostBuilder siret(String siret) {
        this.siret = siret;
        return this;
    }

    /**
     * Sets {@link Host#payrollBudgetProgramme()}, a field of some promotions only (the field table says which).
     *
     * @param payrollBudgetProgramme the value, or null for absent
     * @return this builder
     */
    public HostBuilder payrollBudgetProgramme(String payrollBudgetProgramme) {
        this.payrollBudgetProgramme = payrollBudgetProgramme;
        return this;
    }

    /**
     * Sets {@link Host#economicAndFinancialMinistries()}, a field of some promotions only (the field table says which).
     *
     * @param economicAndFinancialMinistries the value, or null for absent
     * @return this builder
     */
    public HostBuilder economicAndFinancialMinistries(Boolean economicAndFinancialMinistries) {
        this.economicAndFinancialMinistries = economicAndFinancialMinistries;
        return this;
    }

    /**
     * Sets {@link Host#parisRegion()}, a field of some promotions only (the field table says which).
     *
     * @param parisRegion the value, or null for absent
     * @return this builder
     */
    public HostBuilder parisRegion(Boolean parisRegion) {
        this.parisRegion = parisRegion;
        return this;
    }

    /**
     * The record with the fields set so far.
     *
     * @return a new, immutable {@link Host}
     */
    public Host build() {
        return new Host(name, kind, siret, payrollBudgetProgramme, economicAndFinancialMinistries, parisRegion);
    }
}
