package org.eigrules.decision;

/** The outcome of evaluating an application against the eligibility clauses. */
public enum Verdict {
    /** Every eligibility clause holds. */
    ELIGIBLE,
    /** At least one clause fails; each failure is a reason. Outranks missing information. */
    INELIGIBLE,
    /** No clause fails, but information that a clause needs is missing. */
    INCOMPLETE
}
