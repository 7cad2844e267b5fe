package org.eigrules.model;

/**
 * Builds the high-level mentor ({@link HighLevelMentor}) field by field, so that no constructor call lines up values of the
 * same type by position. Fields not set stay absent (null), as in a file that leaves them out;
 * nothing is checked here: {@code EigRules} validates what it evaluates.
 *
 * <p>A builder is mutable and not thread-safe; what {@link #build()} returns is an immutable
 * record, and the builder may go on to build another.
 */
public final class HighLevelMentorBuilder {

    private String name;
    private String email;
    private String position;

    /** A builder with every field absent. */
    public HighLevelMentorBuilder() {
    }

    /**
     * A builder holding every field of {@code source}, to build a changed copy.
     *
     * @param source the record to start from
     * @return a new builder
     */
    public static HighLevelMentorBuilder from(HighLevelMentor source) {
        HighLevelMentorBuilder builder = new HighLevelMentorBuilder();
        builder.name = source.name();
        builder.email = source.email();
        builder.position = source.position();
        return builder;
    }

    /**
     * Sets {@link HighLevelMentor#name()}.
     *
     * @param name the value, or null for absent
     * @return this builder
     */
    public HighLevelMentorBuilder name(String name) {
        this.name = name;
        return this;
    }

    /**
     * Sets {@link HighLevelMentor#email()}.
     *
     * @param email the value, or null for absent
     * @return this builder
     */
    public HighLevelMentorBuilder email(String email) {
        this.email = email;
        return this;
    }

    /**
     * Sets {@link HighLevelMentor#position()}.
     *
     * @param position the value, or null for absent
     * @return this builder
     */
    public HighLevelMentorBuilder position(String position) {
        this.position = position;
        return this;
    }

    /**
     * The record with the fields set so far.
     *
     * @return a new, immutable {@link HighLevelMentor}
     */
    public HighLevelMentor build() {
        return new HighLevelMentor(name, email, position);
    }
}
