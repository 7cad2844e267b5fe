package org.eigrules.record;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The fingerprint of a rule set: a SHA-256 over its rule files, parameter files and message files,
 * taken in the order of their paths, each line ending read as {@code \n}, so the same files give
 * the same fingerprint on every platform and in every build; each file is digested on its own and
 * the path–digest pairs with their lengths ({@link #SCHEME}), so different files never share one.
 *
 * @param value the SHA-256, 64 lower-case hexadecimal digits
 * @param files each file's own SHA-256 by its path ({@code rules/challenge.drl},
 *              {@code promotions/p3.yaml}, …), in path order: what the fingerprint covers, and
 *              which files differ when two fingerprints do
 */
public record Fingerprint(String value, Map<String, String> files) {

    /** The algorithm, as records name it. */
    public static final String ALGORITHM = "SHA-256";

    /**
     * How the files are read into the fingerprint, as records name it: 2, each file digested on its
     * own and the sorted path–digest pairs digested with their lengths. Records written before
     * records named a scheme used 1 (each path and text between NUL bytes), which two different
     * sets of files could share; a replay compares their files one by one instead.
     */
    public static final int SCHEME = 2;

    /** Checks the value and copies the files in path order. */
    public Fingerprint {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("expected 64 lower-case hexadecimal digits, found " + value);
        }
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The first twelve digits, enough for a person to compare two fingerprints. */
    public String shortValue() {
        return value.substring(0, 12);
    }

    /** The paths whose content differs from {@code other}'s, or that only one of them has, in path order. */
    public java.util.List<String> filesDifferingFrom(Fingerprint other) {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>(files.keySet());
        paths.addAll(other.files.keySet());
        return paths.stream().filter(p -> !Objects.equals(files.get(p), other.files.get(p))).toList();
    }

    @Override
    public String toString() {
        return ALGORITHM + ":" + value;
    }
}
