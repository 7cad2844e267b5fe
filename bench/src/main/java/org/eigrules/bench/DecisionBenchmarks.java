package org.eigrules.bench;

import org.eigrules.EigRules;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Decisions through the facade and through the hand-written policy, on the same applications in
 * the same run: single-decision latency, and batches of 1,000 and 100,000.
 */
public class DecisionBenchmarks {

    /** A pool of applications, one evaluated per call. */
    @State(Scope.Thread)
    public static class Single {
        EigRules rules;
        List<Application> applications;
        int next;

        @Setup
        public void setUp() {
            rules = EigRules.builtIn();
            applications = Workload.applications(1000);
        }

        Application next() {
            Application application = applications.get(next);
            next = (next + 1) % applications.size();
            return application;
        }
    }

    /** A batch of applications, all evaluated per call. */
    @State(Scope.Benchmark)
    public static class Batch {
        @Param({"1000", "100000"})
        public int size;
        EigRules rules;
        List<Application> applications;

        @Setup
        public void setUp() {
            rules = EigRules.builtIn();
            applications = Workload.applications(size);
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
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Decision> batchRules(Batch state) {
        return state.rules.evaluateAll(state.applications);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void batchHandWritten(Batch state, Blackhole blackhole) {
        for (Application application : state.applications) {
            blackhole.consume(HandWrittenPolicy.decide(application));
        }
    }
}
