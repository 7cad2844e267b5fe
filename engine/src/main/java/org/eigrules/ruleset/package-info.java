/**
 * Rule sets as applications and rule authors see them: {@link org.eigrules.ruleset.RuleSet} (the
 * rules with their metadata and sources, the promotions' parameters, the messages, the warnings),
 * {@link org.eigrules.ruleset.RuleMetadata} for each rule ({@link org.eigrules.ruleset.CandidateRule}
 * for the candidates' rules), and {@link org.eigrules.ruleset.InvalidRuleSetException} with every
 * {@link org.eigrules.ruleset.RuleSetProblem} when a rule set cannot be loaded; the files they are
 * read from: the per-promotion parameter files ({@code p<N>.yaml}, {@link
 * org.eigrules.ruleset.ParameterFiles}: every value with its label and source, checked on load), the
 * field table ({@code fields.yaml}, {@link org.eigrules.ruleset.FieldTable}: which clauses need which
 * fields of the application file, and which promotions use a field) and the layout of a rule folder
 * ({@link org.eigrules.ruleset.PolicyLayout}).
 *
 * <p>The built-in rule set is read from eig-policy's resources and compiled model, found on the
 * class path by name. Four types here face the engine, not applications: {@link
 * org.eigrules.ruleset.RuleSetAccess}, {@link org.eigrules.ruleset.CompiledRules} and {@link
 * org.eigrules.ruleset.CompiledRuleBase} hold the Drools side of a rule set, public only because
 * the engine is another package; no other public member names a Drools type.
 */
package org.eigrules.ruleset;
