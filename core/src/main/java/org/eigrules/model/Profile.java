package org.eigrules.model;

/** The skill profile of a requested EIG (CHL-4). Which ones a promotion accepts is a parameter. */
public enum Profile {
    DEVELOPMENT,
    DESIGN,
    DATA_SCIENCE,
    GEOMATICS,
    STATISTICS,
    DATA_ENGINEERING,
    DIGITAL_LAW
}
