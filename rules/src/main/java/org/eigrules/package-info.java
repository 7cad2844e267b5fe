/**
 * The entry point: {@link org.eigrules.EigRules} evaluates applications with the built-in rules or a
 * rule author's folder; {@link org.eigrules.InvalidApplicationException} lists every malformed field.
 */
package org.eigrules;
