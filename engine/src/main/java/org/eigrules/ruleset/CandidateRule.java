package org.eigrules.ruleset;


import java.util.List;
import java.util.Set;

/**
 * One of the candidates' rules, as its metadata describes it.
 *
 * @param rule       the rule's name, a sentence
 * @param clause     the clause it decides (CND-1 …)
 * @param promotions the promotions it applies to
 * @param source     where the clause comes from
 * @param canFail    true when it can make a candidacy INELIGIBLE, false when it can only find a field missing
 * @param line       the line of the rule's name in {@link #FILE}
 * @param range      the promotions it serves, as its {@code @promotions} writes them; an open range
 *                   serves every later promotion, which {@code promotions} cannot list
 */
public record CandidateRule(String rule, String clause, Set<Integer> promotions, String source, boolean canFail,
                            int line, PromotionRange range) {

    public CandidateRule {
        promotions = Set.copyOf(promotions);
    }

    /** The candidates' rule file, as a path on the classpath. */
    public static final String FILE = PolicyLayout.CANDIDACIES.resource() + "candidates.drl";

    /**
     * The rule described as the défi rules are, so that coverage tables and reports list both
     * kinds alike (no condition or parameter keys are given: the rule base does not record them).
     */
    public RuleMetadata metadata() {
        return new RuleMetadata(rule, clause, promotions, source, FILE, line, "", List.of(),
                Set.of(canFail ? "fail" : "missing"), range);
    }

    /** Whether the rule applies to a promotion. */
    public boolean appliesTo(int promotion) {
        return range.contains(promotion);
    }
}
