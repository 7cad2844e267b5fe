/**
 * The application file as immutable records: the défi, its host and funding carrier, mentors,
 * project team, commitments, documents and funding, with the Jakarta Bean Validation constraints
 * that make a file well-formed. Which clause needs an absent field, and which promotions' files
 * may give a field, is policy, not model: the rule set's field table ({@code fields.yaml}) says so.
 */
package org.eigrules.model;
