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
    static String section(EigRules rules, int promotion, List<ScenarioResult> scenarios, Language language,
                          boolean technical) {
        boolean en = language == Language.EN;
        if (!rules.candidacyPromotions().contains(promotion)) {
            return "";
        }
        Map<String, List<CandidateRule>> byClause = new TreeMap<>(Clauses.ORDER);
        for (CandidateRule rule : rules.candidacyRules()) {
            if (rule.appliesTo(promotion)) {
                byClause.computeIfAbsent(rule.clause(), c -> new ArrayList<>()).add(rule);
            }
        }
        StringBuilder md = new StringBuilder(en ? "\n### Call for candidates: clauses (promotion " + promotion + ")\n\n"
                : "\n### Appel à candidatures : clauses (promotion " + promotion + ")\n\n");
        md.append(technical ? (en ? "Rules of `org.eigrules.candidates` (built in: `org/eigrules/candidates/candidates.drl`), "
                + "reading the `candidates.*` values above.\n" : "Règles de `org.eigrules.candidates` (intégrées : "
                + "`org/eigrules/candidates/candidates.drl`), qui lisent les valeurs `candidates.*` ci-dessus.\n")
                : (en ? "Built-in rules, reading the call's values above.\n"
                : "Règles intégrées, qui lisent les valeurs de l’appel ci-dessus.\n"));
        byClause.forEach((clause, list) -> {
            String title = CandidateRules.builtIn().clauseTitle(clause, language);
            md.append("\n#### ").append(clause).append(title == null ? "" : " — " + title).append("\n\n");
            for (CandidateRule rule : list) {
                // The candidates' rules are named in English only: the page names what each decides.
                md.append("- ").append(technical ? rule.rule() + " — " : "")
                        .append(rule.canFail() ? (en ? "makes the candidacy ineligible" : "rend la candidature inéligible")
                                : (en ? "finds information missing" : "relève une information manquante"))
                        .append(en ? " — source: " : " — source : ").append(rule.source()).append('\n');
            }
            List<String> exercising = exercising(list, scenarios, promotion);
            if (!exercising.isEmpty()) {
                md.append(en ? "\nScenarios:\n\n" : "\nScénarios :\n\n");
                exercising.forEach(s -> md.append("- ").append(s).append('\n'));
            }
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
