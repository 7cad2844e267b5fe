package org.eigrules.notice;

import org.eigrules.decision.Language;
import org.eigrules.decision.LocalizedText;
import org.eigrules.promotion.Parameter;

import java.util.Objects;

/**
 * A notice as a person reads it, in French or English: Markdown (for a message or a file) or one
 * HTML page (for a website). Everything taken from a file or a parameter is escaped.
 */
public final class NoticeText {

    /** The output formats. */
    public enum Format {
        /** CommonMark, with tables. */
        MARKDOWN,
        /** One HTML5 page, with its own styles. */
        HTML
    }

    private NoticeText() {
    }

    /** The notice in a format and a language. */
    public static String write(Notice notice, Language language, Format format) {
        return format == Format.HTML ? html(notice, language) : markdown(notice, language);
    }

    /** The notice as Markdown. */
    public static String markdown(Notice notice, Language language) {
        Words w = new Words(language);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(md(w.title(notice))).append("\n\n");
        out.append(md(notice.summary().in(language))).append("  \n");
        if (notice.source() != null) {
            out.append(w.t("Dossier : ", "File: ")).append(md(notice.source())).append("  \n");
        }
        out.append(md(w.rulesLine(notice))).append("\n\n");
        out.append("> ").append(md(notice.mention().in(language))).append("\n\n");

        out.append("## ").append(w.item1()).append("\n\n");
        for (LocalizedText paragraph : notice.contribution()) {
            out.append(md(paragraph.in(language))).append("\n\n");
        }

        out.append("## ").append(w.item2()).append("\n\n").append(md(w.dataSource(notice))).append("\n\n");
        out.append(w.t("| donnée | valeur | clauses qui la lisent |", "| data | value | clauses that read it |"))
                .append("\n|---|---|---|\n");
        for (Notice.Datum datum : notice.data()) {
            out.append("| `").append(code(datum.field())).append("` | ").append(md(w.value(datum.value()))).append(" | ")
                    .append(w.clauses(datum.clauses())).append(" |\n");
        }
        out.append('\n');

        out.append("## ").append(w.item3()).append("\n\n").append(md(w.parameterIntro(notice))).append("\n\n");
        if (notice.parameters().isEmpty()) {
            out.append(w.t("Aucun paramètre n’a été lu.", "No parameter was read.")).append("\n\n");
        } else {
            out.append(w.t("| paramètre | signification | valeur | source | clauses |",
                    "| parameter | meaning | value | source | clauses |")).append("\n|---|---|---|---|---|\n");
            for (Notice.AppliedParameter applied : notice.parameters()) {
                Parameter p = applied.parameter();
                out.append("| `").append(code(p.key())).append("` | ").append(md(p.label())).append(" | ")
                        .append(md(p.value())).append(" | ").append(md(p.source())).append(" | ")
                        .append(md(w.clauses(applied))).append(" |\n");
            }
            out.append('\n');
        }

        out.append("## ").append(w.item4()).append("\n\n").append(md(w.operationsIntro())).append("\n\n");
        int n = 0;
        for (Notice.Operation operation : notice.operations()) {
            out.append(++n).append(". **").append(md(operation.clause())).append("**")
                    .append(operation.title() == null ? "" : " — " + md(operation.title().in(language)))
                    .append(w.t(" : ", ": ")).append(w.outcome(operation.outcome())).append('\n');
            for (LocalizedText detail : operation.details()) {
                out.append("   - ").append(md(detail.in(language))).append('\n');
            }
        }
        return out.toString();
    }

    /** The notice as one HTML page. */
    public static String html(Notice notice, Language language) {
        Words w = new Words(language);
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language == Language.EN ? "en" : "fr").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(html(w.title(notice))).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left;"
                        + "vertical-align:top}blockquote{border-left:4px solid #000091;margin:1em 0;padding:.2em 1em}"
                        + ".FAILED{color:#b00}.UNDECIDED{color:#a60}</style>\n</head>\n<body>\n");
        out.append("<h1>").append(html(w.title(notice))).append("</h1>\n<p>").append(html(notice.summary().in(language)));
        if (notice.source() != null) {
            out.append("<br>\n").append(html(w.t("Dossier : ", "File: "))).append("<code>").append(html(notice.source()))
                    .append("</code>");
        }
        out.append("<br>\n").append(html(w.rulesLine(notice))).append("</p>\n");
        out.append("<blockquote><p>").append(html(notice.mention().in(language))).append("</p></blockquote>\n");

        out.append("<h2>").append(html(w.item1())).append("</h2>\n");
        for (LocalizedText paragraph : notice.contribution()) {
            out.append("<p>").append(html(paragraph.in(language))).append("</p>\n");
        }

        out.append("<h2>").append(html(w.item2())).append("</h2>\n<p>").append(html(w.dataSource(notice))).append("</p>\n");
        out.append("<table>\n<tr>").append(w.t("<th>donnée</th><th>valeur</th><th>clauses qui la lisent</th>",
                "<th>data</th><th>value</th><th>clauses that read it</th>")).append("</tr>\n");
        for (Notice.Datum datum : notice.data()) {
            out.append("<tr><td><code>").append(html(datum.field())).append("</code></td><td>")
                    .append(html(w.value(datum.value()))).append("</td><td>").append(html(w.clauses(datum.clauses())))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");

        out.append("<h2>").append(html(w.item3())).append("</h2>\n<p>").append(html(w.parameterIntro(notice))).append("</p>\n");
        if (notice.parameters().isEmpty()) {
            out.append("<p>").append(html(w.t("Aucun paramètre n’a été lu.", "No parameter was read."))).append("</p>\n");
        } else {
            out.append("<table>\n<tr>").append(w.t(
                    "<th>paramètre</th><th>signification</th><th>valeur</th><th>source</th><th>clauses</th>",
                    "<th>parameter</th><th>meaning</th><th>value</th><th>source</th><th>clauses</th>")).append("</tr>\n");
            for (Notice.AppliedParameter applied : notice.parameters()) {
                Parameter p = applied.parameter();
                out.append("<tr><td><code>").append(html(p.key())).append("</code></td><td>").append(html(p.label()))
                        .append("</td><td>").append(html(p.value())).append("</td><td>").append(html(p.source()))
                        .append("</td><td>").append(html(w.clauses(applied))).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }

        out.append("<h2>").append(html(w.item4())).append("</h2>\n<p>").append(html(w.operationsIntro())).append("</p>\n<ol>\n");
        for (Notice.Operation operation : notice.operations()) {
            out.append("<li class=\"").append(operation.outcome().name()).append("\"><strong>").append(html(operation.clause()))
                    .append("</strong>").append(operation.title() == null ? "" : " — " + html(operation.title().in(language)))
                    .append(html(w.t(" : ", ": "))).append(html(w.outcome(operation.outcome())));
            if (!operation.details().isEmpty()) {
                out.append("\n<ul>\n");
                for (LocalizedText detail : operation.details()) {
                    out.append("<li>").append(html(detail.in(language))).append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Text for an HTML element or attribute: the five characters HTML gives a meaning to, escaped. */
    public static String html(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text for Markdown: the characters Markdown gives a meaning to escaped with a backslash, HTML's
     * own as entities, and line breaks as spaces (a table cell is one line).
     */
    public static String md(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text inside a code span: no backtick can close it early, no line break or pipe can end the cell. */
    private static String code(String text) {
        return text.replace('`', '\'').replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    }

    /** The notice's fixed words in one language. */
    private record Words(Language language) {

        String t(String french, String english) {
            return language == Language.EN ? english : french;
        }

        String title(Notice notice) {
            String subject = notice.subject() == null ? "" : " — " + notice.subject();
            return t("Notice du traitement algorithmique", "Notice of the algorithmic processing") + subject
                    + " (promotion " + notice.promotion() + ")";
        }

        String rulesLine(Notice notice) {
            return t("Règles appliquées : ", "Rules applied: ") + (notice.rules().equals("built-in rules")
                    ? t("les règles intégrées de la bibliothèque eig-rules", "the eig-rules library's built-in rules")
                    : t("le dossier de règles ", "the rule folder ") + notice.rules())
                    + t(" ; empreinte SHA-256 ", "; SHA-256 fingerprint ") + notice.fingerprint();
        }

        String item1() {
            return t("1. Degré et mode de contribution du traitement à la décision",
                    "1. The degree and mode of the processing's contribution to the decision");
        }

        String item2() {
            return t("2. Données traitées et leurs sources", "2. The data processed and their sources");
        }

        String item3() {
            return t("3. Paramètres du traitement appliqués à la situation", "3. The processing's parameters applied to the case");
        }

        String item4() {
            return t("4. Opérations effectuées par le traitement", "4. The operations the processing carried out");
        }

        String dataSource(Notice notice) {
            String file = notice.source() == null ? t("le dossier déposé", "the file submitted")
                    : t("le dossier déposé, ", "the file submitted, ") + notice.source();
            return (notice.candidacy()
                    ? t("Source : ", "Source: ") + file + t(", tel que le candidat l’a rempli. Les règles de l’appel à "
                    + "candidatures lisent la candidature entière : voici chaque valeur qu’elle donne. Aucune autre "
                    + "donnée n’est utilisée.", ", as the candidate filled it in. The call's rules read the whole "
                    + "candidacy: here is every value it gives. No other data is used.")
                    : t("Source : ", "Source: ") + file + t(", tel que l’hôte l’a rempli. Voici chaque valeur que les "
                    + "règles ont lue, avec les clauses qui la lisent ; une valeur terminée par () est calculée par "
                    + "les règles à partir de plusieurs champs du dossier. Aucune autre donnée n’est utilisée.",
                    ", as the host filled it in. Here is every value the rules read, with the clauses that read it; a "
                    + "value ending in () is computed by the rules from several fields of the file. No other data is "
                    + "used."));
        }

        String clauses(java.util.List<String> clauses) {
            return clauses.isEmpty() ? "—" : String.join(", ", clauses);
        }

        String clauses(Notice.AppliedParameter applied) {
            String clauses = applied.clauses().isEmpty() ? "—" : String.join(", ", applied.clauses());
            return applied.fired() ? clauses + t(" (lu par une règle déclenchée)", " (read by a rule that fired)") : clauses;
        }

        String parameterIntro(Notice notice) {
            return (notice.candidacy()
                    ? t("Les valeurs de l’appel à candidatures de la promotion ", "The values of the call for candidates of promotion ")
                    + notice.promotion() + t(" que ses clauses appliquent", " that its clauses apply")
                    : t("Les valeurs auxquelles les règles de chaque clause comparent le dossier, qu’elles se soient "
                    + "déclenchées ou non (une date de clôture respectée a été appliquée aussi)",
                    "The values the rules of each clause compare the file with, whether or not they fired (a closing "
                    + "date the file met was applied too)"))
                    + t(", tirées du fichier de paramètres de la promotion (", ", from the promotion's parameter file (")
                    + notice.parameterFile() + t("). Aucun paramètre n’est pondéré : chacun est une date, un seuil, une "
                    + "liste ou un taux que le dossier respecte ou non.", "). No parameter is weighted: each is a date, a "
                    + "threshold, a list or a rate that the file meets or does not.");
        }

        String operationsIntro() {
            return t("Chaque clause de l’appel que les règles vérifient, dans l’ordre, avec son résultat :",
                    "Each clause of the call the rules check, in order, with its outcome:");
        }

        String value(String value) {
            return value == null ? t("(non indiquée)", "(not given)") : value;
        }

        String outcome(Notice.Outcome outcome) {
            return switch (outcome) {
                case MET -> t("respectée", "met");
                case FAILED -> t("NON RESPECTÉE", "NOT MET");
                case UNDECIDED -> t("non décidée (information manquante ou invraisemblable)",
                        "undecided (information missing or implausible)");
                case DECIDES_WHO_PAYS -> t("respectée ; elle décide qui paie", "met; it decides who pays");
                case PRIORITY_MET -> t("priorité atteinte", "priority met");
                case PRIORITY_NOT_MET -> t("priorité non atteinte", "priority not met");
            };
        }
    }
}
