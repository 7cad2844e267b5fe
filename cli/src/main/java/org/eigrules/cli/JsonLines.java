package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.validation.Violation;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.InputText;
import org.eigrules.reading.ReadingException;
import org.eigrules.reading.ReadingLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Evaluates JSON Lines — one application per line — writing one output line per input line, in
 * input order, with memory bounded however long the input. Lines are split on {@code \n} only
 * (a lone CR stays inside its line); each line is decoded on its own, so a bad byte affects only
 * its line; a line longer than {@link ReadingLimits#MAX_DOCUMENT_BYTES} is refused while it is
 * skipped, never held; a blank line, a malformed line (a line of YAML included), or an application whose evaluation fails
 * gets an error object on its own line of output, and the stream goes on.
 *
 * <p>One thread reads and splits the input into batches of lines; a pool of one worker per
 * processor decodes, parses, evaluates and formats each batch; the calling thread writes the
 * batches' answers in the order they were read. At most {@link #MAX_LINES_IN_FLIGHT} lines and
 * {@link #MAX_BYTES_IN_FLIGHT} bytes of input are between reading and writing at any time, so a
 * reader faster than the workers waits instead of filling the heap.
 */
final class JsonLines {

    /** Lines read but not yet written, answers included: several batches per worker keep every worker busy. */
    static final int MAX_LINES_IN_FLIGHT = 1024;
    /** Input bytes read but not yet written; above one line's limit, so any line can be admitted. */
    static final int MAX_BYTES_IN_FLIGHT = 16 * ReadingLimits.MAX_DOCUMENT_BYTES;
    /** Lines a batch holds at most: enough to make handing over cheap, few enough to share the work evenly. */
    static final int BATCH_LINES = 64;
    /** A batch is handed over once its bytes reach this, so one of long lines stays small. */
    static final int BATCH_BYTES = 256 * 1024;

    private final Supplier<EigRules> rules;
    private final Language language;
    private final int workers;
    private final int batchLines;

    JsonLines(Supplier<EigRules> rules, Language language) {
        this(rules, language, Runtime.getRuntime().availableProcessors(), BATCH_LINES);
    }

    /** With a chosen number of workers and lines per batch (tests use small batches to interleave more). */
    JsonLines(Supplier<EigRules> rules, Language language, int workers, int batchLines) {
        if (workers < 1 || batchLines < 1 || batchLines > MAX_LINES_IN_FLIGHT) {
            throw new IllegalArgumentException("expected at least one worker and 1 to " + MAX_LINES_IN_FLIGHT
                    + " lines per batch, found " + workers + " and " + batchLines);
        }
        this.rules = rules;
        this.language = language;
        this.workers = workers;
        this.batchLines = batchLines;
    }

    /** @return how many lines got no decision */
    long run(InputStream in, PrintWriter out, Progress progress) throws IOException {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "eig-jsonl-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Flow flow = new Flow();
        Thread reader = new Thread(() -> flow.read(in, pool), "eig-jsonl-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            return flow.write(out, progress);
        } finally {
            flow.stopped = true;
            reader.interrupt(); // wakes a reader waiting for room; one blocked reading input is left to its input
            pool.shutdownNow();
        }
    }

    /** Queued after the last batch. */
    private static final Object END = new Object();

    /** The hand-over between the reading thread and the writing (calling) thread. */
    private final class Flow {
        /** Each batch's answers to come, in input order, then {@link #END}. */
        private final BlockingQueue<Object> answers = new LinkedBlockingQueue<>();
        private final Semaphore lines = new Semaphore(MAX_LINES_IN_FLIGHT);
        private final Semaphore bytes = new Semaphore(MAX_BYTES_IN_FLIGHT);
        private volatile boolean stopped;
        private Throwable readFailure; // set before END is queued, read after END is taken

        /** Splits the input into lines as one thread always did, and hands batches of them to the pool. */
        void read(InputStream in, ExecutorService pool) {
            try {
                split(in, pool);
            } catch (InterruptedException e) {
                // the writer stopped (a rule folder's problem): nothing more is wanted
            } catch (IOException | RuntimeException | Error e) {
                if (!stopped) {
                    readFailure = e; // the writer ends with it once the lines before are written
                }
            } finally {
                answers.add(END);
            }
        }

        private void split(InputStream in, ExecutorService pool) throws IOException, InterruptedException {
            byte[] chunk = new byte[1 << 16];
            byte[] line = new byte[8192];
            int length = 0;
            boolean tooLong = false;
            Batch batch = new Batch(1, 16 * 1024);
            while (!stopped) {
                if (batch.count > 0 && in.available() == 0) {
                    batch = submit(batch, pool); // before waiting for input: a slow producer's lines are answered as they come
                }
                int read = in.read(chunk);
                if (read < 0) {
                    break;
                }
                int from = 0;
                while (from < read) {
                    int newline = from;
                    while (newline < read && chunk[newline] != '\n') {
                        newline++;
                    }
                    int take = newline - from;
                    if (!tooLong && length + take > ReadingLimits.MAX_DOCUMENT_BYTES) {
                        tooLong = true; // the rest of the line is read and dropped, never held
                        length = 0;
                    }
                    if (!tooLong) {
                        if (length + take > line.length) {
                            line = Arrays.copyOf(line, Math.min(Math.max(line.length * 2, length + take),
                                    ReadingLimits.MAX_DOCUMENT_BYTES));
                        }
                        System.arraycopy(chunk, from, line, length, take);
                        length += take;
                    }
                    if (newline < read) { // a whole line
                        batch.add(line, length, tooLong);
                        if (batch.count >= batchLines || batch.size >= BATCH_BYTES) {
                            batch = submit(batch, pool);
                        }
                        length = 0;
                        tooLong = false;
                        if (line.length > 1 << 16) {
                            line = new byte[8192]; // give back what one long line took
                        }
                    }
                    from = newline + 1;
                }
            }
            if (!stopped && (length > 0 || tooLong)) { // a last line without its newline
                batch.add(line, length, tooLong);
            }
            if (!stopped && batch.count > 0) {
                submit(batch, pool);
            }
        }

        /** Waits for room, hands the batch to the pool and queues its answers; returns the next, empty batch. */
        private Batch submit(Batch batch, ExecutorService pool) throws InterruptedException {
            int weight = batch.weight();
            lines.acquire(batch.count);
            try {
                bytes.acquire(weight);
            } catch (InterruptedException e) {
                lines.release(batch.count);
                throw e;
            }
            answers.add(new Pending(pool.submit(() -> answer(batch)), batch.count, weight));
            // The next batch starts about as large as this one ended, to spare growing it line by line.
            return new Batch(batch.first + batch.count, Math.min(batch.size + batch.size / 4 + 1024, 2 * BATCH_BYTES));
        }

        /** Writes each batch's answers once it and every batch before it are done. */
        long write(PrintWriter out, Progress progress) throws IOException {
            long failed = 0;
            long number = 0;
            try {
                for (Object next = answers.take(); next != END; next = answers.take()) {
                    Pending pending = (Pending) next;
                    Answered answered;
                    try {
                        answered = pending.answers().get();
                    } catch (ExecutionException e) {
                        throw rethrown(e.getCause()); // the pool's own failure, not one line's
                    }
                    for (String answer : answered.lines()) {
                        if (answer == null) {
                            break; // the lines after a rule folder's problem are not answered
                        }
                        out.write(answer);
                        out.write(System.lineSeparator()); // not println: with auto-flush, it flushes every line
                        progress.advance(++number);
                    }
                    failed += answered.failed();
                    if (answered.stop() != null) {
                        out.flush();
                        throw answered.stop();
                    }
                    lines.release(pending.count());
                    bytes.release(pending.weight());
                    if (!(answers.peek() instanceof Pending following && following.answers().isDone())) {
                        out.flush(); // before waiting, so what is answered is seen
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while evaluating JSON Lines", e);
            }
            out.flush();
            if (readFailure instanceof IOException e) {
                throw e;
            }
            if (readFailure != null) {
                throw rethrown(readFailure);
            }
            progress.finish(number);
            return failed;
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error e) {
            throw e;
        }
        return cause instanceof RuntimeException e ? e : new IllegalStateException(cause);
    }

    /** A batch on its way: its answers to come, and the room it holds until they are written. */
    private record Pending(Future<Answered> answers, int count, int weight) {
    }

    /**
     * A batch's answers, one per line, how many are not decisions, and a rule folder's problem
     * that stops the run after the lines before it (the lines after it are left null).
     */
    private record Answered(String[] lines, int failed, InvalidRuleSetException stop) {
    }

    /** Consecutive lines, their bytes end to end; the reader fills it, then one worker owns it. */
    private static final class Batch {
        private final long first;
        private byte[] data;
        private int size;
        private int[] ends = new int[16];
        private boolean[] tooLong = new boolean[16];
        private int count;

        Batch(long first, int capacity) {
            this.first = first;
            this.data = new byte[capacity];
        }

        void add(byte[] line, int length, boolean over) {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
                tooLong = Arrays.copyOf(tooLong, count * 2);
            }
            if (!over) {
                if (size + length > data.length) {
                    data = Arrays.copyOf(data, Math.max(data.length * 2, size + length));
                }
                System.arraycopy(line, 0, data, size, length);
                size += length;
            }
            ends[count] = size;
            tooLong[count] = over;
            count++;
        }

        /** The room it takes in flight: its bytes, at least one per line. */
        int weight() {
            return Math.min(Math.max(size, count), MAX_BYTES_IN_FLIGHT);
        }
    }

    /** Answers every line of a batch, each on its own. */
    private Answered answer(Batch batch) {
        String[] lines = new String[batch.count];
        int failed = 0;
        int start = 0;
        for (int i = 0; i < batch.count; i++) {
            Answer answer;
            try {
                answer = answer(batch.first + i, batch.data, start, batch.ends[i] - start, batch.tooLong[i]);
            } catch (InvalidRuleSetException e) {
                return new Answered(lines, failed, e);
            }
            lines[i] = answer.line();
            if (!answer.decided()) {
                failed++;
            }
            start = batch.ends[i];
        }
        return new Answered(lines, failed, null);
    }

    /** One line's output, and whether it is a decision. */
    record Answer(String line, boolean decided) {
    }

    /** The answer to one line, on its own: what the stream writes as output line {@code number}. */
    Answer answer(long number, byte[] bytes, int offset, int length, boolean tooLong) {
        String file = "line " + number;
        if (tooLong) {
            return invalid(file, List.of(InputText.violation("", "too-large", ReadingLimits.MAX_DOCUMENT_BYTES)));
        }
        if (isBlank(bytes, offset, length)) {
            return invalid(file, List.of(InputText.violation("", "blank-line")));
        }
        try {
            String text;
            try {
                text = DocumentReader.decode(bytes, offset, length);
            } catch (ReadingException e) {
                // Within a line, its byte offset says it all: "line 1" would only confuse.
                return invalid(file, List.of(InputText.violation("", "not-utf8-in-line", e.byteOffset())));
            }
            if (YamlInput.looksLikeYaml(text)) {
                return invalid(file, List.of(InputText.violation("", "jsonl-yaml-line")));
            }
            CandidacyFiles.ApplicationOrCandidacy read = CandidacyFiles.readAny(text,
                    ApplicationFiles.Format.JSON); // an application, or a candidacy by its kind
            return new Answer(read.candidacy() != null
                    ? CandidacyAnswers.json(rules.get().evaluate(read.candidacy()), file, language)
                    : Answers.decision(rules.get().evaluate(read.application()), file, language), true);
        } catch (InvalidApplicationException e) {
            return invalid(file, e.violations());
        } catch (InvalidRuleSetException e) {
            throw e; // the rule folder itself: reported once, compiler-style, by the command line
        } catch (RuntimeException | Error e) { // an Error too: ThreadDeath, out of memory, an assertion
            // Whatever went wrong with this application stays with it: the next line is answered.
            return invalid(file, List.of(Answers.failure(e)));
        }
    }

    private Answer invalid(String file, List<Violation> violations) {
        return new Answer(Answers.invalid(file, violations, language), false);
    }

    private static boolean isBlank(byte[] line, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A progress line on a terminal's standard error; nothing when it is a file or a pipe. */
    static final class Progress {
        private final PrintWriter err;
        private final boolean shown;
        private final long start = System.nanoTime();
        private long lastShown;

        private final Language language;

        Progress(PrintWriter err, boolean shown) {
            this(err, shown, Language.EN);
        }

        /** A progress line in the output's language, numbers grouped as its readers write them. */
        Progress(PrintWriter err, boolean shown, Language language) {
            this.err = TerminalText.raw(err); // its own CR rewrites the line; nothing of the input is in it
            this.shown = shown;
            this.language = language;
        }

        /** Shown when standard error is a terminal (Linux: /proc/self/fd/2 names a tty or pts device). */
        static Progress forStandardError(PrintWriter err, Language language) {
            return new Progress(err, FileProgress.isTerminal(2), language);
        }

        void advance(long lines) {
            long now = System.nanoTime();
            if (shown && now - lastShown > 250_000_000L) {
                lastShown = now;
                double rate = lines / ((now - start) / 1e9);
                err.print(language == Language.FR
                        ? String.format(java.util.Locale.FRANCE, "\r%,d demandes, %,.0f/s ", lines, rate)
                        : String.format("\r%,d applications, %,.0f/s ", lines, rate));
                err.flush();
            }
        }

        void finish(long lines) {
            if (shown) {
                double seconds = (System.nanoTime() - start) / 1e9;
                err.print(language == Language.FR
                        ? String.format(java.util.Locale.FRANCE, "\r%,d demandes en %.1f s%n", lines, seconds)
                        : String.format("\r%,d applications in %.1f s%n", lines, seconds));
                err.flush();
            }
        }
    }
}
