package org.eigrules.model;

/**
 * An EIG's experience band, which sets the salary in promotion 5 (FIN-11): up to five years of
 * experience inclusive, or more than five.
 */
public enum ExperienceBand {
    /** Up to five years of experience, five included (the lower salary). */
    UP_TO_5_YEARS,
    /** More than five years of experience (the upper salary). */
    OVER_5_YEARS
}
