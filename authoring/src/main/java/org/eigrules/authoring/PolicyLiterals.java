package org.eigrules.authoring;

import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.RuleSetProblem;
import org.eigrules.ruleset.RuleSource;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds policy values written into rules as literals: a number in a rule's code (outside comments
 * and strings) equal to a value of a promotion parameter the rule applies to — or its percentage,
 * for a rate, or the year of a date. Such a rule keeps working when the parameter file changes,
 * with the old value: the value belongs in the parameter file, read through
 * {@code PromotionParameters}.
 *
 * <p>The one place this check lives: loading a rule folder reports what it finds as warnings
 * ({@link RuleSet#warnings()}), {@code eig check} prints them, and a test holds the built-in rules
 * to none. 0 and 1 are never reported: they count, they are not policy.
 */
final class PolicyLiterals {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])(\\d+(?:\\.\\d+)?)[BbIiLlDdFf]?(?![\\w.])");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})-\\d{2}-\\d{2}");

    private PolicyLiterals() {
    }

    /**
     * Every literal policy value in the rule files, located, as warnings.
     *
     * @param sources    the rule files
     * @param rules      the rules' metadata (which promotions each applies to)
     * @param promotions the parameter files, by promotion
     */
    static List<RuleSetProblem> find(List<RuleSource> sources, List<RuleMetadata> rules,
                                     Map<Integer, PromotionParameters> promotions) {
        Map<String, String> accessorByKey = new HashMap<>();
        ParameterFiles.KEYS_BY_ACCESSOR.forEach((accessor, keys) -> keys.forEach(k -> accessorByKey.putIfAbsent(k, accessor)));
        List<RuleSetProblem> warnings = new ArrayList<>();
        for (RuleSource source : sources) {
            String code = CompileProblems.withoutCommentsAndStrings(source.text());
            List<RuleSource.Written> written = source.rules(); // once per file: a file may hold many numbers
            Map<String, Collection<PromotionParameters>> applicableByRule = new HashMap<>();
            int line = 1;
            int lineStart = 0;
            int scanned = 0;
            Matcher number = NUMBER.matcher(code);
            while (number.find()) {
                for (; scanned < number.start(); scanned++) {
                    if (code.charAt(scanned) == '\n') {
                        line++;
                        lineStart = scanned + 1;
                    }
                }
                String lineText = code.substring(lineStart, Math.max(lineStart, code.indexOf('\n', lineStart) < 0
                        ? code.length() : code.indexOf('\n', lineStart))).strip();
                if (lineText.startsWith("@") || lineText.startsWith("salience")) {
                    continue; // metadata (@promotions("3") names a promotion) and firing order are not values
                }
                BigDecimal literal = new BigDecimal(number.group(1));
                if (literal.compareTo(BigDecimal.ZERO) == 0 || literal.compareTo(BigDecimal.ONE) == 0) {
                    continue;
                }
                String rule = null;
                for (RuleSource.Written w : written) {
                    if (w.line() <= line) {
                        rule = w.name();
                    }
                }
                Collection<PromotionParameters> applicable = applicableByRule.computeIfAbsent(String.valueOf(rule),
                        r -> applicable(r, source.file(), rules, promotions));
                String match = matching(literal, applicable, accessorByKey);
                if (match != null) {
                    warnings.add(new RuleSetProblem(source.file(), line, number.start() - lineStart + 1,
                            (rule == null ? "" : "rule \"" + rule + "\" ") + "writes " + number.group(1) + ", " + match
                                    + ": a policy value belongs in the parameter file"));
                }
            }
        }
        return List.copyOf(warnings);
    }

    private static Collection<PromotionParameters> applicable(String rule, String file, List<RuleMetadata> rules,
                                                              Map<Integer, PromotionParameters> promotions) {
        for (RuleMetadata metadata : rules) {
            if (metadata.rule().equals(rule) && metadata.file().equals(file)) {
                return promotions.values().stream().filter(p -> metadata.appliesTo(p.promotion())).toList();
            }
        }
        return promotions.values();
    }

    /** What the literal is the value of, e.g. "the value of documents.maxPitchSlides in promotion 3 ($p.maxPitchSlides())". */
    private static String matching(BigDecimal literal, Collection<PromotionParameters> promotions,
                                   Map<String, String> accessorByKey) {
        for (PromotionParameters parameters : promotions) {
            for (Parameter parameter : parameters.parameters().values()) {
                String how = how(literal, parameter.value().strip());
                if (how != null) {
                    String accessor = accessorByKey.get(parameter.key());
                    return how + " " + parameter.key() + " in promotion " + parameters.promotion()
                            + (accessor == null ? "" : " (read it as $p." + accessor + "())");
                }
            }
        }
        return null;
    }

    private static String how(BigDecimal literal, String value) {
        Matcher date = DATE.matcher(value);
        if (date.find()) {
            return literal.compareTo(new BigDecimal(date.group(1))) == 0 ? "the year of" : null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
        if (literal.compareTo(number) == 0) {
            return "the value of";
        }
        if (number.signum() > 0 && number.compareTo(BigDecimal.ONE) < 0
                && literal.compareTo(number.movePointRight(2)) == 0) {
            return "the percentage of";
        }
        return null;
    }
}
