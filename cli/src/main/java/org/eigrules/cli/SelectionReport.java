package org.eigrules.cli;

import org.eigrules.decision.Language;
import org.eigrules.engine.selection.SelectionMessages;
import org.eigrules.selection.Envelope;
import org.eigrules.selection.NotRankedDefi;
import org.eigrules.selection.RankedDefi;
import org.eigrules.selection.SelectionCheck;
import org.eigrules.selection.SelectionNote;
import org.eigrules.selection.SelectionResult;
import org.eigrules.selection.Status;
import org.eigrules.selection.Totals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The readable ranking table of {@code eig select}: one line per ranked défi, then the totals. */
final class SelectionReport {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[]{"Promotion %d — classement du jury", "Promotion %d — the jury's ranking"}),
            Map.entry("rank", new String[]{"Rang", "Rank"}),
            Map.entry("defi", new String[]{"Défi", "Défi"}),
            Map.entry("total", new String[]{"Total", "Total"}),
            Map.entry("opinion", new String[]{"Avis", "Opinion"}),
            Map.entry("status", new String[]{"Statut", "Status"}),
            Map.entry("money", new String[]{"Financement", "Programme money"}),
            Map.entry("cumulated", new String[]{"Cumul", "Cumulated"}),
            Map.entry("FAVOURABLE", new String[]{"favorable", "favourable"}),
            Map.entry("UNFAVOURABLE", new String[]{"défavorable", "unfavourable"}),
            Map.entry("COVERED", new String[]{"couvert", "covered"}),
            Map.entry("NOT_COVERED", new String[]{"non couvert", "not covered"}),
            Map.entry("TIE_AT_LIMIT", new String[]{"ex aequo à la limite", "tie at the limit"}),
            Map.entry("favourite", new String[]{"* coup de cœur du groupe", "* the group's favourite"}),
            Map.entry("notRanked", new String[]{"Non classés :", "Not ranked:"}),
            Map.entry("ties", new String[]{"Ex aequo, à départager par le programme (SEL-4) :",
                    "Ties, for the programme to decide (SEL-4):"}),
            Map.entry("tie", new String[]{"rang %d : %s", "rank %d: %s"}),
            Map.entry("envelope", new String[]{"Enveloppe : %s ; utilisée : %s ; reste : %s",
                    "Envelope: %s; used: %s; remaining: %s"}),
            Map.entry("proposed", new String[]{"Proposition (défis couverts) : %d défi(s), %d EIG ; programme %s ; hôtes %s",
                    "Proposed (covered défis): %d défi(s), %d EIGs; programme %s; hosts %s"}),
            Map.entry("selected", new String[]{"Sélection décidée : %d défi(s), %d EIG ; programme %s ; hôtes %s",
                    "Decided selection: %d défi(s), %d EIGs; programme %s; hosts %s"}),
            Map.entry("selectedEnvelope", new String[]{" ; enveloppe : reste %s", "; envelope: %s remaining"}),
            Map.entry("selectedOver", new String[]{" ; enveloppe dépassée de %s", "; envelope exceeded by %s"}),
            Map.entry("checks", new String[]{"Vérifications de la sélection décidée (SEL-6) :",
                    "Checks of the decided selection (SEL-6):"}),
            Map.entry("noChecks", new String[]{"Vérifications de la sélection décidée (SEL-6) : rien à signaler",
                    "Checks of the decided selection (SEL-6): nothing to report"}),
            Map.entry("whole", new String[]{"la sélection", "the selection"}));

    private final Language language;

    SelectionReport(Language language) {
        this.language = language;
    }

    private String word(String key) {
        return WORDS.get(key)[language == Language.EN ? 1 : 0];
    }

    private String money(BigDecimal amount) {
        return amount == null ? "—" : SelectionMessages.money(amount, language);
    }

    String of(Path file, SelectionResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(word("title"), result.promotion())).append(" (").append(file).append(")\n\n");
        Envelope envelope = result.envelope();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{word("rank"), word("defi"), word("total"), word("opinion"), word("status"), word("money"),
                word("cumulated") + (envelope == null ? "" : " / " + money(envelope.amount()))});
        for (RankedDefi defi : result.ranking()) {
            rows.add(new String[]{String.valueOf(defi.rank()), defi.application(), String.valueOf(defi.total()),
                    word(defi.grid().opinion().name()) + (defi.grid().isFavourite() ? " *" : ""),
                    word(defi.status().name()), money(defi.grantAmount()),
                    defi.status() == Status.COVERED ? money(defi.cumulated()) : ""});
        }
        table(out, rows);
        if (result.ranking().stream().anyMatch(r -> r.grid().isFavourite())) {
            out.append(word("favourite")).append('\n');
        }
        if (!result.notRanked().isEmpty()) {
            out.append('\n').append(word("notRanked")).append('\n');
            for (NotRankedDefi defi : result.notRanked()) {
                out.append("  - ").append(defi.application()).append(" — ").append(defi.why().message(language))
                        .append(" [").append(defi.why().clause()).append("]\n");
            }
        }
        if (!result.ties().isEmpty()) {
            out.append('\n').append(word("ties")).append('\n');
            for (List<String> tie : result.ties()) {
                int rank = result.ranked(tie.get(0)).orElseThrow().rank();
                out.append("  - ").append(String.format(word("tie"), rank, String.join(", ", tie))).append('\n');
            }
        }
        out.append('\n');
        for (SelectionNote note : result.notes()) {
            out.append(note.message(language)).append(" [").append(note.clause()).append("]\n");
        }
        if (envelope != null) {
            out.append(String.format(word("envelope"), money(envelope.amount()), money(envelope.used()),
                    money(envelope.remaining()))).append('\n');
        }
        Totals totals = result.totals();
        out.append(String.format(word("proposed"), totals.defis(), totals.eigs(), money(totals.grantAmount()),
                money(totals.hostAmount()))).append('\n');
        if (result.selected() != null) {
            Totals selected = result.selected();
            out.append(String.format(word("selected"), selected.defis(), selected.eigs(), money(selected.grantAmount()),
                    money(selected.hostAmount())));
            if (envelope != null) {
                BigDecimal rest = envelope.amount().subtract(selected.grantAmount());
                out.append(rest.signum() < 0 ? String.format(word("selectedOver"), money(rest.negate()))
                        : String.format(word("selectedEnvelope"), money(rest)));
            }
            out.append('\n');
            if (result.checks().isEmpty()) {
                out.append(word("noChecks")).append('\n');
            } else {
                out.append(word("checks")).append('\n');
                for (SelectionCheck check : result.checks()) {
                    out.append("  - ").append(check.application() == null ? word("whole") : check.application())
                            .append(" — ").append(check.note().message(language)).append('\n');
                }
            }
        }
        return out.toString().stripTrailing();
    }

    /** Left-aligned text columns, right-aligned numbers and amounts. */
    private static void table(StringBuilder out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        boolean[] right = {true, false, true, false, false, true, true};
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row[c];
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(right[c] ? pad + cell : cell + pad).append(c < columns - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
