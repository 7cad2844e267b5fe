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
    static String section(org.eigrules.EigRules eig, int promotion, boolean withEnvelope,
                          org.eigrules.decision.Language language, boolean technical) {
        boolean en = language == org.eigrules.decision.Language.EN;
        Map<String, List<org.eigrules.ruleset.RuleMetadata>> byClause = new TreeMap<>(Clauses.ORDER);
        for (org.eigrules.ruleset.RuleMetadata rule : eig.selectionRules()) {
            if (rule.appliesTo(promotion)) {
                byClause.computeIfAbsent(rule.clause(), c -> new ArrayList<>()).add(rule);
            }
        }
        if (byClause.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder(en ? "\n### The selection of défis: clauses (promotion " + promotion + ")\n\n"
                : "\n### La sélection des défis : clauses (promotion " + promotion + ")\n\n");
        md.append(en ? (technical ? "Rules of `org.eigrules.rules.selection` (built in: "
                + "`org/eigrules/rules/selection/selection.drl`), over" : "Built-in rules, over")
                + " all the promotion's decisions and jury grids at once (`eig select`); "
                + (withEnvelope ? "the envelope is the programme money value above.\n"
                : "the promotion gives no envelope, so every favourable défi is covered.\n")
                : "Règles intégrées, appliquées à toutes les décisions et grilles du jury de la promotion à la fois "
                + "(`eig select`) ; " + (withEnvelope ? "l’enveloppe est la valeur des crédits du programme ci-dessus.\n"
                : "la promotion ne donne pas d’enveloppe : chaque défi ayant un avis favorable est couvert.\n"));
        org.eigrules.ruleset.Messages messages = eig.ruleSet().messages();
        byClause.forEach((clause, rules) -> {
            String title = messages.clauseTitle(clause, language);
            md.append("\n#### ").append(clause).append(title == null ? "" : " — " + title).append("\n\n");
            rules.forEach(r -> md.append("- ").append(technical || en ? messages.ruleTitle(r.rule(), language) + " — " : "")
                    .append(en ? "source: " : "source : ").append(r.source()).append('\n'));
        });
        if (technical) {
            md.append(en ? "\nExamples: `selections/clauses/`, one per clause.\n"
                    : "\nExemples : `selections/clauses/`, un par clause.\n");
        }
        return md.toString();
    }
}
