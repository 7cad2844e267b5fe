package org.eigrules.promotion;

import java.util.Objects;

/**
 * One dated policy value of a promotion, as a rule author wrote it in the parameter file.
 *
 * @param key    the parameter's key, e.g. {@code pia.rate}
 * @param label  what the value means
 * @param value  the value as written
 * @param source where the value comes from
 */
public record Parameter(String key, String label, String value, String source) {
    /** The key must be given. */
    public Parameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
