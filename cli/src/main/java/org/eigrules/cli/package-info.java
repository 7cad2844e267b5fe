/**
 * The {@code eig} command line: evaluate, check, explain, docs, diff and init.
 */
package org.eigrules.cli;
