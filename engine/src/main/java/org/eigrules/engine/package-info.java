/**
 * Internal: not part of the API, and may change in any release. The engine that runs the défi
 * rules over one application (its Drools sessions, validation of the input, the assembly of a
 * decision from what the rules found), and the guarded run ({@link org.eigrules.engine.GuardedRun})
 * that fires the rules of all three decisions within the evaluation's limits. Applications use
 * {@code EigRules} and the types of {@code org.eigrules}, {@code org.eigrules.evaluation}, {@code
 * org.eigrules.ruleset}, {@code org.eigrules.io} and eig-core's packages.
 */
package org.eigrules.engine;
