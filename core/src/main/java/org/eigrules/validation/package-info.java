/**
 * Constraints of the model beyond Jakarta Bean Validation's built-in ones (SIRET, non-blank when
 * given) and {@link org.eigrules.validation.NeededBy}, which ties a field to the clauses that need it.
 */
package org.eigrules.validation;
