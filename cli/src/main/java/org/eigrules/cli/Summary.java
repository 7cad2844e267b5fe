package org.eigrules.cli;

import org.eigrules.Violation;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
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

    String of(Path file, Decision d) {
        StringBuilder out = new StringBuilder();
        out.append(d.application()).append(" — ").append(t("promotion ", "promotion ")).append(d.promotion())
                .append(" — ").append(verdict(d)).append("   [").append(file).append("]\n");
        for (Reason r : d.reasons()) {
            out.append("  ✗ ").append(r.clause()).append(colon()).append(r.message().in(language))
                    .append("\n      (").append(t("source : ", "source: ")).append(r.reference()).append(")\n");
        }
        for (MissingField m : d.missing()) {
            out.append("  ? ").append(m.clause()).append(colon()).append(t("information manquante ", "missing information "))
                    .append(m.field()).append('\n');
        }
        out.append("  ").append(coFinancing(d.coFinancing())).append('\n');
        for (Note n : d.coFinancing().notes()) {
            out.append("    · ").append(n.clause()).append(colon()).append(n.message().in(language)).append('\n');
        }
        out.append("  ").append(t("Priorités : ", "Priorities: "))
                .append(d.priorities().isEmpty() ? t("aucune", "none") : String.join(", ", d.priorities()));
        return out.toString();
    }

    String invalid(Path file, List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(t(" : fichier invalide, non évalué", ": invalid file, not evaluated"));
        for (Violation v : violations) {
            out.append("\n  ").append(v.path().isEmpty() ? t("(fichier)", "(file)") : v.path()).append(colon()).append(v.message());
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
        String amounts = c.piaAmount() == null
                ? t("montants inconnus (coût total manquant)", "amounts unknown (total cost missing)")
                : t("PIA ", "PIA ") + euros(c.piaAmount()) + t(", hôte ", ", host ") + euros(c.hostAmount());
        if (c.granted()) {
            return t("Cofinancement PIA accordé à ", "PIA co-financing granted to ") + c.recipient() + colon()
                    + amounts + t(" (taux ", " (rate ") + percent.format(c.rate()) + ")";
        }
        return t("Pas de cofinancement PIA : ", "No PIA co-financing: ") + amounts;
    }

    private String euros(BigDecimal amount) {
        return money.format(amount) + " €";
    }

    /** French sets a space before a colon; English does not. */
    private String colon() {
        return t(" : ", ": ");
    }

    private String t(String french, String english) {
        return language == Language.EN ? english : french;
    }
}
