/**
 * A promotion's selection: the défis with their jury grids and opinions ({@link
 * org.eigrules.selection.Selection}, {@link org.eigrules.selection.JuryGrid}, the scale of the marks
 * in {@link org.eigrules.selection.JuryScale}), and what the selection decides ({@link
 * org.eigrules.selection.SelectionResult}: the ranking, each défi's status against the envelope,
 * the totals, and the checks of a decided selection).
 */
package org.eigrules.selection;
