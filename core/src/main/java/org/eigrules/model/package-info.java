/**
 * The application file as immutable records: the défi, its host and funding carrier, mentors,
 * project team, commitments, documents and funding, with the Jakarta Bean Validation constraints
 * that make a file well-formed and the {@link org.eigrules.validation.NeededBy} marks that say which
 * clause needs an absent field.
 */
package org.eigrules.model;
