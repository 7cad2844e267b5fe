package org.eigrules.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages an administration publishes (notices, rule documentation) read in words in their
 * language: no method call, constant, boolean, map, file path or fingerprint, and they are HTML a
 * browser and an assistive technology can use (lang, viewport, skip link, table headers, contents).
 */
class PublishedPagesTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    private static final Pattern METHOD_CALL = Pattern.compile("[A-Za-z]\\(\\)");
    private static final Pattern RAW_BOOLEAN = Pattern.compile("\\b(true|false)\\b");
    /** English labels and sources of the parameter files, which a French page must not show. */
    private static final List<String> ENGLISH = List.of("Time zone the call", "Fewest EIGs a défi may request",
            "Share of the total employer cost", "the call opens on", "Kinds of body that may host", "Scenarios: none",
            "teams of two or three EIGs", "The défis a candidate may choose");

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Eig.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(status).as("exit status; error output: %s", err).isZero();
        return out.toString();
    }

    private static String file(String relative) {
        return ROOT.resolve(relative).toString();
    }

    /** The text a person reads: the page's visible text, without its styles. */
    private static String visibleText(String html) {
        Document page = Jsoup.parse(html);
        page.select("style").remove();
        return page.body().text();
    }

    private static void assertInWords(String text) {
        assertThat(METHOD_CALL.matcher(text).find()).as("a method call in: %s", excerpt(text, METHOD_CALL)).isFalse();
        assertThat(CONSTANT.matcher(text).find()).as("a constant in: %s", excerpt(text, CONSTANT)).isFalse();
        assertThat(RAW_BOOLEAN.matcher(text).find()).as("true/false in: %s", excerpt(text, RAW_BOOLEAN)).isFalse();
        assertThat(text).doesNotContain("{", "MINISTRY", "DATA_SCIENCE", "SHA-256", ".yaml");
    }

    private static String excerpt(String text, Pattern pattern) {
        var m = pattern.matcher(text);
        return m.find() ? text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60)) : "";
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/selected-p3/datajust.yaml", "examples/selected-p5/basegun.yaml",
            "candidacies/eligible/p3-a-candidacy-meeting-every-clause-is-eligible.yaml"})
    void theFrenchNoticeIsInFrenchWords(String example) {
        String markdown = run("notice", file(example));
        assertInWords(markdown);
        assertThat(markdown).doesNotContain(ENGLISH.toArray(String[]::new)).contains("| oui |");
        String html = run("notice", "--format", "html", file(example));
        assertInWords(visibleText(html));
        assertWellFormedPage(html, "fr", false);
    }

    @Test
    void aCandidacysDataNameTheClausesThatReadThem() {
        String markdown = run("notice", file("candidacies/eligible/p3-a-candidacy-meeting-every-clause-is-eligible.yaml"));
        assertThat(markdown).contains("| Si le candidat est membre du jury ou expert du programme | non | CND-3 |");
        String data = markdown.substring(markdown.indexOf("## 2."), markdown.indexOf("## 3."));
        // Only the promotion's number is read by no clause (it chooses the rules).
        assertThat(data.lines().filter(l -> l.startsWith("| ") && l.endsWith("| — |")).toList())
                .containsExactly("| La promotion | 3 | — |");
    }

    @Test
    void theEnglishNoticeIsInEnglishWords() {
        String markdown = run("notice", "--lang", "en", file("examples/selected-p3/datajust.yaml"));
        assertInWords(markdown);
        assertThat(markdown).contains("Time zone the call's dates and hours are given in", "| yes |", "a ministry")
                .doesNotContain("Fuseau horaire", "| oui |");
    }

    @Test
    void theTechnicalNoticeGivesTheFileAndFingerprint() {
        String markdown = run("notice", "--technical", file("examples/selected-p3/datajust.yaml"));
        assertThat(markdown).contains("datajust.yaml", "SHA-256", "(contract.months)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theRulesPageIsInItsLanguageWithContents(String language) {
        String html = run("docs", "--lang", language, "--format", "html");
        assertWellFormedPage(html, language, true);
        String text = visibleText(html);
        assertInWords(text);
        if (language.equals("fr")) {
            assertThat(text).contains("Règles du programme EIG", "Fuseau horaire des dates et heures de l’appel")
                    .doesNotContain(ENGLISH.toArray(String[]::new));
        } else {
            assertThat(text).contains("EIG rules", "Time zone the call's dates and hours are given in")
                    .doesNotContain("Fuseau horaire", "Scenarios: none");
        }
        String markdown = run("docs", "--lang", language);
        assertInWords(markdown.replace("`eig docs`", "").replace("`eig select`", "").replace("`selections/clauses/`", ""));
    }

    private static void assertWellFormedPage(String html, String language, boolean contents) {
        // Parsed strictly as XML-ish markup, the body's elements must close in order.
        Document strict = Jsoup.parse(html, "", Parser.xmlParser());
        assertThat(strict.select("html").attr("lang")).isEqualTo(language);
        Document page = Jsoup.parse(html);
        assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(page.select("a[href=#contenu]")).as("skip link").isNotEmpty();
        assertThat(page.select("main#contenu")).hasSize(1);
        assertThat(page.select("h1")).hasSize(1);
        for (Element table : page.select("table")) {
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(table.parents().select(".fr-table")).isNotEmpty();
        }
        // Headings never skip a level going down.
        int previous = 1;
        for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as("heading %s after h%d", heading.text(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        if (contents) {
            Element menu = page.selectFirst("nav.fr-sidemenu");
            assertThat(menu).isNotNull();
            for (Element link : menu.select("a[href]")) {
                assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
            }
        }
        assertThat(page.select("script")).as("no script").isEmpty();
    }
}
