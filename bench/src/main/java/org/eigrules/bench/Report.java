package org.eigrules.bench;

import org.eigrules.EigRules;
import org.eigrules.ruleset.RuleSet;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs every benchmark and prints the four figures the project tracks, each against its target:
 * batch throughput beside the hand-written policy, single-decision latency, the command's wall
 * time on one file, and the engine's retained heap; plus the engine start times.
 *
 * <pre>java -jar bench/target/eig-bench.jar [--quick] [REPOSITORY_ROOT]</pre>
 */
public final class Report {

    private Report() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path root = Path.of(List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().orElse("."));
        System.setProperty("org.jboss.logging.provider", "slf4j");

        long heap = retainedHeapOfAnEngine();
        Map<String, RunResult> decisions = run(new OptionsBuilder()
                .include(DecisionBenchmarks.class.getName())
                .forks(1)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(3))
                .build());
        Map<String, RunResult> selections = run(new OptionsBuilder()
                .include(SelectionBenchmarks.class.getName())
                .forks(1)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(3))
                .build());
        Map<String, RunResult> starts = run(new OptionsBuilder()
                .include(StartBenchmarks.class.getName())
                .forks(quick ? 2 : 5).warmupIterations(0).measurementIterations(1)
                .build());
        List<Double> javaJar = wallTimes(root, quick ? 3 : 7, false);
        List<Double> launcher = wallTimes(root, quick ? 3 : 7, true);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nFigures of %s on %s, %d cores, Java %s%n", LocalDate.now(),
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        for (String size : List.of("1000", "100000")) {
            double rules = decisionsPerSecond(decisions, "batchRules", size);
            double oracle = decisionsPerSecond(decisions, "batchHandWritten", size);
            out.append(String.format(Locale.ROOT, "  batch of %,7d: rules %,12.0f decisions/s, hand-written %,14.0f/s, "
                    + "ratio 1/%.0f  (target at least 1/30: %s)%n", Integer.parseInt(size), rules, oracle, oracle / rules,
                    oracle / rules <= 30 ? "met" : "missed by " + String.format(Locale.ROOT, "%.1f", oracle / rules / 30) + "x"));
        }
        double median = percentile(decisions, "singleDecision", 50);
        out.append(String.format(Locale.ROOT, "  single decision: median %.1f µs, p99 %.1f µs; hand-written median %.2f µs"
                        + "  (target at most 10 µs: %s)%n", median, percentile(decisions, "singleDecision", 99),
                percentile(decisions, "singleDecisionHandWritten", 50), median <= 10 ? "met" : "missed"));
        double selection = percentile(selections, "selectAThousandDefis", 50);
        out.append(String.format(Locale.ROOT, "  selection of a promotion of 1,000 défis (evaluations included): median %.0f ms, "
                        + "p99 %.0f ms  (target well under 1 s: %s)%n", selection, percentile(selections, "selectAThousandDefis", 99),
                selection < 500 ? "met" : "missed"));
        out.append(String.format(Locale.ROOT, "  engine start in a fresh JVM: built-in pre-compiled %.0f ms, "
                        + "folder compiled at run time %.0f ms%n", score(starts, "builtInPrecompiled"),
                score(starts, "folderCompiledAtRunTime")));
        out.append(String.format(Locale.ROOT, "  eig evaluate ONE_FILE, wall time with JVM start: java -jar %s; ./eig "
                + "launcher (class-data sharing, C1) %s  (target at most 1.0 s: %s)%n", seconds(javaJar), seconds(launcher),
                launcher.isEmpty() ? "not measured" : median(launcher) <= 1.0 ? "met with the launcher" : "missed"));
        out.append(String.format(Locale.ROOT, "  engine retained heap, all promotions loaded: %.1f MB  (target at most 64 MB: %s)%n",
                heap / 1048576.0, heap <= 64L * 1048576 ? "met" : "missed"));
        System.out.println(out);
    }

    private static Map<String, RunResult> run(Options options) throws RunnerException {
        Collection<RunResult> results = new Runner(options).run();
        Map<String, RunResult> byName = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String key = name.substring(name.lastIndexOf('.') + 1);
            String size = result.getParams().getParam("size");
            byName.put(size == null ? key : key + ":" + size, result);
        }
        return byName;
    }

    private static double decisionsPerSecond(Map<String, RunResult> results, String benchmark, String size) {
        return results.get(benchmark + ":" + size).getPrimaryResult().getScore() * Integer.parseInt(size);
    }

    private static double percentile(Map<String, RunResult> results, String benchmark, double percentile) {
        return results.get(benchmark).getPrimaryResult().getStatistics().getPercentile(percentile);
    }

    private static double score(Map<String, RunResult> results, String benchmark) {
        return results.get(benchmark).getPrimaryResult().getStatistics().getPercentile(50);
    }

    /** Heap still reachable after building an engine with every promotion, measured around full GCs. */
    static long retainedHeapOfAnEngine() {
        long before = usedAfterGc();
        EigRules engine = EigRules.of(RuleSet.builtIn());
        engine.evaluate(Workload.applications(1).get(0));
        long after = usedAfterGc();
        java.lang.ref.Reference.reachabilityFence(engine);
        return after - before;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Wall times of the command on one example file, through java -jar or through the launcher. */
    static List<Double> wallTimes(Path root, int runs, boolean launcher) throws IOException, InterruptedException {
        Path jar = root.resolve("cli/target/eig.jar");
        Path file = root.resolve("examples/selected-p3/datajust.yaml");
        if (!Files.exists(jar) || !Files.exists(file)) {
            System.err.println("skipping the command's wall time: run from the repository root after mvn package");
            return List.of();
        }
        List<String> command = launcher
                ? List.of(root.resolve("eig").toString(), "evaluate", file.toString())
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "evaluate", file.toString());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue());
            }
            if (i > 0) {
                times.add((System.nanoTime() - start) / 1e9);
            }
        }
        return times;
    }

    private static double median(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String seconds(List<Double> times) {
        return times.isEmpty() ? "not measured" : String.format(Locale.ROOT, "%.2f s (median of %d)", median(times), times.size());
    }
}
