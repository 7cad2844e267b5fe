package org.eigrules.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line writes, made safe for a terminal in one place: every character that a
 * terminal would act on instead of showing — C0 controls but the line feed and tab (ESC, CR, NUL,
 * backspace…), DEL, C1 controls, and the bidirectional overrides and isolates that reorder a
 * line (U+202A–U+202E, U+2066–U+2069) — is written as an escape ({@code \r}, {@code \u001B}),
 * whichever input it came from: a file, a record, a rule folder's message, a parameter's source.
 * JSON written by the command line holds such characters only inside strings, where the same
 * escape means the same character, so JSON stays the same value.
 */
final class TerminalText extends PrintWriter {

    private final PrintWriter raw;

    private TerminalText(PrintWriter raw) {
        super(new Escaping(raw), true);
        this.raw = raw;
    }

    /** A writer that escapes what it is given, then writes it to {@code raw}. */
    static TerminalText over(PrintWriter raw) {
        return raw instanceof TerminalText safe ? safe : new TerminalText(raw);
    }

    /** The writer underneath, for the command line's own control characters (a progress line's CR). */
    static PrintWriter raw(PrintWriter writer) {
        return writer instanceof TerminalText safe ? safe.raw : writer;
    }

    /**
     * A value shown within one line of text: its line feeds and tabs escaped too, so that it
     * cannot start a line of its own (a record's field that would forge "same decision").
     */
    static String oneLine(String value) {
        if (value == null || value.indexOf('\n') < 0 && value.indexOf('\t') < 0) {
            return value;
        }
        return value.replace("\n", "\\n").replace("\t", "\\t");
    }

    /** Whether a character is written as an escape. */
    static boolean escaped(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private static final class Escaping extends Writer {
        private final Writer out;
        private boolean pendingReturn; // a CR kept back: followed by LF it is a line end, else escaped

        Escaping(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws java.io.IOException {
            int start = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = chars[i];
                if (pendingReturn) {
                    pendingReturn = false;
                    out.write(c == '\n' ? "\r" : "\\r");
                }
                if (escaped(c)) {
                    out.write(chars, start, i - start);
                    start = i + 1;
                    if (c == '\r') {
                        pendingReturn = true;
                    } else {
                        out.write(String.format("\\u%04X", (int) c));
                    }
                }
            }
            out.write(chars, start, end - start);
        }

        @Override
        public void write(String text, int offset, int length) throws java.io.IOException {
            boolean plain = !pendingReturn;
            for (int i = offset; plain && i < offset + length; i++) {
                plain = !escaped(text.charAt(i));
            }
            if (plain) {
                out.write(text, offset, length); // the usual case: nothing to escape, no copy
            } else {
                char[] chars = new char[length];
                text.getChars(offset, offset + length, chars, 0);
                write(chars, 0, length);
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            if (pendingReturn) {
                pendingReturn = false;
                out.write("\\r");
            }
            out.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
            out.close();
        }
    }
}
