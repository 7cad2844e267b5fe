package org.eigrules.selection;

import java.util.List;

/**
 * What the selection rules make of a promotion's jury grids: the ranking with each défi's status,
 * the défis not ranked and why, the ties left to people, the envelope, the totals of the proposed
 * selection and, when a decided selection was given, its totals and checks. Immutable.
 *
 * @param promotion  the promotion
 * @param ranking    the ranked défis, best first; défis in a tie are listed by name
 * @param notRanked  the défis not ranked, in the applications' order
 * @param ties       each group of défis sharing a rank, by name, best rank first
 * @param envelope   the envelope and its use, or null when no envelope applies (SEL-5)
 * @param totals     the covered défis (the proposed selection)
 * @param selected   the decided selection's totals, or null when none was given (SEL-6)
 * @param checks     the findings about the decided selection (SEL-6)
 * @param notes      findings about the selection as a whole, e.g. that no envelope applies
 * @param rulesFired the selection rules that fired, in order
 */
public record SelectionResult(int promotion, List<RankedDefi> ranking, List<NotRankedDefi> notRanked,
                              List<List<String>> ties, Envelope envelope, Totals totals, Totals selected,
                              List<SelectionCheck> checks, List<SelectionNote> notes, List<String> rulesFired) {
    public SelectionResult {
        ranking = List.copyOf(ranking);
        notRanked = List.copyOf(notRanked);
        ties = ties.stream().map(List::copyOf).toList();
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
        rulesFired = List.copyOf(rulesFired);
    }

    /** The ranked défi of that name, if any. */
    public java.util.Optional<RankedDefi> ranked(String application) {
        return ranking.stream().filter(r -> r.application().equals(application)).findFirst();
    }
}
