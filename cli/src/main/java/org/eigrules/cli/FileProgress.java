package org.eigrules.cli;

import org.eigrules.decision.Language;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How far a run over many files has gone, on one line of the standard error that rewrites itself:
 * shown only when the standard error is a terminal and the decisions go elsewhere (else the line
 * would cut through them), and cleared before any other message is written there.
 */
final class FileProgress {

    private final PrintWriter err;
    private final boolean shown;
    private final Language language;
    private final int total;
    private long lastShown;
    private int width;

    FileProgress(PrintWriter err, boolean shown, Language language, int total) {
        this.err = TerminalText.raw(err); // its own CR rewrites the line; no file name is in it
        this.shown = shown;
        this.language = language;
        this.total = total;
    }

    /** For a run of {@code total} files whose decisions go to the standard output. */
    static FileProgress forRun(PrintWriter err, Language language, int total) {
        return new FileProgress(err, total > 1 && isTerminal(2) && !isTerminal(1), language, total);
    }

    /** Whether a file descriptor of this process is a terminal (Linux: /proc/self/fd/N names a tty or pts device). */
    static boolean isTerminal(int descriptor) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** After {@code done} files, at most four times a second. */
    void advance(int done) {
        long now = System.nanoTime();
        if (shown && (now - lastShown > 250_000_000L || done == total)) {
            lastShown = now;
            String line = done + "/" + total + (language == Language.FR ? " fichiers" : " files");
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
            err.flush();
        }
    }

    /** Takes the line away, before another message is written on the standard error. */
    void clear() {
        if (shown && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
