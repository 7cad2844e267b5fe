/**
 * What an evaluation gives besides its decision and what bounds it: the {@link
 * org.eigrules.evaluation.Explanation} of a decision (the rules that fired, on which facts, each
 * clause's status), the {@link org.eigrules.evaluation.EvaluationLimits} that stop a runaway rule,
 * and the {@link org.eigrules.evaluation.EvaluationException} of an application, a candidacy or a
 * selection that could not be evaluated.
 */
package org.eigrules.evaluation;
