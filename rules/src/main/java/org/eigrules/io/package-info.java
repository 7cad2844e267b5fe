/**
 * Application files in JSON and YAML, read with every problem reported by path, and the contract's
 * JSON for decisions.
 */
package org.eigrules.io;
