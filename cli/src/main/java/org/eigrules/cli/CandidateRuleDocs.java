package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.ruleset.CandidateRule;
import org.eigrules.engine.candidacy.CandidateRules;
import org.eigrules.decision.Clauses;
import org.eigrules.decision.Language;

import org.eigrules.scenario.ScenarioResult;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The candidates' rules (calls for candidates, CND clauses) in the generated documentation and in
 * {@code eig diff}: a rule folder's own when it has a candidates' rule file, else the built-in ones,
 * with the folder's values
 * ({@code candidates.*} keys of its parameter files).
 */
final class CandidateRuleDocs {

    private CandidateRuleDocs() {
    }

    /**
     * The Markdown section of one promotion's call for candidates, each clause with the scenarios
     * whose candidacy fired one of its rules; empty when the promotion has no call.
     */
    static String section(EigRules rules, int promotion, List<ScenarioResult> scenarios) {
        if (!rules.candidacyPromotions().contains(promotion)) {
            return "";
        }
        Map<String, List<CandidateRule>> byClause = new TreeMap<>(Clauses.ORDER);
        for (CandidateRule rule : rules.candidacyRules()) {
            if (rule.appliesTo(promotion)) {
                byClause.computeIfAbsent(rule.clause(), c -> new ArrayList<>()).add(rule);
            }
        }
        StringBuilder md = new StringBuilder("\n### Call for candidates: clauses\n\n"
                + "Rules of `org.eigrules.candidates` (built in: `org/eigrules/candidates/candidates.drl`), reading the "
                + "`candidates.*` values above.\n");
        byClause.forEach((clause, list) -> {
            String title = CandidateRules.builtIn().clauseTitle(clause, Language.EN);
            md.append("\n#### ").append(clause).append(title == null ? "" : " — " + title).append("\n\n");
            for (CandidateRule rule : list) {
                md.append("- ").append(rule.rule()).append(rule.canFail() ? " (ineligible)" : " (missing)")
                        .append(" — source: ").append(rule.source()).append('\n');
            }
            List<String> exercising = exercising(list, scenarios, promotion);
            md.append(exercising.isEmpty() ? "\nScenarios: none.\n" : "\nScenarios:\n\n");
            exercising.forEach(s -> md.append("- ").append(s).append('\n'));
        });
        return md.toString();
    }

    private static List<String> exercising(List<CandidateRule> rules, List<ScenarioResult> scenarios, int promotion) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ScenarioResult result : scenarios) {
            if (result.candidacy() == null || result.candidacy().promotion() != promotion) {
                continue;
            }
            if (rules.stream().anyMatch(r -> result.candidacy().rulesFired().contains(r.rule()))) {
                names.putIfAbsent(result.scenario().name(), result.scenario().name() + " (`"
                        + Path.of(result.scenario().file()).getFileName() + "`)");
            }
        }
        return new ArrayList<>(names.values());
    }

    /** Prints the candidates' rules that apply to one promotion and not the other; returns how many. */
    static int diff(PrintWriter out, EigRules rules, int from, int to, String leftName, String rightName) {
        out.println("Candidates' rules (" + leftName + " → " + rightName + "):");
        int count = 0;
        TreeSet<String> seen = new TreeSet<>();
        for (CandidateRule rule : rules.candidacyRules()) {
            if (!seen.add(rule.rule()) || rule.appliesTo(from) == rule.appliesTo(to)) {
                continue;
            }
            count++;
            out.println(rule.appliesTo(to)
                    ? "  + " + rule.rule() + "   (applies only to " + rightName + "; " + rule.clause() + ")"
                    : "  - " + rule.rule() + "   (applies only to " + leftName + "; " + rule.clause() + ")");
        }
        if (count == 0) {
            out.println("  (same rules)");
        }
        return count;
    }
}
