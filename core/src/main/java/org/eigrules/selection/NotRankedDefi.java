package org.eigrules.selection;

import org.eigrules.decision.Decision;

/**
 * A défi of the selection that is not ranked, and why: not eligible (SEL-2) or not heard (SEL-1).
 *
 * @param application the défi's name
 * @param decision    its decision, whose failing clauses and missing fields say why
 * @param grid        its grid, or null when the jury did not hear it
 * @param why         the finding that left it out
 */
public record NotRankedDefi(String application, Decision decision, JuryGrid grid, SelectionNote why) {
}
