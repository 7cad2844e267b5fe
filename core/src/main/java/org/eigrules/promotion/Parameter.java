package org.eigrules.promotion;

import org.eigrules.decision.Language;

import java.util.Objects;

/**
 * One dated policy value of a promotion, as a rule author wrote it in the parameter file.
 *
 * @param key      the parameter's key, e.g. {@code pia.rate}
 * @param label    what the value means, in English
 * @param value    the value as written
 * @param source   where the value comes from, in English
 * @param labelFr  what the value means, in French (the English text when the file gives only one)
 * @param sourceFr where the value comes from, in French (the English text when the file gives only one)
 */
public record Parameter(String key, String label, String value, String source, String labelFr, String sourceFr) {
    /** Every part must be given. */
    public Parameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(sourceFr, "sourceFr");
    }

    /** A parameter whose label and source are written once, for both languages. */
    public Parameter(String key, String label, String value, String source) {
        this(key, label, value, source, label, source);
    }

    /** What the value means, in a language. */
    public String label(Language language) {
        return language == Language.FR ? labelFr : label;
    }

    /** Where the value comes from, in a language. */
    public String source(Language language) {
        return language == Language.FR ? sourceFr : source;
    }
}
