/**
 * The entry point: {@link org.eigrules.EigRules} evaluates applications with the built-in rules (or a
 * rule author's folder, loaded by eig-authoring); {@link org.eigrules.validation.InvalidApplicationException}
 * lists every malformed field, {@link org.eigrules.evaluation.EvaluationException} says why a well-formed one
 * could not be evaluated within its {@link org.eigrules.evaluation.EvaluationLimits}, and
 * {@link org.eigrules.evaluation.Explanation} traces an evaluation.
 */
package org.eigrules;
