package org.eigrules.ds;

import org.eigrules.decision.Language;

import java.util.List;

/** A mapping file that cannot be used: every problem with its file and line. */
public final class MappingException extends RuntimeException {

    /**
     * One problem.
     *
     * @param file    the mapping file as given
     * @param line    its line, from 1; 0 when unknown
     * @param message what is wrong, expected against found
     */
    public record Problem(String file, int line, Said message) {
        /** {@code file:line: message}, as compilers write, so editors can jump to it. */
        public String in(Language language) {
            return file + ":" + (line > 0 ? line + ":" : "") + " " + message.in(language);
        }
    }

    private final transient List<Problem> problems;

    MappingException(List<Problem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).in(Language.EN), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the file's order. */
    public List<Problem> problems() {
        return problems;
    }
}
