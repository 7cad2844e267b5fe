/**
 * Rule sets (built in, or loaded from a folder and checked on load), the Drools sessions that fire
 * them, and explanations of what fired.
 */
package org.eigrules.engine;
