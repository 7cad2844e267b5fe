package org.eigrules.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule file as its author wrote it, and what can be read off its text: each rule's name, line,
 * condition, and the promotion parameters it reads through its {@code PromotionParameters}
 * binding.
 *
 * @param file the file's path, relative to its rule folder
 * @param text the DRL text
 */
public record RuleSource(String file, String text) {

    private static final Pattern RULE = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*end\\b");
    private static final Pattern CONDITION = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b");
    private static final Pattern PARAMETERS_BINDING = Pattern.compile("(\\$\\w+)\\s*:\\s*PromotionParameters\\s*\\(");
    private static final Pattern MESSAGE_KEY = Pattern.compile("findings\\.(?:fail|note)\\(\\s*\"([^\"]+)\"");
    private static final Pattern FINDING = Pattern.compile("findings\\.(\\w+)\\(");

    public RuleSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    /**
     * One rule as written.
     *
     * @param findings the {@code findings} methods its consequence calls: fail, missing, note, priority, grantPia
     */
    public record Written(String name, String file, int line, String condition, List<String> accessors,
                          List<String> messageKeys, java.util.Set<String> findings) {
    }

    /** The rules written in this file, in order. */
    public List<Written> rules() {
        List<Written> rules = new ArrayList<>();
        Matcher rule = RULE.matcher(text);
        while (rule.find()) {
            String body = rule.group(2);
            Matcher when = CONDITION.matcher(body);
            String condition = when.find() ? when.group(1).strip() : "";
            List<String> accessors = new ArrayList<>();
            Matcher binding = PARAMETERS_BINDING.matcher(condition);
            if (binding.find()) {
                Matcher read = Pattern.compile(Pattern.quote(binding.group(1)) + "\\.(\\w+)").matcher(body);
                while (read.find()) {
                    if (!accessors.contains(read.group(1))) {
                        accessors.add(read.group(1));
                    }
                }
            }
            List<String> keys = new ArrayList<>();
            Matcher key = MESSAGE_KEY.matcher(body);
            while (key.find()) {
                keys.add(key.group(1));
            }
            java.util.Set<String> findings = new java.util.TreeSet<>();
            Matcher finding = FINDING.matcher(body);
            while (finding.find()) {
                findings.add(finding.group(1));
            }
            int line = (int) text.substring(0, rule.start(1)).chars().filter(c -> c == '\n').count() + 1;
            rules.add(new Written(rule.group(1), file, line, condition.replaceAll("(?m)^\\s+", "    "),
                    List.copyOf(accessors), List.copyOf(keys), java.util.Set.copyOf(findings)));
        }
        return rules;
    }
}
