package org.eigrules.candidacy;

import java.util.Set;

/**
 * One of the candidates' rules, as its metadata describes it.
 *
 * @param rule       the rule's name, a sentence
 * @param clause     the clause it decides (CND-1 …)
 * @param promotions the promotions it applies to
 * @param source     where the clause comes from
 * @param canFail    true when it can make a candidacy INELIGIBLE, false when it can only find a field missing
 */
public record CandidateRule(String rule, String clause, Set<Integer> promotions, String source, boolean canFail) {

    /** Whether the rule applies to a promotion. */
    public boolean appliesTo(int promotion) {
        return promotions.contains(promotion);
    }
}
