package org.eigrules.authoring;

import org.eigrules.ruleset.RuleSetProblem;
import org.eigrules.ruleset.RuleSource;
import org.eigrules.model.Application;
import org.eigrules.promotion.PromotionParameters;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools' compile messages into problems a rule author can act on: located at the line and
 * column of the rule's text (Drools' executable model gives no line for a condition that names an
 * unknown field), naming the rule, and speaking of facts by the contract's paths
 * ({@code mentors.highLevel}) rather than by Java class.
 */
final class CompileProblems {

    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Unknown field (\\w+) on class ([\\w.$]+)");
    private static final Pattern UNPARSED_EXPRESSION = Pattern.compile("Unable to parse left part of expression: (.+)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to find class: ([\\w.$]+)");
    private static final Pattern RULE_START = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern RULE_END = Pattern.compile("(?m)^\\s*end\\b");
    private static final Pattern PATTERN_TYPE = Pattern.compile("\\b([A-Z]\\w*)\\s*\\(");

    /** Each fact type's contract path and fields, e.g. HighLevelMentor → mentors.highLevel: name, email, position. */
    static final Map<String, Fact> FACTS = new LinkedHashMap<>();

    /** A kind of fact rules match: its contract path and its fields. */
    record Fact(String path, List<String> fields) {
    }

    static {
        FACTS.put(PromotionParameters.class.getSimpleName(), new Fact("the promotion parameters",
                names(PromotionParameters.class)));
        FACTS.put(Application.class.getSimpleName(), new Fact("the application", names(Application.class)));
        walk(Application.class, "");
    }

    private CompileProblems() {
    }

    private static void walk(Class<?> type, String prefix) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> child = component.getType();
            String path = prefix + component.getName();
            if (List.class.equals(child) && component.getGenericType() instanceof ParameterizedType list) {
                Type item = list.getActualTypeArguments()[0];
                child = item instanceof Class<?> c ? c : child;
                path = path + "[]";
            }
            if (child.isRecord() && !FACTS.containsKey(child.getSimpleName())) {
                FACTS.put(child.getSimpleName(), new Fact(path, names(child)));
                walk(child, path + ".");
            }
        }
    }

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /**
     * One Drools message as a located problem in the author's file.
     *
     * @param text    Drools' message
     * @param line    Drools' line, or 0 or less when it gave none
     * @param column  Drools' column, or 0 or less
     * @param source  the rule file, as its author wrote it (after earlier failing rules were blanked)
     */
    static RuleSetProblem translate(String text, int line, int column, RuleSource source) {
        String message = text.strip();
        int stackTrace = message.indexOf("Problem stacktrace");
        if (stackTrace >= 0) {
            message = message.substring(0, stackTrace);
        }
        message = message.replaceAll("\\s+", " ").strip();
        if (source == null) {
            return new RuleSetProblem("(rules)", Math.max(line, 0), Math.max(column, 0), message);
        }
        String code = withoutCommentsAndStrings(source.text());
        int at = -1;
        Matcher unknown = UNKNOWN_FIELD.matcher(message);
        Matcher unparsed = UNPARSED_EXPRESSION.matcher(message);
        Matcher unknownType = UNKNOWN_TYPE.matcher(message);
        if (unknown.find()) {
            String field = unknown.group(1);
            String type = unknown.group(2).substring(unknown.group(2).lastIndexOf('.') + 1);
            Matcher use = Pattern.compile("(?<=[.(,\\s])" + Pattern.quote(field) + "\\b").matcher(code);
            at = use.find() ? use.start() : -1;
            message = noField(field, FACTS.get(type));
        } else if (unknownType.find()) {
            String name = unknownType.group(1);
            Matcher use = Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\s*\\(").matcher(code);
            at = use.find() ? use.start() : -1;
            message = "no fact type " + name + " (rules match " + String.join(", ", FACTS.keySet()) + ")";
        } else if (unparsed.find()) {
            String expression = unparsed.group(1).strip();
            Matcher use = Pattern.compile(Arrays.stream(expression.split("\\s+")).map(Pattern::quote)
                    .reduce((a, b) -> a + "\\s*" + b).orElse("")).matcher(code);
            if (use.find()) {
                at = use.start();
                String field = expression.split("[^\\w]", 2)[0];
                Fact fact = enclosingFact(code, at);
                message = fact == null || field.isEmpty() || fact.fields().contains(field)
                        ? "cannot read the condition " + expression
                        : noField(field, fact) + ", in the condition " + expression;
            }
        }
        int foundLine = line;
        int foundColumn = column;
        if (at >= 0) {
            foundLine = lineOf(code, at);
            foundColumn = at - code.lastIndexOf('\n', at - 1);
        }
        String rule = ruleAt(source, foundLine);
        return new RuleSetProblem(source.file(), Math.max(foundLine, 0), Math.max(foundColumn, 0),
                (rule == null ? "" : "rule \"" + rule + "\": ") + message);
    }

    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern UNRESOLVED = Pattern.compile("^(\\w+) cannot be resolved");

    /**
     * A message about the Java Drools generated from a rule's consequence, placed back in the
     * author's file by the name it complains about; null for Drools' copy of the generated source,
     * which only repeats the message before it.
     */
    static RuleSetProblem translateGenerated(String text, List<RuleSource> sources) {
        String message = text.strip().replaceAll("\\s+", " ");
        if (message.startsWith("Java source of ")) {
            return null;
        }
        Matcher method = UNDEFINED_METHOD.matcher(message);
        Matcher unresolved = UNRESOLVED.matcher(message);
        Pattern use;
        if (method.find()) {
            use = Pattern.compile("\\.\\s*" + Pattern.quote(method.group(1)) + "\\s*\\(");
            message = "Findings".equals(method.group(3))
                    ? "findings has no method " + method.group(1) + "(" + method.group(2).replaceAll("\\w+\\.", "")
                            + ") (it has fail, missing, note, priority, grantPia)"
                    : "no method " + method.group(1) + "(" + method.group(2) + ") on " + method.group(3);
        } else if (unresolved.find()) {
            use = Pattern.compile("(?<![\\w.$])" + Pattern.quote(unresolved.group(1)) + "\\b");
            message = unresolved.group(1) + " is not defined here";
        } else {
            return new RuleSetProblem("(rules)", 0, 0, message);
        }
        for (RuleSource source : sources) {
            String code = withoutCommentsAndStrings(source.text());
            Matcher found = use.matcher(code);
            if (found.find()) {
                int line = lineOf(code, found.start());
                String rule = ruleAt(source, line);
                return new RuleSetProblem(source.file(), line, found.start() - code.lastIndexOf('\n', found.start() - 1),
                        (rule == null ? "" : "rule \"" + rule + "\": ") + message);
            }
        }
        return new RuleSetProblem("(rules)", 0, 0, message);
    }

    private static String noField(String field, Fact fact) {
        return fact == null ? "no field " + field + " on this fact"
                : "no field " + field + " in " + fact.path() + " (its fields: " + String.join(", ", fact.fields()) + ")";
    }

    /** The fact type of the pattern whose parentheses hold the position. */
    private static Fact enclosingFact(String code, int position) {
        Fact found = null;
        Matcher type = PATTERN_TYPE.matcher(code);
        while (type.find() && type.start() < position) {
            int depth = 0;
            for (int i = type.end() - 1; i < position; i++) {
                depth += code.charAt(i) == '(' ? 1 : code.charAt(i) == ')' ? -1 : 0;
            }
            if (depth > 0 && FACTS.containsKey(type.group(1))) {
                found = FACTS.get(type.group(1));
            }
        }
        return found;
    }

    private static int lineOf(String text, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The name of the rule written at a line, or null outside any rule. */
    static String ruleAt(RuleSource source, int line) {
        String name = null;
        for (RuleSource.Written rule : source.rules()) {
            if (rule.line() <= line) {
                name = rule.name();
            }
        }
        return name;
    }

    /**
     * The text with one rule blanked out (every character but line ends turned to spaces), so that
     * a compilation without it finds the problems Drools stopped before; null when no rule named so
     * is written in the text.
     */
    static String withoutRule(String text, String rule) {
        Matcher start = RULE_START.matcher(text);
        while (start.find()) {
            if (start.group(1).equals(rule)) {
                Matcher end = RULE_END.matcher(text);
                if (!end.find(start.end())) {
                    return null;
                }
                char[] chars = text.toCharArray();
                for (int i = start.start(); i < end.end(); i++) {
                    if (chars[i] != '\n') {
                        chars[i] = ' ';
                    }
                }
                return new String(chars);
            }
        }
        return null;
    }

    /** The names of every rule a list of problems names, in order. */
    static List<String> rulesNamed(List<RuleSetProblem> problems) {
        List<String> rules = new ArrayList<>();
        Pattern named = Pattern.compile("^rule \"([^\"]+)\": ");
        for (RuleSetProblem problem : problems) {
            Matcher m = named.matcher(problem.message());
            if (m.find()) {
                rules.add(m.group(1));
            }
        }
        return rules;
    }

    /** The text with comments and string and character literals blanked out, lines and columns kept. */
    static String withoutCommentsAndStrings(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
                while (i < out.length && out[i] != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
                out[i++] = ' ';
                out[i++] = ' ';
                while (i < out.length && !(out[i] == '*' && i + 1 < out.length && out[i + 1] == '/')) {
                    if (out[i] != '\n') {
                        out[i] = ' ';
                    }
                    i++;
                }
                for (int k = 0; k < 2 && i < out.length; k++) {
                    out[i++] = ' ';
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < out.length && out[i] != c && out[i] != '\n') {
                    if (out[i] == '\\' && i + 1 < out.length) {
                        out[i++] = ' ';
                    }
                    out[i++] = ' ';
                }
                i++;
            } else {
                i++;
            }
        }
        return new String(out);
    }
}
