package org.eigrules.candidacy;

/** What a file is: the one value a candidacy file's {@code kind} may take. */
public enum CandidacyKind {
    /** A candidacy to a call for candidates, as opposed to a défi application (which has no kind). */
    CANDIDACY
}
