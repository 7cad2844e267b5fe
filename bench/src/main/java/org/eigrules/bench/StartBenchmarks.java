package org.eigrules.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.eigrules.EigRules;
import org.eigrules.authoring.RuleFolders;
import org.eigrules.decision.Decision;
import org.eigrules.model.Application;
import org.eigrules.ruleset.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Building the engine in a fresh JVM (each measurement is the first call of its fork).
 *
 * <p>The benchmarks, by the names JMH's own runner takes
 * ({@code java -cp bench/target/eig-bench.jar org.openjdk.jmh.Main 'StartBenchmarks.builtInPrecompiled$' -f 5}):
 * <ul>
 * <li>{@code builtInPrecompiled} — {@code EigRules.of(RuleSet.builtIn())}: the built-in rule base,
 *     compiled when the library was built;</li>
 * <li>{@code builtInAndFirstDecision} — {@code EigRules.builtIn()} and its first decision (one
 *     eligible promotion 3 file, read with Jackson before the clock starts), so that work the
 *     engine leaves for its first use is counted too;</li>
 * <li>{@code folderCompiledAtRunTime} — a copy of the built-in files in a folder, compiled at run
 *     time by {@code eig-authoring}.</li>
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartBenchmarks {

    /** A copy of the built-in files in a temporary folder. */
    @State(Scope.Benchmark)
    public static class Folder {
        Path folder;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            folder = Files.createTempDirectory("eig-rules-");
            RuleSet.copyBuiltInFiles(folder);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The DataJust example (examples/selected-p3), read as the library's model without touching the engine. */
    @State(Scope.Benchmark)
    public static class OneFile {
        Application application;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            application = dataJust();
        }
    }

    /** The DataJust example as an application, read with plain Jackson: no class of the engine is loaded. */
    static Application dataJust() throws IOException {
        try (InputStream in = StartBenchmarks.class.getResourceAsStream("datajust.json")) {
            return JsonMapper.builder().addModule(new JavaTimeModule()).build().readValue(in, Application.class);
        }
    }

    @Benchmark
    public Decision builtInAndFirstDecision(OneFile state) {
        return EigRules.builtIn().evaluate(state.application);
    }

    @Benchmark
    public EigRules builtInPrecompiled() {
        return EigRules.of(RuleSet.builtIn());
    }

    @Benchmark
    public EigRules folderCompiledAtRunTime(Folder state) {
        return RuleFolders.load(state.folder);
    }
}
