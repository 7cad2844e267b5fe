package org.eigrules.cli;

import org.eigrules.Violation;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
import org.eigrules.decision.Language;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** The readable summary of a decision, in French or English. */
final class Summary {

    private final Language language;
    private final NumberFormat money;
    private final NumberFormat percent;

    Summary(Language language) {
        this.language = language;
        this.money = NumberFormat.getNumberInstance(language == Language.EN ? Locale.UK : Locale.FRANCE);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        this.percent = NumberFormat.getPercentInstance(language == Language.EN ? Locale.UK : Locale.FRANCE);
    }

    /**
     * The decision in sentences an officer reads: the verdict; each failing clause's reason, with
     * the clause and its source as the reference; each missing piece of information and each
     * implausible value by what it is; who pays what; the priorities met by their titles.
     */
    String of(Path file, Decision d) {
        StringBuilder out = new StringBuilder();
        out.append(d.application()).append(" — ").append(t("promotion ", "promotion ")).append(d.promotion())
                .append(" — ").append(verdict(d)).append("   [").append(file).append("]\n");
        if (d.id() != null) {
            out.append("  ").append(t("Référence : ", "Reference: ")).append(d.id()).append('\n');
        }
        for (Reason r : d.reasons()) {
            out.append("  ✗ ").append(r.message().in(language))
                    .append("\n      (").append(t("clause ", "clause ")).append(r.clause()).append(t(" ; source : ", "; source: "))
                    .append(r.reference()).append(")\n");
        }
        // One line per missing field, however many clauses need it.
        new LinkedHashSet<>(d.missing().stream().map(m -> m.label() == null ? m.field() : m.label().in(language)).toList())
                .forEach(label -> out.append("  ? ").append(t("Information manquante : ", "Missing information: "))
                        .append(label).append('\n'));
        for (ImplausibleValue v : d.implausible()) {
            // The message names the value and says why it cannot be right.
            out.append("  ! ").append(t("Valeur invraisemblable : ", "Implausible value: "))
                    .append(v.message().in(language)).append('\n');
        }
        out.append("  ").append(coFinancing(d.coFinancing())).append('\n');
        for (Note n : d.coFinancing().notes()) {
            out.append("    · ").append(n.message().in(language)).append('\n');
        }
        out.append("  ").append(t("Priorités :", "Priorities:"));
        if (d.priorities().isEmpty()) {
            out.append(t(" aucune", " none"));
        }
        for (String priority : d.priorities()) {
            out.append("\n    · ").append(d.title(priority, language));
        }
        return out.toString();
    }

    String invalid(Path file, List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(t(" : fichier invalide, non évalué", ": invalid file, not evaluated"));
        for (Violation v : violations) {
            out.append("\n  ").append(v.path().isEmpty() ? t("(fichier)", "(file)") : v.path()).append(colon()).append(v.messageIn(language));
        }
        return out.toString();
    }

    private String verdict(Decision d) {
        return switch (d.verdict()) {
            case ELIGIBLE -> t("ÉLIGIBLE", "ELIGIBLE");
            case INELIGIBLE -> t("INÉLIGIBLE", "INELIGIBLE");
            case INCOMPLETE -> t("INCOMPLET", "INCOMPLETE");
        };
    }

    private String coFinancing(CoFinancing c) {
        String funder = c.funder() == null ? "" : c.funder();
        if (c.granted()) {
            return t("Cofinancement " + funder + " accordé ; bénéficiaire : ", funder + " co-financing granted; recipient: ")
                    + c.recipient() + t(" — le " + funder + " paie ", " — the " + funder + " pays ") + euros(c.piaAmount())
                    + t(", l’hôte ", ", the host ") + euros(c.hostAmount()) + t(" (taux de ", " (rate ")
                    + percent.format(c.rate()) + ")";
        }
        String none = t("Pas de cofinancement " + funder + " : ", "No " + funder + " co-financing: ");
        return c.hostAmount() == null
                ? none + t("montants inconnus tant que le coût total employeur manque",
                "amounts unknown while the total employer cost is missing")
                : none + t("l’hôte paie la totalité du coût, ", "the host pays the whole cost, ") + euros(c.hostAmount());
    }

    /** French writes 91 000,00 €; English €91,000.00. */
    private String euros(BigDecimal amount) {
        return language == Language.EN ? "€" + money.format(amount) : money.format(amount) + " €";
    }

    /** French sets a space before a colon; English does not. */
    private String colon() {
        return t(" : ", ": ");
    }

    private String t(String french, String english) {
        return language == Language.EN ? english : french;
    }
}
