/**
 * JMH benchmarks of the rules against the hand-written policy, engine start and memory.
 */
package org.eigrules.bench;
