/**
 * QuickTheories generators for every domain type and whole applications, breakages that fail or
 * empty exactly one clause, and invariants any rule set must keep; for test scope.
 */
package org.eigrules.testkit;
