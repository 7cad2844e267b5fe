package org.eigrules.reading;

/**
 * Every limit the library puts on what it reads, in one place, each with its reason. An input
 * over a limit is refused with a message naming the limit; nothing is cut silently. The limits
 * are far above any real file (an application is a few kilobytes, nests four levels deep and
 * lists a handful of EIGs) and low enough that no input can make reading slow or hold much memory.
 * The limits on evaluating rules (firings, time) are in {@code org.eigrules.evaluation.EvaluationLimits}.
 */
public final class ReadingLimits {

    /**
     * Largest file or JSON line, in bytes (1 MiB), for every file read: applications, parameter,
     * scenario, rule and message files. A complete application is about 3 KB, a rule file 10 KB; this
     * bounds the memory and the time of reading one input, whatever its content (spaces,
     * comments, one long string).
     */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;

    /** Longest text value, in characters: a problem statement of several pages fits in 20,000. */
    public static final int MAX_STRING_CHARS = 20_000;

    /** Longest field name, in characters: the contract's longest is under 30. */
    public static final int MAX_NAME_CHARS = 100;

    /** Deepest nesting of mappings and lists: the contract nests four levels; 20 leaves room. */
    public static final int MAX_NESTING_DEPTH = 20;

    /**
     * Longest number as written, in characters. Amounts have at most twelve digits and two
     * decimals; parsing numbers thousands of digits long costs time for nothing.
     */
    public static final int MAX_NUMBER_CHARS = 40;

    /**
     * Most items in one list field (EIGs, team members, datasets, partners): no call for
     * projects funds more than a few EIGs per défi, and a team or a list of partners is a few
     * dozen at most.
     */
    public static final int MAX_LIST_ITEMS = 100;

    /**
     * Most values (scalars, mappings and lists) in one document once YAML aliases are expanded:
     * an application holds about 60; this refuses "billion laughs" alias bombs, whose
     * expansion grows exponentially with the number of aliases.
     */
    public static final int MAX_VALUES = 10_000;

    /** Most YAML aliases in one document: a hand-written file reuses a few values. */
    public static final int MAX_ALIASES = 100;

    /**
     * Most défis one selection names (its applications, whether listed or found in a folder): a
     * call for projects receives a few hundred at most; this bounds the files one selection makes
     * the library read.
     */
    public static final int MAX_SELECTION_DEFIS = 500;

    /** Most problems listed for one input: the rest are counted, so a garbage file gets a short answer. */
    public static final int MAX_PROBLEMS = 100;

    /** Longest value shown in an error message, in characters: the rest is cut with an ellipsis. */
    public static final int MAX_SHOWN_CHARS = 80;

    private ReadingLimits() {
    }
}
