/**
 * Scenario files: a défi application or a candidacy and what its decision must be, run against a
 * rule set with the differences reported field by field.
 */
package org.eigrules.scenario;
