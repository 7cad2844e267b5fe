package org.eigrules.bench;

import org.eigrules.EigRules;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Decision;
import org.eigrules.model.Application;
import org.eigrules.oracle.HandWrittenPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Decisions through the facade and through the hand-written policy (the tests' oracle, which
 * decides promotions 3, 4 and 5), on the same generated files in the same run.
 *
 * <p>The benchmarks, by the names JMH's own runner takes
 * ({@code java -cp bench/target/eig-bench.jar org.openjdk.jmh.Main 'DecisionBenchmarks.singleDecision$' -p promotion=3}):
 * <ul>
 * <li>{@code singleDecision} — one application through {@code EigRules.evaluate}, latency
 *     (sample time, µs), per {@code promotion} 3, 4, 5;</li>
 * <li>{@code singleDecisionHandWritten} — the same files through the hand-written policy;</li>
 * <li>{@code singleCandidacy} — one candidacy through {@code EigRules.evaluate(Candidacy)},
 *     candidacies to every promotion with a call for candidates, in turn;</li>
 * <li>{@code batchRules} — {@code EigRules.evaluateAll} over a batch, throughput (batches/s),
 *     per {@code size} 1,000 and 100,000 and per {@code promotion};</li>
 * <li>{@code batchHandWritten} — the same batch through the hand-written policy.</li>
 * </ul>
 * A batch of 100,000 is a pool of 10,000 distinct files ten times over (see {@link Workload#cycled}).
 */
public class DecisionBenchmarks {

    /** A pool of 1,000 applications of one promotion, one evaluated per call. */
    @State(Scope.Thread)
    public static class Single {
        @Param({"3", "4", "5"})
        public int promotion;
        EigRules rules;
        List<Application> applications;
        int next;

        @Setup
        public void setUp() {
            rules = EigRules.builtIn();
            applications = Workload.applications(promotion, 1000);
        }

        Application next() {
            Application application = applications.get(next);
            next = (next + 1) % applications.size();
            return application;
        }
    }

    /** A pool of candidacies, 1,000 over every promotion with a call for candidates, taken in turn. */
    @State(Scope.Thread)
    public static class Candidacies {
        EigRules rules;
        List<Candidacy> candidacies;
        int next;

        @Setup
        public void setUp() {
            rules = EigRules.builtIn();
            candidacies = Workload.mixedCandidacies(1000);
        }

        Candidacy next() {
            Candidacy candidacy = candidacies.get(next);
            next = (next + 1) % candidacies.size();
            return candidacy;
        }
    }

    /** A batch of applications of one promotion, all evaluated per call. */
    @State(Scope.Benchmark)
    public static class Batch {
        @Param({"1000", "100000"})
        public int size;
        @Param({"3", "4", "5"})
        public int promotion;
        EigRules rules;
        List<Application> applications;

        @Setup
        public void setUp() {
            rules = EigRules.builtIn();
            applications = Workload.cycled(Workload.applications(promotion, Math.min(size, 10_000)), size);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision singleDecision(Single state) {
        return state.rules.evaluate(state.next());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision singleDecisionHandWritten(Single state) {
        return HandWrittenPolicy.decide(state.next());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CandidacyDecision singleCandidacy(Candidacies state) {
        return state.rules.evaluate(state.next());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Decision> batchRules(Batch state) {
        return state.rules.evaluateAll(state.applications);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Decision> batchHandWritten(Batch state) {
        // Collected like evaluateAll's answer, so both sides pay for the same list.
        List<Decision> decisions = new ArrayList<>(state.applications.size());
        for (Application application : state.applications) {
            decisions.add(HandWrittenPolicy.decide(application));
        }
        return decisions;
    }
}
