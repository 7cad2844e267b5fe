/**
 * What checking an input finds: a {@link org.eigrules.validation.Violation} names the field by its
 * path and says, in English and in French, what was expected and what was found; the exceptions
 * that carry them are thrown for an application or a selection that cannot be decided.
 */
package org.eigrules.validation;
