package org.eigrules.cli;

import org.eigrules.decision.Language;
import org.eigrules.notice.Pages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code eig docs --format html}: the generated documentation as one page for a website (the rules
 * of the programme's main processing published online, ALG-3), in the French State's design system,
 * with its sections in a side menu. {@link Pages} turns the Markdown into the page.
 */
final class DocsHtml {

    private static final Pattern HEADING = Pattern.compile("# (.*)");

    private DocsHtml() {
    }

    /** The page, titled by the Markdown's first heading. */
    static String page(String markdown, Language language) {
        String title = markdown.lines().map(HEADING::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst()
                .orElse("EIG");
        boolean en = language == Language.EN;
        return Pages.html(markdown, language, new Pages.Frame(title, "Entrepreneurs d’intérêt général",
                en ? "The rules of the programme's algorithmic processing"
                        : "Les règles du traitement algorithmique du programme",
                en ? "Written by eig docs from the rule and parameter files."
                        : "Écrit par eig docs à partir des fichiers de règles et de paramètres."), true);
    }
}
