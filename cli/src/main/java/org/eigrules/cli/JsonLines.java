package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.InvalidApplicationException;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.Violation;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.InputText;
import org.eigrules.reading.ReadingException;
import org.eigrules.reading.ReadingLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Evaluates JSON Lines — one application per line — writing one output line per input line as
 * it goes, so memory stays constant however long the input. Lines are split on {@code \n} only
 * (a lone CR stays inside its line); each line is decoded on its own, so a bad byte affects only
 * its line; a line longer than {@link ReadingLimits#MAX_DOCUMENT_BYTES} is refused while it is
 * skipped, never held; a blank line, a malformed line, or an application whose evaluation fails
 * gets an error object on its own line of output, and the stream goes on.
 */
final class JsonLines {

    private final Supplier<EigRules> rules;
    private final Language language;

    JsonLines(Supplier<EigRules> rules, Language language) {
        this.rules = rules;
        this.language = language;
    }

    /** @return how many lines got no decision */
    long run(InputStream in, PrintWriter out, Progress progress) throws IOException {
        byte[] chunk = new byte[1 << 16];
        byte[] line = new byte[8192];
        int length = 0;
        boolean tooLong = false;
        long number = 0;
        long failed = 0;
        for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
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
                    number++;
                    if (!answer(number, line, length, tooLong, out)) {
                        failed++;
                    }
                    progress.advance(number);
                    length = 0;
                    tooLong = false;
                    if (line.length > 1 << 16) {
                        line = new byte[8192]; // give back what one long line took
                    }
                }
                from = newline + 1;
            }
        }
        if (length > 0 || tooLong) { // a last line without its newline
            number++;
            if (!answer(number, line, length, tooLong, out)) {
                failed++;
            }
            progress.advance(number);
        }
        out.flush();
        progress.finish(number);
        return failed;
    }

    /** Writes the answer to one line; false when it is not a decision. */
    private boolean answer(long number, byte[] line, int length, boolean tooLong, PrintWriter out) {
        String file = "line " + number;
        if (tooLong) {
            return invalid(out, file, List.of(InputText.violation("", "too-large", ReadingLimits.MAX_DOCUMENT_BYTES)));
        }
        if (isBlank(line, length)) {
            return invalid(out, file, List.of(InputText.violation("", "blank-line")));
        }
        try {
            String text;
            try {
                text = DocumentReader.decode(line, 0, length);
            } catch (ReadingException e) {
                // Within a line, its byte offset says it all: "line 1" would only confuse.
                return invalid(out, file, List.of(InputText.violation("", "not-utf8-in-line", e.byteOffset())));
            }
            CandidacyFiles.ApplicationOrCandidacy read = CandidacyFiles.readAny(text,
                    ApplicationFiles.Format.JSON); // an application, or a candidacy by its kind
            out.println(read.candidacy() != null
                    ? CandidacyAnswers.json(rules.get().evaluate(read.candidacy()), file, language)
                    : Answers.decision(rules.get().evaluate(read.application()), file, language));
            return true;
        } catch (InvalidApplicationException e) {
            return invalid(out, file, e.violations());
        } catch (InvalidRuleSetException e) {
            throw e; // the rule folder itself: reported once, compiler-style, by the command line
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever went wrong with this application stays with it: the next line is answered.
            return invalid(out, file, List.of(Answers.failure(e)));
        }
    }

    private boolean invalid(PrintWriter out, String file, List<Violation> violations) {
        out.println(Answers.invalid(file, violations, language));
        return false;
    }

    private static boolean isBlank(byte[] line, int length) {
        for (int i = 0; i < length; i++) {
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

        Progress(PrintWriter err, boolean shown) {
            this.err = err;
            this.shown = shown;
        }

        /** Shown when standard error is a terminal (Linux: /proc/self/fd/2 names a tty or pts device). */
        static Progress forStandardError(PrintWriter err) {
            boolean terminal;
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                terminal = target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                terminal = false;
            }
            return new Progress(err, terminal);
        }

        void advance(long lines) {
            long now = System.nanoTime();
            if (shown && now - lastShown > 250_000_000L) {
                lastShown = now;
                err.printf("\r%,d applications, %,.0f/s ", lines, lines / ((now - start) / 1e9));
                err.flush();
            }
        }

        void finish(long lines) {
            if (shown) {
                err.printf("\r%,d applications in %.1f s%n", lines, (System.nanoTime() - start) / 1e9);
                err.flush();
            }
        }
    }
}
