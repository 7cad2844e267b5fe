package org.eigrules.io;

import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
import org.eigrules.decision.Language;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;
import org.eigrules.decision.Verdict;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;

/**
 * Decisions as text an officer reads, in French or English: the one-line summary and the full
 * readable text that {@code eig evaluate} prints (the command line uses these methods).
 *
 * <pre>{@code
 * DecisionText.summary(decision, Language.EN)  // "DataJust — promotion 3 — ELIGIBLE"
 * DecisionText.text(decision, Language.FR)     // the verdict line, then reasons, missing information, who pays, priorities
 * }</pre>
 *
 * Money is written the language's way (French {@code 91 000,00 €}, English {@code €91,000.00});
 * lines are separated by {@code \n}, with no line break at the end.
 */
public final class DecisionText {

    private DecisionText() {
    }

    /**
     * The one-line summary of a défi application's decision: its name, promotion and verdict, e.g.
     * {@code DataJust — promotion 3 — ÉLIGIBLE}.
     *
     * @param decision a decision from {@code EigRules.evaluate}
     * @param language the language of the verdict
     * @return one line, without line break
     */
    public static String summary(Decision decision, Language language) {
        Objects.requireNonNull(decision, "decision");
        Words w = new Words(language);
        return decision.application() + " — promotion " + decision.promotion() + " — " + w.verdict(decision.verdict());
    }

    /**
     * The full readable text of a défi application's decision: the {@link #summary summary} line,
     * then each failing clause's reason with the clause and its source, each missing piece of
     * information (once, however many clauses need it), each implausible value, who pays what and
     * the priorities met, by their titles.
     *
     * @param decision a decision from {@code EigRules.evaluate}
     * @param language the language of the text
     * @return several lines, without line break at the end
     */
    public static String text(Decision decision, Language language) {
        return text(decision, language, null);
    }

    /**
     * The {@linkplain #text(Decision, Language) full readable text}, with where the application
     * came from (a file name, a form's reference…) at the end of its first line, as {@code [source]}.
     *
     * @param decision a decision from {@code EigRules.evaluate}
     * @param language the language of the text
     * @param source   where the application came from, or null to leave it out
     * @return several lines, without line break at the end
     */
    public static String text(Decision decision, Language language, String source) {
        Words w = new Words(language);
        StringBuilder out = new StringBuilder(summary(decision, language));
        if (source != null) {
            out.append("   [").append(source).append(']');
        }
        out.append('\n');
        if (decision.id() != null) {
            out.append("  ").append(w.t("Référence : ", "Reference: ")).append(decision.id()).append('\n');
        }
        for (Reason r : decision.reasons()) {
            out.append("  ✗ ").append(r.message().in(language))
                    .append("\n      (clause ").append(r.clause()).append(w.t(" ; source : ", "; source: "))
                    .append(r.reference()).append(")\n");
        }
        // One line per missing field, however many clauses need it.
        new LinkedHashSet<>(decision.missing().stream()
                .map(m -> m.label() == null ? m.field() : m.label().in(language)).toList())
                .forEach(label -> out.append("  ? ").append(w.t("Information manquante : ", "Missing information: "))
                        .append(label).append('\n'));
        for (ImplausibleValue v : decision.implausible()) {
            // The message names the value and says why it cannot be right.
            out.append("  ! ").append(w.t("Valeur invraisemblable : ", "Implausible value: "))
                    .append(v.message().in(language)).append('\n');
        }
        out.append("  ").append(w.coFinancing(decision.coFinancing())).append('\n');
        for (Note n : decision.coFinancing().notes()) {
            out.append("    · ").append(n.message().in(language)).append('\n');
        }
        out.append("  ").append(w.t("Priorités :", "Priorities:"));
        if (decision.priorities().isEmpty()) {
            out.append(w.t(" aucune", " none"));
        }
        for (String priority : decision.priorities()) {
            out.append("\n    · ").append(decision.title(priority, language));
        }
        return out.toString();
    }

    /**
     * The one-line summary of a candidacy's decision: the candidate (when named), the promotion and
     * the verdict, e.g. {@code Candidature — Camille Martin — promotion 3 — ÉLIGIBLE}.
     *
     * @param decision a decision from {@code EigRules.evaluate} on a candidacy
     * @param language the language of the text
     * @return one line, without line break
     */
    public static String summary(CandidacyDecision decision, Language language) {
        Objects.requireNonNull(decision, "decision");
        Words w = new Words(language);
        StringBuilder out = new StringBuilder(w.t("Candidature", "Candidacy"));
        if (decision.candidate() != null) {
            out.append(" — ").append(decision.candidate());
        }
        return out.append(" — promotion ").append(decision.promotion()).append(" — ")
                .append(w.verdict(decision.verdict())).toString();
    }

    /**
     * The full readable text of a candidacy's decision: the {@link #summary(CandidacyDecision, Language)
     * summary} line, with {@code [source]} at its end when a source is given, then each failing
     * clause with its reason and source, and each missing piece of information.
     *
     * @param decision a decision from {@code EigRules.evaluate} on a candidacy
     * @param language the language of the text
     * @param source   where the candidacy came from, or null to leave it out
     * @return one or more lines, without line break at the end
     */
    public static String text(CandidacyDecision decision, Language language, String source) {
        Words w = new Words(language);
        StringBuilder out = new StringBuilder(summary(decision, language));
        if (source != null) {
            out.append("   [").append(source).append(']');
        }
        for (Reason r : decision.reasons()) {
            out.append("\n  ✗ ").append(r.clause()).append(w.colon()).append(r.message().in(language))
                    .append("\n      (").append(w.t("source : ", "source: ")).append(r.reference()).append(")");
        }
        for (MissingField m : decision.missing()) {
            out.append("\n  ? ").append(m.clause()).append(w.colon())
                    .append(w.t("information manquante ", "missing information ")).append(m.field());
        }
        return out.toString();
    }

    /** The words and number formats of one language. */
    /** A verdict as the readable decision writes it: {@code INÉLIGIBLE} in French, {@code INELIGIBLE} in English. */
    public static String verdict(Verdict verdict, Language language) {
        return new Words(language).verdict(verdict);
    }

    private static final class Words {

        private final Language language;

        Words(Language language) {
            this.language = Objects.requireNonNull(language, "language");
        }

        String verdict(Verdict verdict) {
            return switch (verdict) {
                case ELIGIBLE -> t("ÉLIGIBLE", "ELIGIBLE");
                case INELIGIBLE -> t("INÉLIGIBLE", "INELIGIBLE");
                case INCOMPLETE -> t("INCOMPLET", "INCOMPLETE");
            };
        }

        String coFinancing(CoFinancing c) {
            String funder = c.funder() == null ? "" : "PROGRAMME_352".equals(c.funder()) ? t("du programme 352", "programme 352")
                    : c.funder();
            String payer = "PROGRAMME_352".equals(c.funder()) ? t("le programme 352", "programme 352") : t("le " + funder, "the " + funder);
            if (c.granted()) {
                NumberFormat percent = NumberFormat.getPercentInstance(locale());
                return t("Cofinancement " + funder + " accordé ; bénéficiaire : ", cap(funder) + " co-financing granted; recipient: ")
                        + c.recipient() + t(" — " + payer + " paie ", " — " + payer + " pays ") + money(c.piaAmount(), c.grantRange())
                        + t(", l’hôte ", ", the host ") + money(c.hostAmount(), c.hostRange()) + t(" (taux de ", " (rate ")
                        + percent.format(c.rate()) + ")";
            }
            String none = t("Pas de cofinancement " + funder + " : ", "No " + funder + " co-financing: ");
            return c.hostAmount() == null && c.hostRange() == null
                    ? none + t("montants inconnus tant que le coût total employeur manque",
                    "amounts unknown while the total employer cost is missing")
                    : none + t("l’hôte paie la totalité du coût, ", "the host pays the whole cost, ")
                    + money(c.hostAmount(), c.hostRange());
        }

        /** An exact amount, or a promotion 5 range: "between €31,200.00 and €35,400.00". */
        String money(BigDecimal amount, org.eigrules.decision.AmountRange range) {
            if (amount != null || range == null) {
                return euros(amount);
            }
            return t("entre " + euros(range.min()) + " et " + euros(range.max()),
                    "between " + euros(range.min()) + " and " + euros(range.max()));
        }

        private static String cap(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        /** French writes 91 000,00 €; English €91,000.00. */
        String euros(BigDecimal amount) {
            NumberFormat money = NumberFormat.getNumberInstance(locale());
            money.setMinimumFractionDigits(2);
            money.setMaximumFractionDigits(2);
            return language == Language.EN ? "€" + money.format(amount) : money.format(amount) + " €";
        }

        /** French sets a space before a colon; English does not. */
        String colon() {
            return t(" : ", ": ");
        }

        String t(String french, String english) {
            return language == Language.EN ? english : french;
        }

        private Locale locale() {
            return language == Language.EN ? Locale.UK : Locale.FRANCE;
        }
    }
}
