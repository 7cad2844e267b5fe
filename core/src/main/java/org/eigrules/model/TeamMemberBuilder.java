package org.eigrules.model;

/**
 * Builds a project team member ({@link TeamMember}) field by field, so that no constructor call lines up values of the
 * same type by position. Fields not set stay absent (null), as in a file that leaves them out;
 * nothing is checked here: {@code EigRules} validates what it evaluates.
 *
 * <p>A builder is mutable and not thread-safe; what {@link #build()} returns is an immutable
 * record, and the builder may go on to build another.
 */
public final class TeamMemberBuilder {

    private String name;
    private String role;
    private Integer involvementPercent;

    /** A builder with every field absent. */
    public TeamMemberBuilder() {
    }

    /**
     * A builder holding every field of {@code source}, to build a changed copy.
     *
     * @param source the record to start from
     * @return a new builder
     */
    public static TeamMemberBuilder from(TeamMember source) {
        TeamMemberBuilder builder = new TeamMemberBuilder();
        builder.name = source.name();
        builder.role = source.role();
        builder.involvementPercent = source.involvementPercent();
        return builder;
    }

    /**
     * Sets {@link TeamMember#name()}.
     *
     * @param name the value, or null for absent
     * @return this builder
     */
    public TeamMemberBuilder name(String name) {
        this.name = name;
        return this;
    }

    /**
     * Sets {@link TeamMember#role()}.
     *
     * @param role the value, or null for absent
     * @return this builder
     */
    public TeamMemberBuilder role(String role) {
        this.role = role;
        return this;
    }

    /**
     * Sets {@link TeamMember#involvementPercent()}.
     *
     * @param involvementPercent the value, or null for absent
     * @return this builder
     */
    public TeamMemberBuilder involvementPercent(Integer involvementPercent) {
        this.involvementPercent = involvementPercent;
        return this;
    }

    /**
     * The record with the fields set so far.
     *
     * @return a new, immutable {@link TeamMember}
     */
    public TeamMember build() {
        return new TeamMember(name, role, involvementPercent);
    }
}
