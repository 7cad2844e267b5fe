package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.InvalidApplicationException;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.DecisionJson;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Evaluates JSON Lines — one application per line — writing one decision per line as it goes, so
 * memory stays constant however long the input. A malformed line gets an error object on its
 * line of output and the stream goes on.
 */
final class JsonLines {

    private final Supplier<EigRules> rules;
    private final Language language;

    JsonLines(Supplier<EigRules> rules, Language language) {
        this.rules = rules;
        this.language = language;
    }

    /** @return how many lines were invalid */
    long run(BufferedReader in, PrintWriter out, Progress progress) throws IOException {
        long number = 0;
        long invalid = 0;
        EigRules engine = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                var application = ApplicationFiles.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                        ApplicationFiles.Format.JSON);
                if (engine == null) {
                    engine = rules.get();
                }
                out.println(DecisionJson.write(engine.evaluate(application), language));
            } catch (InvalidApplicationException e) {
                invalid++;
                out.println(DecisionJson.writeInvalid("line " + number, e.violations()));
            }
            progress.advance(number);
        }
        out.flush();
        progress.finish(number);
        return invalid;
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
