package org.eigrules.readme;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and docs/*.md hold no broken relative link and no anchor that no heading makes, and
 * describe the product as it is: no mention of the project's issues.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ISSUE = Pattern.compile("(?i)\\bissues? #?\\d+");

    @Test
    void every_relative_link_and_anchor_of_the_docs_resolves() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path doc : ReadmeJavaBlocksTest.userDocs()) {
            problems.addAll(brokenLinks(doc));
        }
        assertThat(problems).as("broken links").isEmpty();
    }

    @Test
    void no_user_doc_mentions_an_issue() throws IOException {
        List<String> mentions = new ArrayList<>();
        for (Path doc : ReadmeJavaBlocksTest.userDocs()) {
            mentions.addAll(issueMentions(doc.getFileName().toString(), Files.readString(doc)));
        }
        assertThat(mentions).isEmpty();
    }

    @Test
    void a_broken_link_a_missing_anchor_and_an_issue_are_caught(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("other.md"), "# Other page\n\n## Là où ça va\n");
        Path page = Files.writeString(folder.resolve("page.md"), """
                # A page

                ## Trust model: what a rule folder can do

                [fine](#trust-model-what-a-rule-folder-can-do), [fine too](other.md#là-où-ça-va),
                [web](https://example.org/x), [no such file](missing.md), [no such anchor](#nowhere),
                [no such anchor there](other.md#elsewhere).

                ```sh
                [inside a code block](not-checked.md)
                ```

                As issue 15 asked.
                """);
        assertThat(brokenLinks(page)).containsExactly("page.md: missing.md (no such file)",
                "page.md: #nowhere (no such heading)", "page.md: other.md#elsewhere (no such heading)");
        assertThat(issueMentions("page.md", Files.readString(page))).containsExactly("page.md: issue 15");
    }

    @Test
    void anchors_follow_githubs_slugs() {
        assertThat(slug("Trust model: what a rule folder can do")).isEqualTo("trust-model-what-a-rule-folder-can-do");
        assertThat(slug("The explicit mention (ALG-1)")).isEqualTo("the-explicit-mention-alg-1");
        assertThat(slug("La sélection (SEL-1 … SEL-6)")).isEqualTo("la-sélection-sel-1--sel-6");
        assertThat(slug("The rule set's fingerprint")).isEqualTo("the-rule-sets-fingerprint");
        assertThat(slug("`eig evaluate` and [its help](x.md)")).isEqualTo("eig-evaluate-and-its-help");
        assertThat(anchors("# A\n## A\n```\n# not a heading\n```\n## A\n")).containsExactly("a", "a-1", "a-2");
    }

    /** Each broken relative link of a Markdown file, as "file: target (why)". */
    static List<String> brokenLinks(Path doc) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<Path, Set<String>> anchorsByFile = new HashMap<>();
        Matcher link = LINK.matcher(outsideCode(Files.readString(doc)));
        while (link.find()) {
            String target = link.group(1);
            if (target.matches("[a-z]+:.*")) {
                continue; // https:, mailto: — not this repository's
            }
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            String anchor = hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
            Path file = path.isEmpty() ? doc : doc.getParent().resolve(path).normalize();
            String where = doc.getFileName() + ": " + target;
            if (!Files.exists(file)) {
                problems.add(where + " (no such file)");
            } else if (anchor != null && file.toString().endsWith(".md")) {
                Set<String> anchors = anchorsByFile.computeIfAbsent(file, f -> {
                    try {
                        return anchors(Files.readString(f));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                if (!anchors.contains(anchor)) {
                    problems.add(where + " (no such heading)");
                }
            }
        }
        return problems;
    }

    static List<String> issueMentions(String name, String text) {
        List<String> mentions = new ArrayList<>();
        Matcher m = ISSUE.matcher(text);
        while (m.find()) {
            mentions.add(name + ": " + m.group());
        }
        return mentions;
    }

    /** The anchors GitHub makes for a page's headings, a repeated one numbered from -1. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : outsideCode(markdown).split("\n")) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String slug = slug(h.group(2));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return anchors;
    }

    /** GitHub's slug: link texts and code marks kept as text, lowercase, punctuation dropped, each space a hyphen. */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
        return text.replaceAll("[^\\p{L}\\p{M}\\p{N}_\\- ]", "").replace(' ', '-');
    }

    /** The text with fenced code blocks blanked (their lines kept, so nothing in them counts). */
    private static String outsideCode(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
                out.append('\n');
            } else {
                out.append(inCode ? "" : line).append('\n');
            }
        }
        return out.toString();
    }
}
