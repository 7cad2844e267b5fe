/**
 * For rule authors: {@link org.eigrules.authoring.RuleFolders} loads a rule folder, compiled at run
 * time with Drools' DRL compiler (which is why this module exists apart from the lean
 * {@code eig-rules}), checks it and reports every problem with its file and line.
 */
package org.eigrules.authoring;
