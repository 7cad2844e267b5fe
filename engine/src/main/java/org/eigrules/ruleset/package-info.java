/**
 * Rule sets as applications and rule authors see them: {@link org.eigrules.ruleset.RuleSet} (the
 * rules with their metadata and sources, the promotions' parameters, the messages, the warnings),
 * {@link org.eigrules.ruleset.RuleMetadata} for each rule, and
 * {@link org.eigrules.ruleset.InvalidRuleSetException} with every
 * {@link org.eigrules.ruleset.RuleSetProblem} when a rule set cannot be loaded. No Drools type
 * appears here: the engine behind it is internal.
 */
package org.eigrules.ruleset;
