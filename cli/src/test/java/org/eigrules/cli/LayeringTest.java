package org.eigrules.cli;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file formats, records and notices build on the facade and the engine, never the reverse: a
 * build check over eig-rules' compiled classes with the JDK's jdeps.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LayeringTest {

    private static final Path CLASSES = Path.of(System.getProperty("basedir", "."))
            .resolve("../rules/target/classes").normalize();
    /** The packages that read and write files, records and notices. */
    private static final Set<String> ABOVE = Set.of("org.eigrules.io", "org.eigrules.record", "org.eigrules.notice");

    private static final String HAND_WRITTEN =
            "org\\.eigrules\\.(candidacy|engine|engine\\.selection|io|notice|parameters|reading|record|ruleset)?\\.?[A-Z][^.]*";

    /** Every dependency between two classes of eig-rules, as "from -> to" class names. */
    private static List<String[]> classEdges() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                // Only the hand-written packages: the rules' generated classes would triple the time.
                "-verbose:class", "-filter:none", "-include", HAND_WRITTEN, CLASSES.toString());
        assertThat(status).as(out.toString()).isZero();
        List<String[]> edges = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 3 && parts[1].equals("->") && parts[0].startsWith("org.eigrules.")
                    && parts[2].startsWith("org.eigrules.")) {
                edges.add(new String[] {parts[0], parts[2]});
            }
        }
        return edges;
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    @Test
    void no_class_below_the_file_formats_reaches_them() {
        assertThat(Files.isDirectory(CLASSES)).as(CLASSES + " (built by the reactor before this module)").isTrue();
        List<String[]> edges = classEdges();
        assertThat(edges).as("jdeps reads eig-rules' classes").hasSizeGreaterThan(100);
        Set<String> wrong = new TreeSet<>();
        for (String[] edge : edges) {
            String from = packageOf(edge[0]);
            String to = packageOf(edge[1]);
            if (!ABOVE.contains(from) && ABOVE.contains(to)) {
                wrong.add(edge[0] + " -> " + edge[1]);
            }
        }
        assertThat(wrong).as("classes below io, record and notice that depend on them").isEmpty();
    }
}
