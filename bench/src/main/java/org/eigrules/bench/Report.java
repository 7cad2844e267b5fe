package org.eigrules.bench;

import org.eigrules.EigRules;
import org.eigrules.model.Application;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs every benchmark and prints each figure of issue 15 beside its target, with "met" or by how
 * much it was missed, and the machine it ran on (load average at start and end included, so that a
 * loaded run shows):
 * <ul>
 * <li>single decision through the facade, promotions 3, 4, 5 and candidacies: median ≤ 10 µs,
 *     p99 ≤ 50 µs ({@link DecisionBenchmarks}); the hand-written oracle's beside it;</li>
 * <li>batches of 1,000 and 100,000: at least 1/10 of the hand-written oracle's throughput, same run;</li>
 * <li>{@code eig evaluate --jsonl}: 1,000,000 applications in ≤ 30 s on two cores with
 *     {@code -Xmx256m}, answers in input order (the jar run as a subprocess on a generated file);</li>
 * <li>{@code eig evaluate ONE_FILE}, JVM start included: {@code java -jar} ≤ 1.0 s, {@code ./eig} ≤ 0.6 s,
 *     the launcher also on a Java 25 or later when one is found ({@link #newerJava});</li>
 * <li>{@code EigRules.builtIn()} in a fresh JVM ≤ 0.5 s, also with its first decision
 *     ({@link StartBenchmarks});</li>
 * <li>selection of 1,000 défis ≤ 1 s ({@link SelectionBenchmarks}); engine retained heap ≤ 64 MB.</li>
 * </ul>
 *
 * <pre>java -jar bench/target/eig-bench.jar [--quick] [REPOSITORY_ROOT]</pre>
 *
 * {@code --quick} runs fewer and shorter iterations and 100,000 JSON lines instead of 1,000,000,
 * and leaves out the rule folder compiled at run time (no target).
 * Run it from the repository root after {@code mvn package} (the command-line figures need
 * {@code cli/target/eig.jar} and {@code ./eig}).
 */
public final class Report {

    private static final int JSONL_FULL = 1_000_000;
    private static final int JSONL_QUICK = 100_000;
    private static final double JSONL_TARGET_SECONDS = 30;

    private Report() {
    }

    /** What {@code --help} prints; any other option is refused with it. */
    static final String USAGE = """
            Usage: java -jar bench/target/eig-bench.jar [--quick] [ROOT]
            Measures the library against its performance targets and prints every figure beside its
            target, with the machine and its load.
              ROOT      the repository's root, for the bundled examples and cli/target/eig.jar
                        (default: the current folder)
              --quick   fewer and shorter iterations, 100,000 JSON lines instead of 1,000,000
              --help    this text
            Environment: EIG_BENCH_JAVA_25, a Java 25 or later home to run ./eig with as well
            (default: the newest under /usr/lib/jvm, if any)""";

    /**
     * The exit status when the options ask for the usage or are wrong, having printed it; null
     * when the benchmark is to run.
     */
    static Integer usage(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        List<String> unknown = Stream.of(args).filter(a -> a.startsWith("-") && !a.equals("--quick")).toList();
        if (unknown.isEmpty()) {
            return null;
        }
        boolean help = unknown.stream().allMatch(a -> a.equals("--help") || a.equals("-h"));
        (help ? out : err).println((help ? "" : "unknown option: " + String.join(" ", unknown) + "\n") + USAGE);
        return help ? 0 : 2;
    }

    public static void main(String[] args) throws Exception {
        Integer status = usage(args, System.out, System.err);
        if (status != null) {
            System.exit(status);
            return;
        }
        long started = System.nanoTime();
        boolean quick = List.of(args).contains("--quick");
        Path root = Path.of(Stream.of(args).filter(a -> !a.startsWith("--")).findFirst().orElse("."));
        System.setProperty("org.jboss.logging.provider", "slf4j");
        double loadAtStart = loadAverage();
        String startedAt = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));

        // First, before anything else builds an engine in this JVM.
        long heap = retainedHeapOfAnEngine(root);
        String decisionBenchmarks = DecisionBenchmarks.class.getName().replace(".", "\\.");
        Map<String, RunResult> decisions = new TreeMap<>(run(iterations(new OptionsBuilder()
                .include(decisionBenchmarks + "\\.single"), quick)));
        decisions.putAll(run(iterations(new OptionsBuilder()
                .include(decisionBenchmarks + "\\.batch").param("size", "1000"), quick)));
        // A batch of 100,000 takes seconds: one call per iteration, fewer iterations.
        decisions.putAll(run(new OptionsBuilder()
                .include(decisionBenchmarks + "\\.batch").param("size", "100000")
                .forks(1).warmupIterations(1).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 3).measurementTime(TimeValue.seconds(1))
                .build()));
        Map<String, RunResult> selections = run(iterations(new OptionsBuilder()
                .include(SelectionBenchmarks.class.getName()), quick));
        ChainedOptionsBuilder startOptions = new OptionsBuilder()
                .include(StartBenchmarks.class.getName())
                .forks(quick ? 3 : 5).warmupIterations(0).measurementIterations(1);
        if (quick) { // no target, and the slowest of the three
            startOptions.exclude("folderCompiledAtRunTime");
        }
        Map<String, RunResult> starts = run(startOptions.build());
        List<Double> javaJar = wallTimes(root, quick ? 3 : 7, false);
        List<Double> launcher = wallTimes(root, quick ? 3 : 7, true);
        Path newerJava = newerJava();
        Path pathJava = pathJavaHome();
        // The PATH's own Java, if it is that one, is measured once, on the line above.
        boolean sameJava = newerJava != null && pathJava != null && newerJava.toRealPath().equals(pathJava);
        List<Double> launcherOnNewerJava = newerJava == null || sameJava ? List.of()
                : wallTimes(root, quick ? 3 : 7, true, newerJava);
        JsonlRun jsonl = jsonl(root, quick ? JSONL_QUICK : JSONL_FULL);

        StringBuilder out = new StringBuilder();
        line(out, "");
        line(out, "eig-rules bench, %s%s", startedAt, quick ? ", --quick (fewer, shorter iterations; "
                + String.format(Locale.ROOT, "%,d", JSONL_QUICK) + " JSON lines)" : "");
        line(out, "Machine: %s", machine());
        line(out, "Workload: generated by the test kit from seed %d, each file evaluated once before use; %d of the "
                + "JSON Lines pool left out as malformed (a benchmark's JVM prints a line if it leaves any out)",
                Workload.SEED, Workload.dropped());

        line(out, "");
        line(out, "Single decision through the facade, target median ≤ 10 µs and p99 ≤ 50 µs:");
        for (String promotion : List.of("3", "4", "5")) {
            single(out, "promotion " + promotion + " application",
                    decisions.get(key("singleDecision", "promotion", promotion)));
        }
        single(out, "candidacy, promotions " + EigRules.builtIn().candidacyPromotions().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")), decisions.get(key("singleCandidacy")));
        line(out, "Single decision of the hand-written oracle, same files (no target; for comparison):");
        for (String promotion : List.of("3", "4", "5")) {
            RunResult r = decisions.get(key("singleDecisionHandWritten", "promotion", promotion));
            line(out, "  %-34s %s", "promotion " + promotion + " application", r == null ? NOT_MEASURED
                    : String.format(Locale.ROOT, "median %8.2f µs, p99 %8.2f µs", percentile(r, 50), percentile(r, 99)));
        }

        line(out, "");
        line(out, "Batch throughput, rules (evaluateAll) against the hand-written oracle in the same run, "
                + "target at least 1/10 of it:");
        for (String promotion : List.of("3", "4", "5")) {
            for (String size : List.of("1000", "100000")) {
                RunResult rules = decisions.get(key("batchRules", "promotion", promotion, "size", size));
                RunResult oracle = decisions.get(key("batchHandWritten", "promotion", promotion, "size", size));
                String figure = String.format(Locale.ROOT, "promotion %s, batch of %,7d", promotion, Integer.parseInt(size));
                if (rules == null || oracle == null) {
                    line(out, "  %s: %s", figure, NOT_MEASURED);
                    continue;
                }
                double r = rules.getPrimaryResult().getScore() * Integer.parseInt(size);
                double o = oracle.getPrimaryResult().getScore() * Integer.parseInt(size);
                line(out, "  %s: rules %,9.0f decisions/s, hand-written %,11.0f/s, 1/%-5.1f  target ≥ 1/10: %s",
                        figure, r, o, o / r, atMost(o / r, 10));
            }
        }

        line(out, "");
        line(out, "Command line, JVM start included:");
        line(out, "  %s", jsonl.describe());
        line(out, "  java -jar cli/target/eig.jar evaluate ONE_FILE (no JVM flags): %s  target ≤ 1.0 s: %s",
                seconds(javaJar), javaJar.isEmpty() ? "-" : atMostSeconds(median(javaJar), 1.0));
        line(out, "  ./eig evaluate ONE_FILE (%s, C1):  %s  target ≤ 0.6 s: %s",
                launcherAid(javaVersion(pathJava)), seconds(launcher),
                launcher.isEmpty() ? "-" : atMostSeconds(median(launcher), 0.6));
        String given = System.getenv(NEWER_JAVA);
        if (newerJava == null && given != null && !given.isBlank()) {
            line(out, "  ./eig on Java 25 or later: not measured (%s=%s is not the home of a Java 25 or later)",
                    NEWER_JAVA, given);
        } else if (newerJava == null) {
            line(out, "  ./eig on Java 25 or later: not measured (none under /usr/lib/jvm; set %s to a Java home)",
                    NEWER_JAVA);
        } else if (sameJava) {
            line(out, "  ./eig on Java 25 or later: the line above (the PATH's java is Java %d)", javaVersion(newerJava));
        } else {
            line(out, "  ./eig evaluate ONE_FILE on Java %d (%s, C1):  %s  target ≤ 0.6 s: %s", javaVersion(newerJava),
                    launcherAid(javaVersion(newerJava)), seconds(launcherOnNewerJava),
                    launcherOnNewerJava.isEmpty() ? "-" : atMostSeconds(median(launcherOnNewerJava), 0.6));
        }

        line(out, "");
        line(out, "Engine:");
        start(out, "EigRules.of(RuleSet.builtIn()) in a fresh JVM", starts.get(key("builtInPrecompiled")), 0.5);
        start(out, "EigRules.builtIn() plus its first decision, fresh JVM", starts.get(key("builtInAndFirstDecision")), 0.5);
        RunResult folder = starts.get(key("folderCompiledAtRunTime"));
        String folderTime = folder == null ? (quick ? "not run with --quick" : NOT_MEASURED)
                : String.format(Locale.ROOT, "%.2f s (median of %d JVMs)", percentile(folder, 50) / 1000,
                folder.getPrimaryResult().getStatistics().getN());
        line(out, "  %-55s %s  (no target)", "rule folder compiled at run time, fresh JVM", folderTime);
        RunResult selection = selections.get(key("selectAThousandDefis"));
        line(out, "  %-55s %s", "select, 1,000 défis (their evaluations included)", selection == null ? NOT_MEASURED
                : String.format(Locale.ROOT, "median %.3f s, p99 %.3f s  target ≤ 1 s: %s",
                percentile(selection, 50) / 1000,
                percentile(selection, 99) / 1000, atMostSeconds(percentile(selection, 50) / 1000, 1)));
        line(out, "  %-55s %.1f MB  target ≤ 64 MB: %s", "retained heap of the engine, promotions 3 to 5 built",
                heap / 1048576.0, atMost(heap / 1048576.0, 64));

        line(out, "");
        line(out, "Load average (1 min): %s at start, %s at end. Total time of the run: %s.", load(loadAtStart),
                load(loadAverage()), duration((System.nanoTime() - started) / 1e9));
        line(out, "One benchmark alone: java -cp bench/target/eig-bench.jar org.openjdk.jmh.Main "
                + "'DecisionBenchmarks.singleDecision$' -p promotion=3 (names in each class's Javadoc)");
        System.out.print(out);
    }

    private static final String NOT_MEASURED = "not measured (the benchmark failed: see its output above)";

    private static Options iterations(ChainedOptionsBuilder builder, boolean quick) {
        return builder.forks(1)
                .warmupIterations(quick ? 1 : 2).warmupTime(TimeValue.seconds(3))
                .measurementIterations(quick ? 2 : 4).measurementTime(TimeValue.seconds(quick ? 2 : 3))
                .build();
    }

    private static Map<String, RunResult> run(Options options) throws RunnerException {
        Map<String, RunResult> byKey = new TreeMap<>();
        for (RunResult result : new Runner(options).run()) {
            BenchmarkParams params = result.getParams();
            String name = params.getBenchmark();
            List<String> keyAndValues = new ArrayList<>();
            for (String param : params.getParamsKeys().stream().sorted().toList()) {
                keyAndValues.add(param);
                keyAndValues.add(params.getParam(param));
            }
            byKey.put(key(name.substring(name.lastIndexOf('.') + 1), keyAndValues.toArray(String[]::new)), result);
        }
        return byKey;
    }

    /** A result's key: the benchmark's name and its parameters, names in alphabetical order. */
    private static String key(String benchmark, String... paramsAndValues) {
        StringBuilder key = new StringBuilder(benchmark);
        for (int i = 0; i < paramsAndValues.length; i += 2) {
            key.append(' ').append(paramsAndValues[i]).append('=').append(paramsAndValues[i + 1]);
        }
        return key.toString();
    }

    private static void single(StringBuilder out, String figure, RunResult result) {
        if (result == null) {
            line(out, "  %-34s %s", figure, NOT_MEASURED);
            return;
        }
        double median = percentile(result, 50);
        double p99 = percentile(result, 99);
        line(out, "  %-34s median %8.2f µs: %-15s p99 %8.2f µs: %s", figure, median, atMost(median, 10) + ";",
                p99, atMost(p99, 50));
    }

    private static void start(StringBuilder out, String figure, RunResult result, double target) {
        if (result == null) {
            line(out, "  %-55s %s", figure, NOT_MEASURED);
            return;
        }
        double seconds = percentile(result, 50) / 1000;
        line(out, "  %-55s %.2f s (median of %d JVMs)  target ≤ %.1f s: %s", figure, seconds,
                result.getPrimaryResult().getStatistics().getN(), target, atMostSeconds(seconds, target));
    }

    private static double percentile(RunResult result, double percentile) {
        return result.getPrimaryResult().getStatistics().getPercentile(percentile);
    }

    /** "met", or by how many times a figure that should be at most {@code target} is over it. */
    static String atMost(double value, double target) {
        return value <= target ? "met" : String.format(Locale.ROOT, "missed by %.1f×", value / target);
    }

    /** "met", or by how many seconds a time that should be at most {@code target} seconds is over it. */
    static String atMostSeconds(double seconds, double target) {
        return seconds <= target ? "met" : String.format(Locale.ROOT, "missed by %.2f s", seconds - target);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }

    /** The machine, so that a reader can compare runs: OS, cores, memory, CPU model, Java. */
    static String machine() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        String memory = os instanceof com.sun.management.OperatingSystemMXBean sun
                ? String.format(Locale.ROOT, "%.1f GiB memory", sun.getTotalMemorySize() / (1024.0 * 1024 * 1024))
                : "memory unknown";
        return String.format(Locale.ROOT, "%s %s %s, %d cores, %s, CPU %s; Java %s (%s, %s)", System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                memory, cpuModel(), System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"));
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                return lines.filter(l -> l.startsWith("model name") || l.startsWith("Model") || l.startsWith("Hardware"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
            } catch (IOException | RuntimeException e) {
                return "unknown";
            }
        }
        return "unknown";
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String load(double load) {
        return load < 0 ? "not available" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static String duration(double seconds) {
        return String.format(Locale.ROOT, "%d min %02d s", (long) seconds / 60, (long) seconds % 60);
    }

    /**
     * Heap still reachable from the built-in engine once it has decided a file of each promotion
     * (so that each promotion's rule base is built), measured around full GCs. Run first in its
     * JVM, on bundled example files read before the first measure, so that the engine — which
     * stays for the life of the JVM — is counted once and whole.
     */
    static long retainedHeapOfAnEngine(Path root) throws IOException {
        List<Application> applications = new ArrayList<>();
        for (String folder : List.of("examples/selected-p3", "examples/selected-p4", "examples/selected-p5")) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    Path first = files.filter(f -> f.toString().endsWith(".yaml")).sorted().findFirst().orElse(null);
                    if (first != null) {
                        applications.add(org.eigrules.io.ApplicationFiles.read(first));
                    }
                }
            }
        }
        if (applications.isEmpty()) {
            applications.add(StartBenchmarks.dataJust()); // not run from the repository root
        }
        long before = usedAfterGc();
        EigRules engine = EigRules.builtIn();
        applications.forEach(engine::evaluate);
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
        return wallTimes(root, runs, launcher, null);
    }

    /**
     * Wall times as {@link #wallTimes(Path, int, boolean)}, the launcher run with the Java of
     * {@code javaHome} first on the PATH (null: the PATH as it is).
     */
    static List<Double> wallTimes(Path root, int runs, boolean launcher, Path javaHome)
            throws IOException, InterruptedException {
        Path jar = root.resolve("cli/target/eig.jar");
        Path file = root.resolve("examples/selected-p3/datajust.yaml");
        if (!Files.exists(jar) || !Files.exists(file)) {
            System.err.println("skipping the command's wall time: run from the repository root after mvn package");
            return List.of();
        }
        List<String> command = launcher
                ? List.of(root.resolve("eig").toString(), "evaluate", file.toString())
                : List.of(java(), "-jar", jar.toString(), "evaluate", file.toString());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long start = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            if (javaHome != null) {
                builder.environment().put("PATH", javaHome.resolve("bin") + java.io.File.pathSeparator
                        + builder.environment().getOrDefault("PATH", ""));
            }
            Process process = builder.start();
            if (process.waitFor() != 0) {
                System.err.println(String.join(" ", command) + " exited with " + process.exitValue());
                return List.of();
            }
            if (i > 0) { // the first run fills the file system's cache
                times.add((System.nanoTime() - start) / 1e9);
            }
        }
        return times;
    }

    /**
     * A Java 25 or later to run the launcher with: {@code EIG_BENCH_JAVA_25} (a Java home), else the
     * newest under /usr/lib/jvm; null when there is none. Its first run records the launcher's
     * ahead-of-time cache, and is not counted.
     */
    static Path newerJava() {
        String given = System.getenv(NEWER_JAVA);
        if (given != null && !given.isBlank()) {
            Path home = Path.of(given);
            return isJava25OrLater(home) ? home : null;
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (java.util.stream.Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(Report::isJava25OrLater)
                    .max(java.util.Comparator.comparingInt(Report::javaVersion).thenComparing(Path::toString))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isJava25OrLater(Path home) {
        return javaVersion(home) >= 25 && Files.isExecutable(home.resolve("bin/java"));
    }

    /** The Java home the bench also runs the launcher with, when set. */
    static final String NEWER_JAVA = "EIG_BENCH_JAVA_25";

    // The feature version: "25" of "25.0.3" or "25-ea", "1" of "1.8.0_392" (which is below 25 either way).
    private static final java.util.regex.Pattern JAVA_VERSION = java.util.regex.Pattern.compile("^JAVA_VERSION=\"(\\d+)");

    /** The feature version a Java home's release file gives, 0 when it gives none. */
    static int javaVersion(Path javaHome) {
        if (javaHome == null) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                java.util.regex.Matcher version = JAVA_VERSION.matcher(line);
                if (version.find()) {
                    return Integer.parseInt(version.group(1));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** The Java home of the java the PATH gives, as the launcher finds it; null when there is none. */
    static Path pathJavaHome() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path java = Path.of(dir.isEmpty() ? "." : dir, "java");
            if (Files.isRegularFile(java) && Files.isExecutable(java)) {
                try {
                    return java.toRealPath().getParent().getParent();
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** What the launcher starts from on a Java of this feature version. */
    static String launcherAid(int version) {
        return version >= 25 ? "ahead-of-time cache" : version > 0 ? "class-data sharing" : "Java unknown";
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * One run of {@code eig evaluate --jsonl} on {@code lines} generated applications.
     *
     * @param lines     the input's lines
     * @param seconds   wall time, JVM start included
     * @param exit      the command's exit status (0: every line answered with a decision)
     * @param answered  the output's lines
     * @param orderKept whether output line N is the answer to input line N ({@code "file":"line N"}), for every line
     * @param cores     the processors the command's JVM was told it has
     * @param problem   why it was not run, or null
     */
    record JsonlRun(long lines, double seconds, int exit, long answered, boolean orderKept, int cores, String problem) {

        String describe() {
            String figure = String.format(Locale.ROOT, "eig evaluate --jsonl, %,d applications, -Xmx256m:", lines);
            if (problem != null) {
                return figure + " not measured: " + problem;
            }
            double rate = lines / seconds;
            String verdict = lines == JSONL_FULL
                    ? "target 1,000,000 in ≤ 30 s on two cores: " + atMostSeconds(seconds, JSONL_TARGET_SECONDS)
                    // --quick measures fewer lines: its rate is set against the target's, nothing is extrapolated.
                    : String.format(Locale.ROOT, "--quick, %,d lines only; target rate ≥ %,.0f/s (1,000,000 in 30 s): %s",
                    lines, JSONL_FULL / JSONL_TARGET_SECONDS, atMost(JSONL_FULL / JSONL_TARGET_SECONDS, rate));
            return String.format(Locale.ROOT,
                    "%s %.1f s, %,.0f decisions/s, exit %d, %,d answers, order kept: %s, on %d cores  %s",
                    figure, seconds, rate, exit, answered, orderKept ? "yes" : "no", cores, verdict);
        }
    }

    /**
     * Generates {@code lines} applications into a temporary file, runs
     * {@code java -Xmx256m -jar cli/target/eig.jar evaluate --jsonl FILE} with its output to another
     * one, and checks that output line N answers input line N. On a machine of more than two cores
     * the command's JVM is told it has two ({@code -XX:ActiveProcessorCount=2}), as the target says.
     */
    static JsonlRun jsonl(Path root, long lines) throws IOException, InterruptedException {
        Path jar = root.resolve("cli/target/eig.jar");
        int cores = Math.min(2, Runtime.getRuntime().availableProcessors());
        if (!Files.exists(jar)) {
            return new JsonlRun(lines, 0, -1, 0, false, cores,
                    "no " + jar + ": run from the repository root after mvn package");
        }
        Path input = Files.createTempFile("eig-bench-", ".jsonl");
        Path output = Files.createTempFile("eig-bench-answers-", ".jsonl");
        Path errors = Files.createTempFile("eig-bench-errors-", ".txt");
        try {
            JsonlWorkload.write(lines, input);
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m"));
            if (Runtime.getRuntime().availableProcessors() > 2) {
                command.add("-XX:ActiveProcessorCount=2");
            }
            command.addAll(List.of("-jar", jar.toString(), "evaluate", "--jsonl", input.toString()));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                    .redirectError(errors.toFile()).start();
            // Thirty times slower than the target's rate, even on a busy machine, is stuck.
            long patience = Math.max(120, lines * 900 / 1_000_000);
            if (!process.waitFor(patience, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return new JsonlRun(lines, 0, -1, 0, false, cores, "stopped after " + patience + " s");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (process.exitValue() > 1) { // 1 only says some line was not a decision; more is a failure of the command
                String said = Files.readString(errors, StandardCharsets.UTF_8).lines().limit(5)
                        .collect(Collectors.joining(" | "));
                return new JsonlRun(lines, seconds, process.exitValue(), 0, false, cores,
                        "exit " + process.exitValue() + ": " + said);
            }
            long answered = 0;
            boolean ordered = true;
            try (BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    answered++;
                    ordered &= answers(line, answered);
                }
            }
            return new JsonlRun(lines, seconds, process.exitValue(), answered, ordered && answered == lines, cores, null);
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    private static final String FILE_FIELD = "\"file\":\"line ";

    /** Whether an output line carries {@code "file":"line N"}. */
    static boolean answers(String line, long n) {
        int at = line.indexOf(FILE_FIELD);
        if (at < 0) {
            return false;
        }
        int from = at + FILE_FIELD.length();
        int to = line.indexOf('"', from);
        return to > from && line.substring(from, to).equals(Long.toString(n));
    }

    private static double median(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String seconds(List<Double> times) {
        return times.isEmpty() ? "not measured (see above)"
                : String.format(Locale.ROOT, "%.2f s (median of %d)", median(times), times.size());
    }
}
