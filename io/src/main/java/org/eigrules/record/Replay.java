package org.eigrules.record;

import org.eigrules.validation.Violation;

import java.util.List;
import java.util.Objects;

/**
 * What replaying one decision record found.
 *
 * @param problems            why the record could not be replayed, each by its field path in the
 *                            record ({@code recordFormat}, {@code application.eigs[0].profile});
 *                            empty when it was replayed
 * @param differences         the decision's fields that differ today, field by field; empty when
 *                            the decision is the same (or the record could not be replayed)
 * @param recordedFingerprint the rule set's fingerprint the record holds; null when it holds none
 * @param current             the fingerprint of the rules it was replayed against
 * @param filesChanged        the rule, parameter and message files whose content differs from the
 *                            record's, when the record lists them
 * @param recordedVersion     the library version that wrote the record; null when it holds none
 * @param recordedScheme      the fingerprint scheme the record was written with: 1 when it names none
 *                            (records written before schemes were named), else its
 *                            {@code fingerprint.scheme}
 */
public record Replay(List<Violation> problems, List<Difference> differences, String recordedFingerprint,
                     Fingerprint current, List<String> filesChanged, String recordedVersion, int recordedScheme) {

    /** Copies the lists. */
    public Replay {
        problems = List.copyOf(problems);
        differences = List.copyOf(differences);
        filesChanged = List.copyOf(filesChanged);
        Objects.requireNonNull(current, "current");
    }

    /** Whether the record could be replayed. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** Whether the record was replayed and today's rules give the same decision. */
    public boolean sameDecision() {
        return valid() && differences.isEmpty();
    }

    /**
     * Whether the record's fingerprint was computed by another scheme than today's: its value cannot
     * be compared, and {@link #fingerprintChanged()} compares the files one by one instead.
     */
    public boolean schemeChanged() {
        return recordedScheme != Fingerprint.SCHEME;
    }

    /**
     * Whether the rule set differs from the one the record was made with: by the fingerprint when
     * the record's scheme is today's, else by each file's own digest ({@link #filesChanged()}).
     */
    public boolean fingerprintChanged() {
        return schemeChanged() ? !filesChanged.isEmpty() : !current.value().equals(recordedFingerprint);
    }
}
