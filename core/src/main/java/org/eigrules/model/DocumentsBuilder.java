package org.eigrules.model;

/**
 * Builds the file's documents ({@link Documents}) field by field, so that no constructor call lines up values of the
 * same type by position. Fields not set stay absent (null), as in a file that leaves them out;
 * nothing is checked here: {@code EigRules} validates what it evaluates.
 *
 * <p>A builder is mutable and not thread-safe; what {@link #build()} returns is an immutable
 * record, and the builder may go on to build another.
 */
public final class DocumentsBuilder {

    private Boolean detailedForm;
    private Integer pitchSlides;
    private Boolean financialSimulation;

    /** A builder with every field absent. */
    public DocumentsBuilder() {
    }

    /**
     * A builder holding every field of {@code source}, to build a changed copy.
     *
     * @param source the record to start from
     * @return a new builder
     */
    public static DocumentsBuilder from(Documents source) {
        DocumentsBuilder builder = new DocumentsBuilder();
        builder.detailedForm = source.detailedForm();
        builder.pitchSlides = source.pitchSlides();
        builder.financialSimulation = source.financialSimulation();
        return builder;
    }

    /**
     * Sets {@link Documents#detailedForm()}.
     *
     * @param detailedForm the value, or null for absent
     * @return this builder
     */
    public DocumentsBuilder detailedForm(Boolean detailedForm) {
        this.detailedForm = detailedForm;
        return this;
    }

    /**
     * Sets {@link Documents#pitchSlides()}.
     *
     * @param pitchSlides the value, or null for absent
     * @return this builder
     */
    public DocumentsBuilder pitchSlides(Integer pitchSlides) {
        this.pitchSlides = pitchSlides;
        return this;
    }

    /**
     * Sets {@link Documents#financialSimulation()}.
     *
     * @param financialSimulation the value, or null for absent
     * @return this builder
     */
    public DocumentsBuilder financialSimulation(Boolean financialSimulation) {
        this.financialSimulation = financialSimulation;
        return this;
    }

    /**
     * The record with the fields set so far.
     *
     * @return a new, immutable {@link Documents}
     */
    public Documents build() {
        return new Documents(detailedForm, pitchSlides, financialSimulation);
    }
}
