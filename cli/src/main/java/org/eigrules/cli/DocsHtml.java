package org.eigrules.cli;

import org.eigrules.notice.NoticeText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code eig docs --format html}: the generated documentation as one HTML page for a website (the
 * rules of the main processing published online, ALG-3). It reads the Markdown that
 * {@link RuleDocs} writes — headings, paragraphs, bullet lists and pipe tables, with code spans
 * and bold — and escapes every text before marking it up, so a value or source from a rule folder
 * cannot inject markup.
 */
final class DocsHtml {

    private static final Pattern HEADING = Pattern.compile("(#{1,6}) (.*)");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private DocsHtml() {
    }

    /** The page, titled by the Markdown's first heading. */
    static String page(String markdown) {
        List<String> lines = markdown.lines().toList();
        String title = lines.stream().map(HEADING::matcher).filter(Matcher::matches).map(m -> m.group(2)).findFirst()
                .orElse("EIG rules");
        StringBuilder body = new StringBuilder();
        java.util.Set<String> ids = new java.util.HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher heading = HEADING.matcher(line);
            if (line.isBlank()) {
                i++;
            } else if (heading.matches()) {
                int level = heading.group(1).length();
                String id = anchor(heading.group(2));
                for (int n = 2; !ids.add(id); n++) {
                    id = anchor(heading.group(2)) + "-" + n; // one "parameters" per promotion
                }
                body.append("<h").append(level).append(" id=\"").append(id).append("\">")
                        .append(inline(heading.group(2))).append("</h").append(level).append(">\n");
                i++;
            } else if (line.startsWith("|")) {
                List<String> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).startsWith("|")) {
                    rows.add(lines.get(i++));
                }
                table(rows, body);
            } else if (line.startsWith("- ")) {
                body.append("<ul>\n");
                while (i < lines.size() && lines.get(i).startsWith("- ")) {
                    body.append("<li>").append(inline(lines.get(i++).substring(2))).append("</li>\n");
                }
                body.append("</ul>\n");
            } else {
                StringBuilder paragraph = new StringBuilder(line);
                i++;
                while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("|")
                        && !lines.get(i).startsWith("- ") && !HEADING.matcher(lines.get(i)).matches()) {
                    paragraph.append(' ').append(lines.get(i++));
                }
                body.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
            }
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + NoticeText.html(title)
                + "</title>\n<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;line-height:1.5}"
                + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left;"
                + "vertical-align:top}code{background:#f3f3f3}</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** A pipe table: a header row, the separator row, then body rows; {@code \|} is a pipe inside a cell. */
    private static void table(List<String> rows, StringBuilder out) {
        out.append("<table>\n");
        for (int r = 0; r < rows.size(); r++) {
            if (r == 1 && rows.get(r).matches("\\|(\\s*:?-+:?\\s*\\|)+")) {
                continue;
            }
            String tag = r == 0 ? "th" : "td";
            out.append("<tr>");
            for (String cell : cells(rows.get(r))) {
                out.append('<').append(tag).append('>').append(inline(cell)).append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** Text escaped, then code spans and bold marked up. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher code = CODE.matcher(text);
        int last = 0;
        while (code.find()) {
            out.append(bold(NoticeText.html(text.substring(last, code.start()))));
            out.append("<code>").append(NoticeText.html(code.group(1))).append("</code>");
            last = code.end();
        }
        out.append(bold(NoticeText.html(text.substring(last))));
        return out.toString();
    }

    private static String bold(String escaped) {
        return BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
    }

    /** A heading's id: its clause id or words, lower case, for links such as {@code #chl-3}. */
    private static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
