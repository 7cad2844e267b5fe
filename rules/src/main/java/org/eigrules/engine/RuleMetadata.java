package org.eigrules.engine;

import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What every rule must declare about itself: the clause it implements, the promotions it applies
 * to and the source section of the clause.
 *
 * @param rule       the rule's name
 * @param clause     the clause id, e.g. {@code CHL-3}
 * @param promotions the promotions the rule applies to
 * @param source     the source section the clause comes from
 */
public record RuleMetadata(String rule, String clause, Set<Integer> promotions, String source) {

    static final String CLAUSE = "clause";
    static final String PROMOTIONS = "promotions";
    static final String SOURCE = "source";

    public RuleMetadata {
        promotions = Set.copyOf(promotions);
    }

    /** Reads a rule's metadata, or reports each missing or malformed entry. */
    static RuleMetadata of(Rule rule) {
        List<String> problems = new ArrayList<>();
        String clause = text(rule, CLAUSE, problems);
        String source = text(rule, SOURCE, problems);
        String promotionList = text(rule, PROMOTIONS, problems);
        Set<Integer> promotions = new TreeSet<>();
        if (promotionList != null) {
            for (String part : promotionList.split(",")) {
                try {
                    promotions.add(Integer.parseInt(part.strip()));
                } catch (NumberFormatException e) {
                    problems.add("@" + PROMOTIONS + " must list promotion numbers separated by commas, found \""
                            + promotionList + "\"");
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(List.of("rule \"" + rule.getName() + "\" in "
                    + rule.getPackageName() + ": " + String.join("; ", problems)));
        }
        return new RuleMetadata(rule.getName(), clause, promotions, source);
    }

    private static String text(Rule rule, String key, List<String> problems) {
        Object value = rule.getMetaData().get(key);
        String text = value == null ? null : value.toString().strip();
        if (text == null || text.isEmpty()) {
            problems.add("missing @" + key + "(…) metadata");
            return null;
        }
        return text;
    }

    boolean appliesTo(int promotion) {
        return promotions.contains(promotion);
    }

    @Override
    public String toString() {
        return rule + " [" + clause + "; promotions " + promotions.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + "; " + source + "]";
    }
}
