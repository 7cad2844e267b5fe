/**
 * Internal: not part of the API, and may change in any release. The Drools sessions that fire a rule
 * set, the loading of the rule base compiled at build time, validation of the input, and the
 * assembly of a decision from what the rules found. Applications use {@code EigRules}
 * and the types of {@code org.eigrules}, {@code org.eigrules.ruleset}, {@code org.eigrules.io} and
 * eig-core's packages.
 */
package org.eigrules.engine;
