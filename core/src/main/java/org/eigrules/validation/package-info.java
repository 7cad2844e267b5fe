/**
 * Constraints of the model beyond Jakarta Bean Validation's built-in ones: a SIRET, a budget
 * programme, text that is non-blank when given. Each describes malformed input; a missing field is
 * the field table's business, not a constraint's.
 */
package org.eigrules.validation;
