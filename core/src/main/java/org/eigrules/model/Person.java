package org.eigrules.model;

import java.util.Locale;

/** Someone named in an application. */
public interface Person {

    /** @return the person's full name, or null when absent */
    String name();

    /** @return the person's e-mail address, or null when absent */
    String email();

    /**
     * Whether two entries name the same person: the same e-mail when both give one, otherwise the
     * same name (CHL-5). Comparison ignores case and surrounding spaces.
     *
     * @param other another person of the file, or null
     * @return true when both entries name the same person
     */
    default boolean samePersonAs(Person other) {
        if (other == null) {
            return false;
        }
        if (email() != null && other.email() != null) {
            return normalised(email()).equals(normalised(other.email()));
        }
        return name() != null && other.name() != null && normalised(name()).equals(normalised(other.name()));
    }

    /**
     * {@link #samePersonAs} in three values: null when it cannot be told — no pair of e-mails, and
     * a name missing on either side.
     */
    default Boolean samePerson(Person other) {
        if (other == null) {
            return null;
        }
        if (email() != null && other.email() != null) {
            return normalised(email()).equals(normalised(other.email()));
        }
        if (name() == null || other.name() == null) {
            return null;
        }
        return normalised(name()).equals(normalised(other.name()));
    }

    private static String normalised(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
