/**
 * Application files in JSON and YAML, read with every problem reported by path; the contract's
 * JSON for decisions; and decisions as text an officer reads ({@link org.eigrules.io.DecisionText}).
 */
package org.eigrules.io;
