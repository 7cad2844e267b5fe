package org.eigrules.bench;

import org.eigrules.authoring.RuleFolders;
import org.eigrules.EigRules;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Building the engine in a fresh JVM (each measurement is the first build of its fork): the
 * built-in rules, compiled when the library was built, against a copy of them in a folder,
 * compiled at run time.
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

    @Benchmark
    public EigRules builtInPrecompiled() {
        return EigRules.of(RuleSet.builtIn());
    }

    @Benchmark
    public EigRules folderCompiledAtRunTime(Folder state) {
        return RuleFolders.load(state.folder);
    }
}
