package org.eigrules.cli;

import org.eigrules.decision.Clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The selection's rules (SEL clauses: jury grids, ranking, envelope) in the generated
 * documentation: built in whatever the rule folder, they are published with each promotion they
 * apply to, as the rules of the programme's main processings must be (ALG-3).
 */
final class SelectionRuleDocs {

    private SelectionRuleDocs() {
    }

    /** The Markdown section of one promotion's selection rules; empty when none applies to it. */
    static String section(org.eigrules.EigRules eig, int promotion, boolean withEnvelope) {
        Map<String, List<org.eigrules.ruleset.RuleMetadata>> byClause = new TreeMap<>(Clauses.ORDER);
        for (org.eigrules.ruleset.RuleMetadata rule : eig.selectionRules()) {
            if (rule.appliesTo(promotion)) {
                byClause.computeIfAbsent(rule.clause(), c -> new ArrayList<>()).add(rule);
            }
        }
        if (byClause.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n### The selection of défis: clauses\n\n"
                + "Rules of `org.eigrules.rules.selection` (built in: `org/eigrules/rules/selection/selection.drl`), over all the promotion's decisions and "
                + "jury grids at once (`eig select`); "
                + (withEnvelope ? "the envelope is the `envelope` value above.\n"
                : "the promotion gives no envelope, so every favourable défi is covered.\n"));
        byClause.forEach((clause, rules) -> {
            md.append("\n#### ").append(clause).append("\n\n");
            rules.forEach(r -> md.append("- ").append(r.rule()).append(" — source: ").append(r.source()).append('\n'));
        });
        md.append("\nExamples: `selections/clauses/`, one per clause.\n");
        return md.toString();
    }
}
