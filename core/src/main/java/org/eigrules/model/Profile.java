package org.eigrules.model;

/** The skill profile of a requested EIG (CHL-4). Which ones a promotion accepts is a parameter. */
public enum Profile {
    /** Software development. */
    DEVELOPMENT,
    /** Design. */
    DESIGN,
    /** Data science. */
    DATA_SCIENCE,
    /** Geomatics. */
    GEOMATICS,
    /** Statistics. */
    STATISTICS,
    /** Data engineering. */
    DATA_ENGINEERING,
    /** Digital law. */
    DIGITAL_LAW,
    /**
     * Product management: a profile outside every call's list (CHL-4), here because promotion 5
     * recruited one for EIG Link all the same.
     */
    PRODUCT_MANAGEMENT
}
