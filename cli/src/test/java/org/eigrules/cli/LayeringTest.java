package org.eigrules.cli;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's layers, checked on the compiled classes with the JDK's jdeps and on the sources:
 * no two packages of the library depend on each other, even through others; the file formats,
 * records and notices sit above everything they use; and no module holds more than a third or so
 * of the main code.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LayeringTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();
    /** Every module with main code, in build order. */
    private static final List<String> MODULES =
            List.of("core", "engine", "policy", "rules", "io", "authoring", "testkit", "ds", "cli", "bench");
    /**
     * The modules built before this one, whose classes jdeps reads; the bench, built after, has one
     * package that no module can depend on.
     */
    private static final List<String> BUILT_BEFORE = MODULES.subList(0, MODULES.indexOf("cli") + 1);
    /** The packages that read and write files (and the Jackson module over them), records and notices. */
    private static final Set<String> ABOVE = Set.of("org.eigrules.io", "org.eigrules.record", "org.eigrules.notice",
            "org.eigrules.jackson");
    /** Hand-written classes only: the rules' generated classes would triple the time and say nothing. */
    private static final String HAND_WRITTEN = "org\\.eigrules\\.(?!rules\\.|candidates\\.)([a-z.]+\\.)?[A-Z][^.]*";
    private static final double LARGEST_SHARE = 0.35;

    /** Every dependency between two packages of the library, as "from" to the packages it uses. */
    private static Map<String, Set<String>> packageEdges() {
        List<String> args = new ArrayList<>(List.of("-verbose:class", "-filter:none", "-include", HAND_WRITTEN));
        for (String module : BUILT_BEFORE) {
            Path classes = ROOT.resolve(module).resolve("target/classes");
            assertThat(Files.isDirectory(classes)).as(classes + " (built by the reactor before this module)").isTrue();
            args.add(classes.toString());
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
        assertThat(status).as(out.toString()).isZero();
        Map<String, Set<String>> edges = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 3 && parts[1].equals("->") && parts[0].startsWith("org.eigrules.")
                    && parts[2].startsWith("org.eigrules.")) {
                String from = packageOf(parts[0]);
                String to = packageOf(parts[2]);
                edges.computeIfAbsent(from, k -> new TreeSet<>());
                if (!from.equals(to)) {
                    edges.get(from).add(to);
                }
            }
        }
        return edges;
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    /** The strongly connected components of more than one package (Tarjan's algorithm). */
    static List<Set<String>> cycles(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        List<String> stack = new ArrayList<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> found = new ArrayList<>();
        int[] next = {0};
        for (String start : edges.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, edges, index, low, stack, onStack, found, next);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> edges, Map<String, Integer> index,
                                Map<String, Integer> low, List<String> stack, Set<String> onStack,
                                List<Set<String>> found, int[] next) {
        index.put(v, next[0]);
        low.put(v, next[0]);
        next[0]++;
        stack.add(v);
        onStack.add(v);
        for (String w : edges.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, edges, index, low, stack, onStack, found, next);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.remove(stack.size() - 1);
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }

    @Test
    void no_package_of_the_library_depends_on_itself_through_others() {
        Map<String, Set<String>> edges = packageEdges();
        assertThat(edges.keySet()).as("the check's own control: jdeps reads every module's packages")
                .contains("org.eigrules", "org.eigrules.engine", "org.eigrules.ruleset", "org.eigrules.io",
                        "org.eigrules.model", "org.eigrules.cli", "org.eigrules.authoring");
        assertThat(cycles(edges)).as("package cycles").isEmpty();
    }

    @Test
    void the_check_finds_a_cycle_through_three_packages() {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        edges.put("a", Set.of("b"));
        edges.put("b", Set.of("c"));
        edges.put("c", Set.of("a", "d"));
        edges.put("d", Set.of());
        assertThat(cycles(edges)).containsExactly(Set.of("a", "b", "c"));
    }

    @Test
    void nothing_below_the_file_formats_reaches_them() {
        Map<String, Set<String>> edges = packageEdges();
        Set<String> wrong = new TreeSet<>();
        edges.forEach((from, tos) -> {
            boolean below = !ABOVE.contains(from) && !from.startsWith("org.eigrules.authoring")
                    && !from.startsWith("org.eigrules.scenario") && !from.startsWith("org.eigrules.cli")
                    && !from.startsWith("org.eigrules.bench") && !from.startsWith("org.eigrules.ds");
            tos.stream().filter(ABOVE::contains).filter(to -> below).forEach(to -> wrong.add(from + " -> " + to));
        });
        assertThat(wrong).as("packages below io, record and notice that depend on them").isEmpty();
    }

    @Test
    void no_module_holds_more_than_a_third_or_so_of_the_main_code() throws IOException {
        Map<String, Long> lines = new LinkedHashMap<>();
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                long count = 0;
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    count += Files.readAllLines(file).size();
                }
                lines.put(module, count);
            }
        }
        long total = lines.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).as("the check's own control: main code is found").isGreaterThan(10_000);
        lines.forEach((module, count) -> assertThat((double) count / total)
                .as("%s's share of the main code (%d of %d lines)", module, count, total)
                .isLessThanOrEqualTo(LARGEST_SHARE));
    }
}
