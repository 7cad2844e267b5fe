package org.eigrules.candidacy;

/** What the candidate will be studying when the promotion starts (CND-4). */
public enum Studies {
    /** Not in education. */
    NONE,
    /** Enrolled in the first two university cycles (bachelor's or master's level). */
    FIRST_TWO_CYCLES,
    /** A doctoral student. */
    DOCTORATE,
    /** An apprentice. */
    APPRENTICESHIP,
    /** Any other course of study. */
    OTHER_STUDIES
}
