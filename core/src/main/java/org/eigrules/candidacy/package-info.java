/**
 * A candidacy to the call for candidates (CND clauses): the person, their public-service status,
 * their studies at the promotion's start, their choices and documents, as immutable records with
 * the Jakarta Bean Validation constraints that make a file well formed; and the decision on it,
 * which shares {@link org.eigrules.decision.Verdict}, {@link org.eigrules.decision.Reason} and
 * {@link org.eigrules.decision.MissingField} with the défi applications' decisions.
 */
package org.eigrules.candidacy;
