package org.eigrules.ruleset;

import org.eigrules.promotion.PromotionParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a decision of one promotion cites of a rule's source. A rule shared by several promotions
 * cites each one's documents ("cahier des charges EIG 4 …; cahier des charges EIG 5 …"): a
 * decision cites the parts that concern its own promotion, and those that name no promotion.
 *
 * <p>A promotion the rule's source does not name yet (promotion 6, served by an open range) cites
 * the parts of the latest earlier promotion the source names, with that promotion's documents
 * renamed as the new promotion's parameter file names the same kinds ({@code documents:} in
 * {@code p6.yaml}): the clause carries over, and so does its place in the document, until the
 * rule's author cites the new document. Thread-safe; each citation is worked out once.
 */
public final class Citations {

    private static final Pattern PROMOTION_OF_DOCUMENT = Pattern.compile("(?:EIG |AAP|AAC|\\bP)(\\d{1,2})\\b");

    private final Map<Integer, Map<String, String>> documents = new TreeMap<>();
    private final Map<String, String> cited = new ConcurrentHashMap<>();

    private Citations(Map<Integer, PromotionParameters> promotions) {
        promotions.forEach((number, parameters) -> documents.put(number, parameters.documents()));
    }

    /** The citations of a rule set's promotions, from the documents their parameter files name. */
    public static Citations of(Map<Integer, PromotionParameters> promotions) {
        return new Citations(promotions);
    }

    /**
     * What a decision of {@code promotion} cites of {@code source}.
     *
     * @param source    a rule's source, as its {@code @source} writes it; null gives null
     * @param promotion the promotion of the decision
     * @return the parts of the source that concern the promotion, joined by {@code ; }
     */
    public String cite(String source, int promotion) {
        if (source == null) {
            return null;
        }
        return cited.computeIfAbsent(promotion + "\u0000" + source, k -> citedFor(source, promotion));
    }

    private String citedFor(String source, int promotion) {
        List<String> parts = parts(source);
        List<String> kept = new ArrayList<>();
        int latestEarlier = 0;
        boolean ours = false;
        for (String part : parts) {
            List<Integer> named = named(part);
            ours |= named.contains(promotion);
            for (int p : named) {
                latestEarlier = p < promotion ? Math.max(latestEarlier, p) : latestEarlier;
            }
        }
        Map<String, String> earlier = documents.getOrDefault(latestEarlier, Map.of());
        Map<String, String> now = documents.getOrDefault(promotion, Map.of());
        boolean carried = !ours && latestEarlier > 0 && now.keySet().stream().anyMatch(earlier::containsKey);
        for (String part : parts) {
            List<Integer> named = named(part);
            if (named.isEmpty() || named.contains(promotion)) {
                kept.add(part);
            } else if (carried && named.contains(latestEarlier)) {
                kept.add(renamed(part, earlier, now));
            }
        }
        if (kept.isEmpty()) {
            return source;
        }
        String joined = String.join("; ", kept);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** The part with each earlier document's name replaced by the name of the same kind now. */
    private static String renamed(String part, Map<String, String> earlier, Map<String, String> now) {
        String result = part;
        for (Map.Entry<String, String> document : earlier.entrySet()) {
            String replacement = now.get(document.getKey());
            if (replacement == null) {
                continue;
            }
            String name = document.getValue();
            String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            result = result.replace(name, replacement)
                    .replace(lower, Character.toLowerCase(replacement.charAt(0)) + replacement.substring(1));
        }
        return result;
    }

    private static List<Integer> named(String part) {
        List<Integer> named = new ArrayList<>();
        Matcher m = PROMOTION_OF_DOCUMENT.matcher(part);
        while (m.find()) {
            named.add(Integer.parseInt(m.group(1)));
        }
        return named;
    }

    /** The source's parts, separated by {@code ; } outside parentheses. */
    private static List<String> parts(String source) {
        List<String> parts = new ArrayList<>();
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
        return parts;
    }
}
