package org.eigrules.notice;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.eigrules.decision.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Published pages: Markdown made into one HTML page in the French State's design system (DSFR),
 * with a table of contents, a skip link, table captions and header scopes. CommonMark writes the
 * body with raw HTML escaped, so nothing a rule folder or a file says can add markup; the page
 * around it is a logic-less Mustache template that escapes every value.
 *
 * <p>The DSFR's styles are embedded (version {@value #DSFR_VERSION}, npm {@code @gouvfr/dsfr}): the
 * core and the components used (header, footer, skip links, side menu, table, callout, badge, link,
 * logo), with the {@code @font-face} rules removed — the Marianne fonts are not shipped, so the
 * system's sans-serif stands in. The DSFR is for the State's own sites (its terms of use): these pages
 * are the programme's, published by the administration that runs it.
 */
public final class Pages {

    /** The DSFR release whose styles are embedded. */
    public static final String DSFR_VERSION = "1.15.3";

    private static final String DIR = "org/eigrules/pages/";
    private static final MustacheFactory HTML = new DefaultMustacheFactory(DIR);
    private static final Mustache PAGE = HTML.compile("page.html.mustache");
    private static final String CSS = resource(DIR + "dsfr-subset.min.css");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private Pages() {
    }

    /** What frames a page: its words around the body. */
    public record Frame(String title, String service, String tagline, String footer) {
    }

    /**
     * The page for a Markdown text.
     *
     * @param toc whether the page lists its second- and third-level headings in a side menu
     */
    public static String html(String markdown, Language language, Frame frame, boolean toc) {
        Node document = PARSER.parse(markdown);
        Map<Node, String> ids = new IdentityHashMap<>();
        Map<Node, String> captions = new IdentityHashMap<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        IdGenerator generator = IdGenerator.builder().build();
        document.accept(new AbstractVisitor() {
            private String lastHeading = frame.title();
            private List<Map<String, Object>> children;

            @Override
            public void visit(Heading heading) {
                String text = text(heading);
                String id = generator.generateId(text);
                ids.put(heading, id);
                lastHeading = text;
                if (heading.getLevel() == 2) {
                    children = new ArrayList<>();
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", id);
                    entry.put("text", text);
                    entry.put("children", children);
                    entry.put("hasChildren", false);
                    entries.add(entry);
                } else if (heading.getLevel() == 3 && children != null) {
                    children.add(Map.of("id", id, "text", text));
                    entries.get(entries.size() - 1).put("hasChildren", true);
                }
            }

            @Override
            public void visitChildren(Node parent) {
                if (parent instanceof TableBlock) {
                    captions.put(parent, lastHeading);
                }
                super.visitChildren(parent);
            }
        });
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading && ids.containsKey(node)) {
                        attributes.put("id", ids.get(node));
                    }
                })
                .nodeRendererFactory(context -> new TableRenderer(context, captions))
                .extensions(EXTENSIONS)
                .build();
        boolean en = language == Language.EN;
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", en ? "en" : "fr");
        page.put("title", frame.title());
        page.put("service", frame.service());
        page.put("tagline", frame.tagline());
        page.put("footer", frame.footer());
        page.put("css", CSS);
        page.put("skipLabel", en ? "Quick access" : "Accès rapide");
        page.put("skipToContent", en ? "Content" : "Contenu");
        page.put("skipToToc", en ? "Contents" : "Sommaire");
        page.put("tocTitle", en ? "Contents" : "Sommaire");
        page.put("hasToc", toc && !entries.isEmpty());
        page.put("toc", entries);
        page.put("body", renderer.render(document));
        StringWriter out = new StringWriter();
        PAGE.execute(out, page);
        return out.toString();
    }

    /** A Markdown text from a template, every value escaped for Markdown. */
    static String markdown(String template, Object scope) {
        StringWriter out = new StringWriter();
        MARKDOWN.compile(template).execute(out, scope);
        return out.toString();
    }

    private static final MustacheFactory MARKDOWN = new DefaultMustacheFactory(DIR) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(escapeMarkdown(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** Text that Markdown shows as written: its marks escaped, on one line (a table cell ends at a line break). */
    static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                if ("\\`*_[]<>|#!~&".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    private static String resource(String name) {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tables as the DSFR writes them: in its wrappers (the table scrolls within them on a phone), with
     * a caption (the section's heading) and header cells that say which way they apply.
     */
    private static final class TableRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final Map<Node, String> captions;

        TableRenderer(HtmlNodeRendererContext context, Map<Node, String> captions) {
            this.context = context;
            this.html = context.getWriter();
            this.captions = captions;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TableBlock.class, TableCell.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof TableBlock) {
                html.line();
                html.raw("<div class=\"fr-table fr-table--bordered fr-table--multiline fr-table--no-caption\"><div class=\"fr-table__wrapper\">"
                        + "<div class=\"fr-table__container\"><div class=\"fr-table__content\">");
                html.line();
                html.tag("table");
                String caption = captions.get(node);
                if (caption != null) {
                    html.tag("caption");
                    html.text(caption);
                    html.tag("/caption");
                }
                children(node);
                html.tag("/table");
                html.raw("</div></div></div></div>");
                html.line();
            } else {
                TableCell cell = (TableCell) node;
                String tag = cell.isHeader() ? "th" : "td";
                html.tag(tag, cell.isHeader() ? Map.of("scope", "col") : Map.of());
                children(node);
                html.tag("/" + tag);
            }
        }

        private void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
