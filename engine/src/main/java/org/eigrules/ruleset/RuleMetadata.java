package org.eigrules.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a rule declares about itself — the clause it implements, the promotions it applies to, the
 * source section of the clause — and where it is written and which parameters it reads.
 *
 * @param rule       the rule's name
 * @param clause     the clause id, e.g. {@code CHL-3}
 * @param promotions the promotions the rule applies to among those its rule set knows (a parameter
 *                   file, or a number its range names); {@link #range()} says which it serves
 * @param source     the source section the clause comes from
 * @param file       the rule file, relative to its folder
 * @param line       the line of the rule's name in that file
 * @param condition  the rule's condition as written
 * @param parameters the keys of the promotion parameters the rule reads
 * @param findings   what the rule records: {@code fail}, {@code missing}, {@code note}, {@code priority}, {@code grantPia}
 * @param range      the promotions the rule serves, as its {@code @promotions} writes them
 */
public record RuleMetadata(String rule, String clause, Set<Integer> promotions, String source, String file, int line,
                           String condition, List<String> parameters, Set<String> findings, PromotionRange range) {

    static final String CLAUSE = "clause";
    static final String PROMOTIONS = "promotions";
    static final String SOURCE = "source";

    public RuleMetadata {
        promotions = Set.copyOf(promotions);
        parameters = List.copyOf(parameters);
        findings = Set.copyOf(findings);
        if (range == null) {
            range = PromotionRange.parse(promotions.stream().sorted().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    /** A rule that serves exactly {@code promotions} (a closed list). */
    public RuleMetadata(String rule, String clause, Set<Integer> promotions, String source, String file, int line,
                        String condition, List<String> parameters, Set<String> findings) {
        this(rule, clause, promotions, source, file, line, condition, parameters, findings, null);
    }

    /**
     * The promotions a range serves among those a rule set knows: the numbers its closed parts
     * name, and every promotion with a parameter file that an open part reaches.
     */
    public static Set<Integer> served(PromotionRange range, java.util.Collection<Integer> known) {
        Set<Integer> served = new TreeSet<>(range.named());
        known.stream().filter(range::contains).forEach(served::add);
        return served;
    }

    /**
     * Reads a compiled rule's metadata, completed by what its source says.
     *
     * @throws InvalidRuleSetException listing each missing or malformed entry
     */
    static RuleMetadata of(String name, String packageName, java.util.Map<String, Object> metaData,
                           RuleSource.Written written, List<String> parameters, java.util.Collection<Integer> known) {
        String file = written == null ? packageName : written.file();
        int line = written == null ? 0 : written.line();
        List<String> problems = problems(metaData);
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(List.of(new RuleSetProblem(file, line, 0,
                    "rule \"" + name + "\": " + String.join("; ", problems))));
        }
        PromotionRange range = PromotionRange.parse(text(metaData, PROMOTIONS, problems));
        return new RuleMetadata(name, text(metaData, CLAUSE, problems), served(range, known), text(metaData, SOURCE, problems),
                file, line,
                written == null ? "" : written.condition(), parameters, written == null ? Set.of() : written.findings(),
                range);
    }

    /**
     * What is missing or malformed in a rule's metadata — its {@code @clause}, {@code @promotions}
     * (a {@link PromotionRange}) and {@code @source} — in words for its author; empty when nothing is.
     * Every decision's rules are checked by it when a rule folder loads.
     */
    public static List<String> problems(java.util.Map<String, Object> metaData) {
        List<String> problems = new ArrayList<>();
        text(metaData, CLAUSE, problems);
        text(metaData, SOURCE, problems);
        String promotionList = text(metaData, PROMOTIONS, problems);
        if (promotionList != null) {
            try {
                PromotionRange.parse(promotionList);
            } catch (IllegalArgumentException e) {
                problems.add("@" + e.getMessage());
            }
        }
        return problems;
    }

    private static String text(java.util.Map<String, Object> metaData, String key, List<String> problems) {
        Object value = metaData.get(key);
        String text = value == null ? null : value.toString().strip();
        // Rules compiled at run time keep the quotes of @clause("CHL-2"); those built by the plugin do not.
        if (text != null && text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (text == null || text.isEmpty()) {
            problems.add("missing @" + key + "(…) metadata");
            return null;
        }
        return text;
    }

    /** Whether the rule can make its clause fail (INELIGIBLE). */
    public boolean canFail() {
        return findings.contains("fail");
    }

    /** Whether the rule applies to a promotion: its range serves it. */
    public boolean appliesTo(int promotion) {
        return range.contains(promotion);
    }

    private static final Citations WITHOUT_DOCUMENTS = Citations.of(java.util.Map.of());

    /**
     * The parts of a source, separated by {@code ; } outside parentheses, that name no promotion's
     * document or name {@code promotion}'s ("cahier des charges EIG 4", "AAC4", "P4"); the whole
     * source when no part is left. A rule set's {@link Citations} also carry a source over to a
     * promotion it does not name yet, from the documents the parameter files name.
     *
     * @param source    a rule's source, as its {@code @source} writes it
     * @param promotion the promotion whose decision cites it
     * @return the parts that concern that promotion, joined by {@code ; }
     */
    public static String citedFor(String source, int promotion) {
        return WITHOUT_DOCUMENTS.cite(source, promotion);
    }
}
