package org.eigrules.notice;

import org.eigrules.decision.Language;
import org.eigrules.decision.LocalizedText;
import org.eigrules.promotion.Parameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The notice in a format and a language, for the person it concerns: no file path, no fingerprint. */
    public static String write(Notice notice, Language language, Format format) {
        return write(notice, language, format, false);
    }

    /**
     * The notice in a format and a language.
     *
     * @param technical also the file's path, the rule folder and the rule set's SHA-256 fingerprint,
     *                  and each datum's and parameter's name in the files (for whoever checks the processing)
     */
    public static String write(Notice notice, Language language, Format format, boolean technical) {
        String markdown = markdown(notice, language, technical);
        if (format != Format.HTML) {
            return markdown;
        }
        Words w = new Words(language);
        return Pages.html(markdown, language, new Pages.Frame(w.title(notice),
                w.t("Entrepreneurs d’intérêt général", "Entrepreneurs d’intérêt général"),
                w.t("Notice du traitement algorithmique", "Notice of the algorithmic processing"),
                w.t("Notice écrite par la bibliothèque eig-rules à partir des règles et des paramètres publiés.",
                        "Notice written by the eig-rules library from the published rules and parameters.")), false);
    }

    /** The notice as one HTML page, for the person it concerns. */
    public static String html(Notice notice, Language language) {
        return write(notice, language, Format.HTML, false);
    }

    /** The notice as Markdown, for the person it concerns. */
    public static String markdown(Notice notice, Language language) {
        return markdown(notice, language, false);
    }

    /** The notice as Markdown; see {@link #write(Notice, Language, Format, boolean)}. */
    public static String markdown(Notice notice, Language language, boolean technical) {
        Words w = new Words(language);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", w.title(notice));
        List<String> header = new ArrayList<>();
        header.add(notice.summary().in(language));
        if (technical && notice.source() != null) {
            header.add(w.t("Dossier : ", "File: ") + notice.source());
        }
        header.add(technical ? w.rulesLine(notice) : w.rulesLineShort(notice));
        v.put("header", header);
        v.put("mention", notice.mention().in(language));
        v.put("item1", w.item1());
        v.put("contribution", notice.contribution().stream().map(p -> p.in(language)).toList());
        v.put("item2", w.item2());
        v.put("dataIntro", w.dataSource(notice, technical));
        v.put("dataHeadField", w.t("donnée", "data"));
        v.put("dataHeadValue", w.t("valeur", "value"));
        v.put("dataHeadClauses", w.t("clauses qui la lisent", "clauses that read it"));
        List<Map<String, Object>> data = new ArrayList<>();
        for (Notice.Datum datum : notice.data()) {
            String label = datum.label() == null ? datum.field() : capitalized(datum.label().in(language));
            data.add(Map.of("label", technical ? label + " (" + datum.field() + ")" : label,
                    "value", datum.value().in(language), "clauses", w.clauses(datum.clauses())));
        }
        v.put("data", data);
        v.put("item3", w.item3());
        v.put("parameterIntro", w.parameterIntro(notice, technical));
        v.put("noParameter", w.t("Aucun paramètre n’a été lu.", "No parameter was read."));
        v.put("hasParameters", !notice.parameters().isEmpty());
        v.put("paramHeadMeaning", w.t("paramètre", "parameter"));
        v.put("paramHeadValue", w.t("valeur", "value"));
        v.put("paramHeadSource", w.t("source", "source"));
        v.put("paramHeadClauses", w.t("clauses", "clauses"));
        List<Map<String, Object>> parameters = new ArrayList<>();
        Wording wording = new Wording(org.eigrules.ruleset.Messages.builtIn());
        for (Notice.AppliedParameter applied : notice.parameters()) {
            Parameter p = applied.parameter();
            String label = p.label(language);
            parameters.add(Map.of("label", technical ? label + " (" + p.key() + ")" : label,
                    "value", wording.parameterValue(p, language), "source", p.source(language),
                    "clauses", w.clauses(applied)));
        }
        v.put("parameters", parameters);
        v.put("item4", w.item4());
        v.put("operationsIntro", w.operationsIntro());
        List<Map<String, Object>> operations = new ArrayList<>();
        int n = 0;
        for (Notice.Operation operation : notice.operations()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("number", ++n);
            o.put("clause", operation.clause());
            if (operation.title() != null) {
                o.put("title", operation.title().in(language));
            }
            o.put("colon", w.t(" : ", ": "));
            o.put("outcome", w.outcome(operation.outcome()));
            o.put("details", operation.details().stream().map(d -> d.in(language)).toList());
            operations.add(o);
        }
        v.put("operations", operations);
        return Pages.markdown("notice.md.mustache", v);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

        String rulesLineShort(Notice notice) {
            return t("Règles appliquées : ", "Rules applied: ") + (notice.rules().equals("built-in rules")
                    ? t("les règles publiées du programme", "the programme's published rules")
                    : t("des règles propres à ce traitement, tirées des règles publiées du programme",
                    "rules of this processing's own, drawn from the programme's published rules"));
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

        String dataSource(Notice notice, boolean technical) {
            String file = notice.source() == null || !technical ? t("le dossier déposé", "the file submitted")
                    : t("le dossier déposé, ", "the file submitted, ") + notice.source();
            return (notice.candidacy()
                    ? t("Source : ", "Source: ") + file + t(", tel que le candidat l’a rempli. Les règles de l’appel à "
                    + "candidatures lisent la candidature entière : voici chaque valeur qu’elle donne. Aucune autre "
                    + "donnée n’est utilisée.", ", as the candidate filled it in. The call's rules read the whole "
                    + "candidacy: here is every value it gives. No other data is used.")
                    : t("Source : ", "Source: ") + file + t(", tel que l’hôte l’a rempli. Voici chaque valeur que les "
                    + "règles ont lue, avec les clauses qui la lisent ; une valeur marquée « calculé » est tirée par "
                    + "les règles de plusieurs champs du dossier. Aucune autre donnée n’est utilisée.",
                    ", as the host filled it in. Here is every value the rules read, with the clauses that read it; a "
                    + "value marked \"computed\" is drawn by the rules from several fields of the file. No other data "
                    + "is used."));
        }

        String clauses(java.util.List<String> clauses) {
            return clauses.isEmpty() ? "—" : String.join(", ", clauses);
        }

        String clauses(Notice.AppliedParameter applied) {
            String clauses = applied.clauses().isEmpty() ? "—" : String.join(", ", applied.clauses());
            return applied.fired() ? clauses + t(" (lu par une règle déclenchée)", " (read by a rule that fired)") : clauses;
        }

        String parameterIntro(Notice notice, boolean technical) {
            return (notice.candidacy()
                    ? t("Les valeurs de l’appel à candidatures de la promotion ", "The values of the call for candidates of promotion ")
                    + notice.promotion() + t(" que ses clauses appliquent", " that its clauses apply")
                    : t("Les valeurs auxquelles les règles de chaque clause comparent le dossier, qu’elles se soient "
                    + "déclenchées ou non (une date de clôture respectée a été appliquée aussi)",
                    "The values the rules of each clause compare the file with, whether or not they fired (a closing "
                    + "date the file met was applied too)"))
                    + (technical ? t(", tirées du fichier de paramètres de la promotion (", ", from the promotion's "
                    + "parameter file (") + notice.parameterFile() + ")" : t(", tirées des paramètres publiés de la "
                    + "promotion", ", from the promotion's published parameters"))
                    + t(". Aucun paramètre n’est pondéré : chacun est une date, un seuil, une "
                    + "liste ou un taux que le dossier respecte ou non.", ". No parameter is weighted: each is a date, a "
                    + "threshold, a list or a rate that the file meets or does not.");
        }

        String operationsIntro() {
            return t("Chaque clause de l’appel que les règles vérifient, dans l’ordre, avec son résultat :",
                    "Each clause of the call the rules check, in order, with its outcome:");
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
