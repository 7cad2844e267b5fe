/**
 * Internal: the selection rules run over a promotion's decisions and jury grids at once — the
 * facts they reason about ({@code Candidate}, {@code Ranked}, {@code Walk} …), what they decide
 * ({@code Placement}, the rule file's global {@code placement}), their messages, and the ranking
 * and envelope assembled from it.
 */
package org.eigrules.engine.selection;
