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
 * @param promotions the promotions the rule applies to
 * @param source     the source section the clause comes from
 * @param file       the rule file, relative to its folder
 * @param line       the line of the rule's name in that file
 * @param condition  the rule's condition as written
 * @param parameters the keys of the promotion parameters the rule reads
 * @param findings   what the rule records: {@code fail}, {@code missing}, {@code note}, {@code priority}, {@code grantPia}
 */
public record RuleMetadata(String rule, String clause, Set<Integer> promotions, String source, String file, int line,
                           String condition, List<String> parameters, Set<String> findings) {

    static final String CLAUSE = "clause";
    static final String PROMOTIONS = "promotions";
    static final String SOURCE = "source";

    public RuleMetadata {
        promotions = Set.copyOf(promotions);
        parameters = List.copyOf(parameters);
        findings = Set.copyOf(findings);
    }

    /**
     * Reads a compiled rule's metadata, completed by what its source says.
     *
     * @throws InvalidRuleSetException listing each missing or malformed entry
     */
    static RuleMetadata of(String name, String packageName, java.util.Map<String, Object> metaData,
                           RuleSource.Written written, List<String> parameters) {
        String file = written == null ? packageName : written.file();
        int line = written == null ? 0 : written.line();
        List<String> problems = new ArrayList<>();
        String clause = text(metaData, CLAUSE, problems);
        String source = text(metaData, SOURCE, problems);
        String promotionList = text(metaData, PROMOTIONS, problems);
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
            throw new InvalidRuleSetException(List.of(new RuleSetProblem(file, line, 0,
                    "rule \"" + name + "\": " + String.join("; ", problems))));
        }
        return new RuleMetadata(name, clause, promotions, source, file, line,
                written == null ? "" : written.condition(), parameters, written == null ? Set.of() : written.findings());
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

    /** Whether the rule applies to a promotion. */
    public boolean appliesTo(int promotion) {
        return promotions.contains(promotion);
    }

    /**
     * The part of the rule's source that concerns {@code promotion}: a rule shared by several
     * promotions cites each one's documents, and a decision of one promotion cites only its own.
     * See {@link #citedFor(String, int)}.
     *
     * @param promotion the promotion whose decision cites the rule
     * @return the source's parts for that promotion
     */
    public String sourceFor(int promotion) {
        // Every decision cites its reasons' sources: worked out once per rule and promotion.
        return CITED.computeIfAbsent(promotion + "\u0000" + source, k -> citedFor(source, promotion));
    }

    private static final java.util.Map<String, String> CITED = new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.regex.Pattern PROMOTION_OF_DOCUMENT =
            java.util.regex.Pattern.compile("(?:EIG |AAP|AAC|\\bP)(\\d)\\b");

    /**
     * The parts of a source, separated by {@code ; } outside parentheses, that name no promotion's
     * document or name {@code promotion}'s ("cahier des charges EIG 4", "AAC4", "P4"); the whole
     * source when no part is left.
     *
     * @param source    a rule's source, as its {@code @source} writes it
     * @param promotion the promotion whose decision cites it
     * @return the parts that concern that promotion, joined by {@code ; }
     */
    public static String citedFor(String source, int promotion) {
        if (source == null) {
            return null;
        }
        List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && c == ';' && i + 1 < source.length() && source.charAt(i + 1) == ' ') {
                parts.add(source.substring(start, i));
                start = i + 2;
            }
        }
        parts.add(source.substring(start));
        List<String> kept = new java.util.ArrayList<>();
        for (String part : parts) {
            java.util.regex.Matcher m = PROMOTION_OF_DOCUMENT.matcher(part);
            boolean names = false;
            boolean ours = false;
            while (m.find()) {
                names = true;
                ours |= Integer.parseInt(m.group(1)) == promotion;
            }
            if (!names || ours) {
                kept.add(part);
            }
        }
        if (kept.isEmpty()) {
            return source;
        }
        String cited = String.join("; ", kept);
        return Character.toUpperCase(cited.charAt(0)) + cited.substring(1);
    }
}
