package org.eigrules.bench;

import org.eigrules.EigRules;
import org.eigrules.selection.Selection;
import org.eigrules.selection.SelectionResult;
import org.eigrules.testkit.SelectionGenerators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.quicktheories.QuickTheory.qt;

/**
 * Selecting a promotion of 1,000 défis through the facade: every application evaluated, then the
 * selection rules over all the decisions and grids at once (ranking, envelope walk, checks of a
 * decided selection). Generated from a fixed seed.
 *
 * <p>The benchmark, by the name JMH's own runner takes:
 * {@code selectAThousandDefis} (sample time, ms;
 * {@code java -cp bench/target/eig-bench.jar org.openjdk.jmh.Main SelectionBenchmarks}).
 */
public class SelectionBenchmarks {

    /** One generated promotion of 1,000 défis, with grids and a decided selection. */
    @State(Scope.Benchmark)
    public static class Promotion {
        EigRules rules;
        Selection selection;

        @Setup
        public void setUp() {
            rules = EigRules.builtIn();
            selection = generate(rules, 1000);
        }
    }

    static Selection generate(EigRules rules, int defis) {
        List<Selection> generated = new ArrayList<>();
        // QuickTheories tries its simplest values first (nobody heard, no money): take a later example.
        qt().withFixedSeed(20180704L).withExamples(5)
                .forAll(SelectionGenerators.selections(rules.parameters(3), defis, defis)).checkAssert(generated::add);
        Selection selection = generated.get(generated.size() - 1);
        // Every défi of the decided selection, so that every SEL-6 check runs.
        List<String> all = selection.applications().stream().map(a -> a.challenge().name()).toList();
        return new Selection(selection.promotion(), selection.applications(), selection.grids(), all);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SelectionResult selectAThousandDefis(Promotion state) {
        return state.rules.select(state.selection);
    }

    /** A quick look without JMH: {@code java -cp bench/target/eig-bench.jar org.eigrules.bench.SelectionBenchmarks}. */
    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        EigRules rules = EigRules.builtIn();
        Selection selection = generate(rules, 1000);
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            SelectionResult result = rules.select(selection);
            System.out.printf("run %2d: %6.1f ms (%d ranked, %d not ranked, %d ties, %d checks)%n", i + 1,
                    (System.nanoTime() - start) / 1e6, result.ranking().size(), result.notRanked().size(),
                    result.ties().size(), result.checks().size());
        }
    }
}
