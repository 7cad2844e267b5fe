package org.eigrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.EigRules;
import org.eigrules.authoring.RuleFolders;
import org.eigrules.decision.Language;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/**
 * {@code evaluate --jsonl} on a pool of workers: every output line is the answer its input line
 * gets on its own, in input order, whatever the mix; the reader never runs further ahead of the
 * writer than the bound in flight.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JsonLinesParallelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CANDIDACIES = EvaluateCommandTest.EXAMPLES.resolveSibling("candidacies");

    private static String jsonOf(Path yaml) throws IOException {
        return JSON.writeValueAsString(new YAMLMapper().readTree(yaml.toFile()));
    }

    /** The kinds of line mixed in the stream: decisions of every verdict, candidacies, and every kind of error. */
    private static List<byte[]> kinds() throws IOException {
        String datajust = jsonOf(EvaluateCommandTest.DATAJUST);
        List<String> texts = new ArrayList<>(List.of(
                datajust,
                jsonOf(EvaluateCommandTest.PLUME),
                jsonOf(EvaluateCommandTest.LATE),
                jsonOf(EvaluateCommandTest.NO_MENTOR),
                jsonOf(EvaluateCommandTest.MALFORMED),
                jsonOf(CANDIDACIES.resolve("eligible/p4-a-candidacy-meeting-every-clause-is-eligible.yaml")),
                jsonOf(CANDIDACIES.resolve("incomplete/p5-a-candidacy-without-a-cv-in-pdf-is-incomplete.yaml")),
                "",
                " \t\r",
                "{\"promotion\": 3,\r\"challenge\": {\"name\": \"x\"}, \"x\": 1}",
                datajust.substring(0, datajust.length() / 2),
                "[1, 2",
                "\"just a string\"",
                datajust.replaceFirst("\"totalEmployerCost\":[0-9.]+", "\"totalEmployerCost\":1e2147483647")));
        List<byte[]> kinds = new ArrayList<>();
        for (String text : texts) {
            kinds.add(text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] badUtf8 = datajust.replace("DataJust", "Data\u00e9Just").getBytes(StandardCharsets.UTF_8);
        badUtf8[datajust.indexOf("DataJust") + 5] = 'X'; // é's continuation byte broken
        kinds.add(badUtf8);
        kinds.add(new byte[] {0, 0});
        byte[] tooLong = new byte[(1 << 20) + 10];
        java.util.Arrays.fill(tooLong, (byte) 'x');
        kinds.add(tooLong);
        return kinds;
    }

    /** What one line gets when it is the whole input, answered as line {@code 1}. */
    private static String aloneAnswer(Path dir, byte[] line) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "one", ".jsonl"), concat(line, new byte[] {'\n'}));
        EvaluateCommandTest.Run run = eig("evaluate", "--jsonl", "--lang", "en", file);
        List<String> out = run.out().lines().toList();
        assertThat(out).as(run.err()).hasSize(1);
        assertThat(out.get(0)).contains("\"file\":\"line 1\"");
        return out.get(0);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A seeded stream of {@code count} lines of every kind (few too long), the last without its newline. */
    private record Mix(byte[] input, List<Integer> kindOfLine) {
        static Mix of(List<byte[]> kinds, int count, long seed) {
            Random random = new Random(seed);
            ByteArrayOutputStream input = new ByteArrayOutputStream();
            List<Integer> kindOfLine = new ArrayList<>();
            int tooLong = kinds.size() - 1;
            for (int n = 0; n < count; n++) {
                int kind = random.nextInt(tooLong);
                if (random.nextInt(1000) == 0) {
                    kind = tooLong;
                }
                kindOfLine.add(kind);
                input.writeBytes(kinds.get(kind));
                if (n < count - 1) {
                    input.write('\n');
                }
            }
            return new Mix(input.toByteArray(), kindOfLine);
        }

        List<String> expected(Map<Integer, String> alone) {
            List<String> expected = new ArrayList<>();
            for (int n = 0; n < kindOfLine.size(); n++) {
                expected.add(alone.get(kindOfLine.get(n)).replace("\"file\":\"line 1\"", "\"file\":\"line " + (n + 1) + "\""));
            }
            return expected;
        }

        long withoutDecision(Map<Integer, String> alone) {
            return kindOfLine.stream().filter(kind -> !alone.get(kind).contains("\"verdict\"")).count();
        }
    }

    @Test
    void thousands_of_mixed_lines_are_answered_in_order_each_as_it_is_alone(@TempDir Path dir) throws IOException {
        List<byte[]> kinds = kinds();
        Map<Integer, String> alone = new HashMap<>();
        for (int kind = 0; kind < kinds.size(); kind++) {
            alone.put(kind, aloneAnswer(dir, kinds.get(kind)));
        }
        assertThat(alone.values()).filteredOn(answer -> answer.contains("\"verdict\"")).hasSizeGreaterThanOrEqualTo(6);
        Mix mix = Mix.of(kinds, 3000, 15_2026_1129L);
        assertThat(mix.kindOfLine()).contains(kinds.size() - 1);
        List<String> expected = mix.expected(alone);

        // Through the command line, on as many workers as processors.
        Path file = Files.write(dir.resolve("mixed.jsonl"), mix.input());
        EvaluateCommandTest.Run run = eig("evaluate", "--jsonl", "--lang", "en", file);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(mix.withoutDecision(alone) + " invalid lines: their errors are on their lines of output"
                + System.lineSeparator());
        assertSameLines(run.out().lines().toList(), expected);

        // More workers than processors and batches of three lines: many batches finish out of order.
        StringWriter out = new StringWriter();
        StringWriter progress = new StringWriter();
        long failed = new JsonLines(EigRules::builtIn, Language.EN, 4, 3).run(new ByteArrayInputStream(mix.input()),
                new PrintWriter(out), new JsonLines.Progress(new PrintWriter(progress), true));
        assertThat(failed).isEqualTo(mix.withoutDecision(alone));
        assertSameLines(out.toString().lines().toList(), expected);
        assertThat(progress.toString()).containsPattern("\\r3\\D?000 applications in "); // grouped as the locale says
    }

    /** Line by line, so that a difference names its line. */
    private static void assertSameLines(List<String> actual, List<String> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int n = 0; n < expected.size(); n++) {
            assertThat(actual.get(n)).as("output line %d", n + 1).isEqualTo(expected.get(n));
        }
    }

    @Test
    void lines_whose_evaluation_fails_amid_good_ones_keep_their_places(@TempDir Path dir) throws IOException {
        assertThat(eig("init", dir.resolve("rules")).status()).isZero();
        Files.writeString(dir.resolve("rules/rules/loop.drl"), """
                package org.eigrules.rules

                import org.eigrules.model.Challenge

                global org.eigrules.engine.Findings findings

                rule "CHL-1 a test rule that updates its fact without no-loop"
                    @clause("CHL-1")
                    @promotions("3")
                    @source("a test")
                when
                    $c : Challenge( name == "DataJust" )
                then
                    update($c);
                end
                """);
        String failing = jsonOf(EvaluateCommandTest.DATAJUST);
        String good = jsonOf(EvaluateCommandTest.LATE);
        StringBuilder input = new StringBuilder();
        List<Boolean> fails = new ArrayList<>();
        int count = 40;
        for (int n = 0; n < count; n++) {
            boolean fail = n == 0 || n == 17 || n == count - 1; // each failure runs the loop to its limit: a few are enough
            fails.add(fail);
            input.append(fail ? failing : good).append('\n');
        }
        EigRules looping = RuleFolders.load(dir.resolve("rules"));
        StringWriter out = new StringWriter();
        long failed = new JsonLines(() -> looping, Language.EN, 3, 2).run(
                new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new JsonLines.Progress(new PrintWriter(new StringWriter()), false));
        assertThat(failed).isEqualTo(3);
        List<String> answers = out.toString().lines().toList();
        assertThat(answers).hasSize(count);
        for (int n = 0; n < count; n++) {
            com.fasterxml.jackson.databind.JsonNode answer = JSON.readTree(answers.get(n));
            assertThat(answer.get("file").asText()).isEqualTo("line " + (n + 1));
            if (fails.get(n)) {
                assertThat(answer.get("errors").get(0).get("message").asText())
                        .startsWith("the evaluation failed: the rules fired more than");
            } else {
                assertThat(answer.get("verdict").asText()).isEqualTo("INELIGIBLE");
            }
        }
    }

    @Test
    void a_rule_folder_that_does_not_compile_stops_the_run_once_after_the_lines_before_it(@TempDir Path dir) throws IOException {
        assertThat(eig("init", dir.resolve("rules")).status()).isZero();
        Path drl = dir.resolve("rules/rules/cofinancing.drl");
        Files.writeString(drl, Files.readString(drl).replace("    Funding( mode == FundingMode.SELF_FUNDED )",
                "    Funding( mode == FundingMode.SELF_FUNDED "));
        String valid = jsonOf(EvaluateCommandTest.DATAJUST);
        // A blank line needs no rules; the first application does: the run stops there.
        Path file = Files.writeString(dir.resolve("apps.jsonl"), "\n" + (valid + "\n").repeat(500));
        EvaluateCommandTest.Run run = eig("evaluate", "--jsonl", "--lang", "en", "--rules", dir.resolve("rules"), file);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines().toList()).containsExactly(
                "{\"file\":\"line 1\",\"valid\":false,\"errors\":[{\"path\":\"\",\"message\":\"blank line\"}]}");
        assertThat(run.err().lines().filter(line -> line.startsWith("eig: the rule set has"))).hasSize(1);
        assertThat(run.err()).contains("rules/cofinancing.drl:").doesNotContain("Exception");
    }

    @Test
    void empty_input_gives_no_line_and_status_zero(@TempDir Path dir) throws IOException {
        EvaluateCommandTest.Run run = eig("evaluate", "--jsonl", Files.write(dir.resolve("empty.jsonl"), new byte[0]));
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();

        StringWriter progress = new StringWriter();
        long failed = new JsonLines(EigRules::builtIn, Language.EN, 3, 5).run(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new JsonLines.Progress(new PrintWriter(progress), true));
        assertThat(failed).isZero();
        assertThat(progress.toString()).startsWith("\r0 applications in ");
    }

    @Test
    void the_last_line_without_its_newline_is_answered_in_its_place() throws IOException {
        String valid = jsonOf(EvaluateCommandTest.DATAJUST);
        for (String input : List.of(valid, "\n" + valid, valid + "\n\n" + valid, "\n\n ")) {
            StringWriter out = new StringWriter();
            new JsonLines(EigRules::builtIn, Language.EN, 2, 1).run(
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                    new JsonLines.Progress(new PrintWriter(new StringWriter()), false));
            String[] lines = input.split("\n", -1);
            List<String> answers = out.toString().lines().toList();
            assertThat(answers).as(input).hasSize(lines.length);
            String last = answers.get(answers.size() - 1);
            assertThat(last).contains("\"file\":\"line " + lines.length + "\"");
            assertThat(last.contains("\"verdict\":\"ELIGIBLE\"")).isEqualTo(!lines[lines.length - 1].isBlank());
        }
    }

    @Test
    void input_that_fails_midway_is_reported_after_the_lines_read_before_it() throws IOException {
        byte[] lines = ("\n" + jsonOf(EvaluateCommandTest.DATAJUST) + "\n\n").repeat(100).getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private final InputStream before = new ByteArrayInputStream(lines);

            @Override
            public int read() throws IOException {
                int b = before.read();
                if (b < 0) {
                    throw new IOException("the disk went away");
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = before.read(buffer, offset, Math.min(length, 1000));
                if (n < 0) {
                    throw new IOException("the disk went away");
                }
                return n;
            }
        };
        StringWriter out = new StringWriter();
        JsonLines jsonLines = new JsonLines(EigRules::builtIn, Language.EN, 2, 7);
        assertThatThrownBy(() -> jsonLines.run(failing, new PrintWriter(out),
                new JsonLines.Progress(new PrintWriter(new StringWriter()), false)))
                .isInstanceOf(IOException.class).hasMessage("the disk went away");
        List<String> answers = out.toString().lines().toList();
        assertThat(answers).hasSize(300);
        assertThat(answers.get(298)).contains("\"file\":\"line 299\"").contains("\"verdict\":\"ELIGIBLE\"");
    }

    @Test
    void the_reader_waits_when_the_bytes_in_flight_reach_their_bound() throws Exception {
        // Lines of about a megabyte (an application padded with spaces): the bound in bytes binds first.
        byte[] line = (jsonOf(EvaluateCommandTest.DATAJUST).replaceFirst("\\{", "{" + " ".repeat(1_000_000)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(line.length).isLessThan(1 << 20);
        long allowed = JsonLines.MAX_BYTES_IN_FLIGHT + 2L * line.length + (1 << 16);
        assertReaderWaits(line, 40, JsonLines.MAX_BYTES_IN_FLIGHT - 2L * line.length, allowed);
    }

    @Test
    void the_reader_waits_when_the_lines_in_flight_reach_their_bound() throws Exception {
        byte[] line = (jsonOf(EvaluateCommandTest.DATAJUST) + "\n").getBytes(StandardCharsets.UTF_8);
        int lines = JsonLines.MAX_LINES_IN_FLIGHT + 400;
        // Batches may close on their bytes before their lines: the reader stops within one batch of the bound.
        long allowed = ((long) JsonLines.MAX_LINES_IN_FLIGHT + JsonLines.BATCH_LINES) * line.length + (1 << 16);
        assertThat((long) lines * line.length).isGreaterThan(allowed + (1 << 16));
        assertReaderWaits(line, lines, ((long) JsonLines.MAX_LINES_IN_FLIGHT - JsonLines.BATCH_LINES) * line.length, allowed);
    }

    /**
     * While the rules are not there yet, every worker waits on its first application: the reader
     * reads at least {@code atLeast} bytes and must stop within {@code allowed}; once the rules come,
     * every line is answered in order.
     */
    private static void assertReaderWaits(byte[] line, int lines, long atLeast, long allowed) throws Exception {
        CountDownLatch rulesReady = new CountDownLatch(1);
        Supplier<EigRules> rules = () -> {
            try {
                rulesReady.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return EigRules.builtIn();
        };
        AtomicLong read = new AtomicLong();
        InputStream input = new RepeatedLine(line, lines, read);
        StringWriter out = new StringWriter();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<Long> run = caller.submit(() -> new JsonLines(rules, Language.EN, 2, JsonLines.BATCH_LINES).run(input,
                    new PrintWriter(out), new JsonLines.Progress(new PrintWriter(new StringWriter()), false)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (read.get() < atLeast && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(500); // a reader without a bound would go on to the end meanwhile
            assertThat(read.get()).isBetween(atLeast, allowed);
            rulesReady.countDown();
            assertThat(run.get(5, TimeUnit.MINUTES)).isZero();
        } finally {
            rulesReady.countDown();
            caller.shutdownNow();
        }
        List<String> answers = out.toString().lines().toList();
        assertThat(answers).hasSize(lines);
        for (int n = 0; n < lines; n += 97) {
            assertThat(answers.get(n)).contains("\"file\":\"line " + (n + 1) + "\"").contains("\"verdict\":\"ELIGIBLE\"");
        }
        assertThat(read.get()).isEqualTo((long) lines * line.length);
    }

    /** The same line {@code count} times, made as it is read, counting the bytes handed out. */
    private static final class RepeatedLine extends InputStream {
        private final byte[] line;
        private final long total;
        private final AtomicLong read;

        RepeatedLine(byte[] line, int count, AtomicLong read) {
            this.line = line;
            this.total = (long) line.length * count;
            this.read = read;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long at = read.get();
            if (at >= total) {
                return -1;
            }
            int from = (int) (at % line.length);
            int n = (int) Math.min(Math.min(length, line.length - from), total - at);
            System.arraycopy(line, from, buffer, offset, n);
            read.addAndGet(n);
            return n;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, total - read.get());
        }
    }
}
