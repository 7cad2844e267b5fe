package org.eigrules.cli;

import org.eigrules.Violation;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
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

    /**
     * The decision in sentences: the verdict, each failing clause with its reason and source, each
     * missing or implausible piece of information by what it is (the clause it concerns in brackets),
     * who pays what, and the priorities met by their titles.
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
                    .append("\n      (").append(r.clause()).append(t(", source : ", ", source: ")).append(r.reference()).append(")\n");
        }
        for (MissingField m : d.missing()) {
            out.append("  ? ").append(t("Information manquante : ", "Missing information: "))
                    .append(m.label() == null ? m.field() : m.label().in(language))
                    .append(" (").append(m.clause()).append(")\n");
        }
        for (ImplausibleValue v : d.implausible()) {
            out.append("  ! ").append(t("Valeur invraisemblable : ", "Implausible value: "))
                    .append(v.label() == null ? v.field() : v.label().in(language))
                    .append(" (").append(v.clause()).append(")").append(colon()).append(v.message().in(language)).append('\n');
        }
        out.append("  ").append(coFinancing(d.coFinancing())).append('\n');
        for (Note n : d.coFinancing().notes()) {
            out.append("    · ").append(n.message().in(language)).append(" (").append(n.clause()).append(")\n");
        }
        out.append("  ").append(t("Priorités :", "Priorities:"));
        if (d.priorities().isEmpty()) {
            out.append(t(" aucune", " none"));
        }
        for (String priority : d.priorities()) {
            out.append("\n    · ").append(d.title(priority, language)).append(" (").append(priority).append(")");
        }
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
        String funder = c.funder() == null ? "" : c.funder() + " ";
        String amounts = c.piaAmount() == null
                ? t("montants inconnus (le coût total employeur manque)", "amounts unknown (the total employer cost is missing)")
                : t("le ", "the ") + funder + t("paie ", "pays ") + euros(c.piaAmount()) + t(", l’hôte ", ", the host ")
                + euros(c.hostAmount());
        if (c.granted()) {
            return t("Cofinancement " + funder + "accordé à ", funder + "co-financing granted to ") + c.recipient() + colon()
                    + amounts + t(" (taux de ", " (rate ") + percent.format(c.rate()) + ")";
        }
        return t("Pas de cofinancement " + funder.strip() + " : ", "No " + funder + "co-financing: ") + amounts;
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
