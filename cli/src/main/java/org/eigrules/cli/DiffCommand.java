package org.eigrules.cli;

import org.eigrules.authoring.RuleFolders;
import org.eigrules.EigRules;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code eig diff}: what differs between two promotions, or between two rule folders. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Lists the parameter values and rules that differ between two promotions of a rule set "
                + "(--from 3 --to 4), or between two rule sets (--rules DIR --against DIR, for one promotion).",
                "Exit status: 0 when nothing differs, 1 when something does (like diff), 2 on a usage error."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleSetOption ruleSet;

    @Option(names = "--against", paramLabel = "DIR",
            description = "A second rule folder to compare with (default: the same rule set).")
    Path against;

    @Option(names = "--from", paramLabel = "N", required = true, description = "The promotion to compare from.")
    int from;

    @Option(names = "--to", paramLabel = "M", description = "The promotion to compare to (default: the same as --from).")
    Integer to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // A comparison reads the folders' files without building them: nothing of them runs.
        EigRules left = ruleSet.review();
        EigRules right = against == null ? left : EigRules.of(RuleFolders.review(against));
        int target = to == null ? from : to;
        String leftName = name(ruleSet.folder, from);
        String rightName = name(against == null ? ruleSet.folder : against, target);
        if (against == null && target == from) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "nothing to compare: give --to M, or --against DIR");
        }
        for (var side : java.util.List.of(java.util.Map.entry(left, from), java.util.Map.entry(right, target))) {
            if (!side.getKey().ruleSet().parameters().containsKey(side.getValue())) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no parameter file for promotion "
                        + side.getValue() + " (known: " + side.getKey().ruleSet().parameters().keySet() + ")");
            }
        }
        clauses(out, left, right, leftName, rightName, target);
        int differences = parameters(out, left, right, leftName, rightName, target);
        differences += rules(out, left, right, leftName, rightName, target);
        if (against == null) { // one rule set: its candidates' rules can differ only between promotions
            differences += CandidateRuleDocs.diff(out, left, from, target, leftName, rightName);
        }
        out.println(differences == 0 ? "No difference." : differences + " difference(s).");
        return differences == 0 ? 0 : 1;
    }

    /**
     * The summary a reader of the calls wants first: per clause, whether it is new, no longer
     * applies, is decided by other rules, or by the same rules reading other values. The details
     * follow, and only they count as differences.
     */
    private void clauses(PrintWriter out, EigRules left, EigRules right, String leftName, String rightName, int target) {
        Map<String, java.util.List<RuleMetadata>> a = byClause(left, from);
        Map<String, java.util.List<RuleMetadata>> b = byClause(right, target);
        Map<String, Parameter> va = values(left, from);
        Map<String, Parameter> vb = values(right, target);
        java.util.SortedSet<String> all = new TreeSet<>(org.eigrules.decision.Clauses.ORDER);
        all.addAll(a.keySet());
        all.addAll(b.keySet());
        out.println("Clauses (" + leftName + " → " + rightName + "):");
        int shown = 0;
        for (String clause : all) {
            java.util.List<RuleMetadata> x = a.get(clause);
            java.util.List<RuleMetadata> y = b.get(clause);
            String what;
            if (x == null) {
                what = "+ " + clause + " new";
            } else if (y == null && neededIn(target).contains(clause)) {
                what = "~ " + clause + " no rule of its own: only its fields are needed";
            } else if (y == null) {
                what = "- " + clause + " no longer applies";
            } else if (!names(x).equals(names(y))) {
                what = "~ " + clause + " decided by other rules";
            } else {
                java.util.SortedSet<String> changed = new TreeSet<>();
                y.forEach(r -> r.parameters().stream().filter(k -> !Objects.equals(
                        va.get(k) == null ? null : va.get(k).value(), vb.get(k) == null ? null : vb.get(k).value()))
                        .forEach(changed::add));
                if (changed.isEmpty()) {
                    continue;
                }
                what = "~ " + clause + " same rules, other values: " + String.join(", ", changed);
            }
            String title = (y != null ? right : left).ruleSet().messages().clauseTitle(clause,
                    org.eigrules.decision.Language.EN);
            out.println("  " + what + (title == null ? "" : " — " + title));
            shown++;
        }
        if (shown == 0) {
            out.println("  (same clauses, same rules, same values)");
        }
    }

    /** The clauses the application file's fields are needed by in {@code promotion} (the field table). */
    private static java.util.Set<String> neededIn(int promotion) {
        java.util.Set<String> clauses = new TreeSet<>();
        org.eigrules.ruleset.FieldTable.builtIn().fields().values()
                .forEach(field -> clauses.addAll(field.clausesNeeding(promotion)));
        return clauses;
    }

    private static Map<String, java.util.List<RuleMetadata>> byClause(EigRules rules, int promotion) {
        Map<String, java.util.List<RuleMetadata>> byClause = new TreeMap<>();
        rules.rules().stream().filter(r -> r.appliesTo(promotion))
                .forEach(r -> byClause.computeIfAbsent(r.clause(), c -> new java.util.ArrayList<>()).add(r));
        return byClause;
    }

    private static java.util.Set<String> names(java.util.List<RuleMetadata> rules) {
        return rules.stream().map(RuleMetadata::rule).collect(java.util.stream.Collectors.toSet());
    }

    private int parameters(PrintWriter out, EigRules left, EigRules right, String leftName, String rightName, int target) {
        Map<String, Parameter> a = values(left, from);
        Map<String, Parameter> b = values(right, target);
        int count = 0;
        out.println("Parameters (" + leftName + " → " + rightName + "):");
        for (String key : union(a.keySet(), b.keySet())) {
            Parameter x = a.get(key);
            Parameter y = b.get(key);
            if (x != null && y != null && x.value().equals(y.value())) {
                continue;
            }
            count++;
            if (x == null) {
                out.println("  + " + key + " = " + y.value() + "   (only in " + rightName + "; " + y.source() + ")");
            } else if (y == null) {
                out.println("  - " + key + " = " + x.value() + "   (only in " + leftName + ")");
            } else {
                out.println("  ~ " + key + ": " + x.value() + " → " + y.value() + "   (" + y.source() + ")");
            }
        }
        if (count == 0) {
            out.println("  (same values)");
        }
        return count;
    }

    private int rules(PrintWriter out, EigRules left, EigRules right, String leftName, String rightName, int target) {
        Map<String, RuleMetadata> a = applying(left, from);
        Map<String, RuleMetadata> b = applying(right, target);
        int count = 0;
        out.println("Rules (" + leftName + " → " + rightName + "):");
        for (String name : union(a.keySet(), b.keySet())) {
            RuleMetadata x = a.get(name);
            RuleMetadata y = b.get(name);
            if (x == null) {
                count++;
                out.println("  + " + name + "   (applies only to " + rightName + "; " + y.file() + ":" + y.line() + ")");
            } else if (y == null) {
                count++;
                out.println("  - " + name + "   (applies only to " + leftName + "; " + x.file() + ":" + x.line() + ")");
            } else if (!Objects.equals(x.condition(), y.condition()) || !x.clause().equals(y.clause())) {
                count++;
                out.println("  ~ " + name + "   (condition or clause changed; " + y.file() + ":" + y.line() + ")");
            }
        }
        if (count == 0) {
            out.println("  (same rules)");
        }
        return count;
    }

    private static Map<String, Parameter> values(EigRules rules, int promotion) {
        PromotionParameters parameters = rules.ruleSet().parameters().get(promotion);
        return parameters == null ? Map.of() : parameters.parameters();
    }

    private static Map<String, RuleMetadata> applying(EigRules rules, int promotion) {
        Map<String, RuleMetadata> applying = new TreeMap<>();
        rules.rules().stream().filter(r -> r.appliesTo(promotion)).forEach(r -> applying.put(r.rule(), r));
        return applying;
    }

    /** Both key sets, sorted. */
    private static java.util.SortedSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.SortedSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String name(Path folder, int promotion) {
        return (folder == null ? "built-in" : folder.toString()) + " P" + promotion;
    }
}
