package org.eigrules.authoring;

import org.eigrules.ruleset.RuleSetProblem;
import org.eigrules.ruleset.RuleSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses, when a rule folder loads, rule files whose code reaches outside the evaluation: the
 * process ({@code System}, {@code Runtime}, {@code ProcessBuilder}), reflection and class
 * loading, threads, files and the network, native access. A rule only needs to read its facts
 * and call {@code findings}; anything else is refused with the file, line, column and rule.
 *
 * <p>This is a guard against mistakes and obvious abuse, not a sandbox: Java offers no way to
 * confine code inside a process since the security manager was removed. A rule folder is code
 * that runs with the rights of whoever runs it, and must be reviewed as code.
 */
final class UnsafeCodeCheck {

    /** What a rule may not name, and why it is refused. Matched outside comments and string literals. */
    static final Map<Pattern, String> FORBIDDEN = new LinkedHashMap<>();

    static {
        forbid("\\bSystem\\s*\\.", "System (it can end the process, read the environment or write to the terminal)");
        forbid("\\bRuntime\\b", "Runtime (it can end the process or run programs)");
        forbid("\\b(ProcessBuilder|ProcessHandle|Process)\\b", "processes (running programs)");
        forbid("\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(reflect|invoke)\\b|\\bClass\\s*\\.\\s*forName\\b|\\.\\s*getClass\\s*\\(|"
                + "\\bgetDeclared\\w*\\b|\\bsetAccessible\\b|\\bMethodHandles?\\b|\\bClassLoader\\b|\\bUnsafe\\b",
                "reflection or class loading");
        forbid("\\b(Thread|ThreadLocal|Executors?|ExecutorService|CompletableFuture|ForkJoinPool|Timer)\\b",
                "threads");
        forbid("\\bjava\\s*\\.\\s*(io|nio)\\b|\\b(Files|Paths?|File|RandomAccessFile|FileInputStream|FileOutputStream"
                + "|FileReader|FileWriter)\\b", "files");
        forbid("\\bjavax?\\s*\\.\\s*net\\b|\\b(URL|URI|Socket|ServerSocket|HttpClient|InetAddress)\\b|\\bjava\\s*\\.\\s*rmi\\b"
                + "|\\bjavax\\s*\\.\\s*naming\\b|\\bInitialContext\\b", "the network or naming services");
        forbid("\\bjavax\\s*\\.\\s*script\\b|\\bScriptEngine\\w*\\b|\\bsun\\s*\\.|\\bjdk\\s*\\.\\s*internal\\b",
                "scripting engines or the platform's internals");
    }

    private static void forbid(String regex, String what) {
        FORBIDDEN.put(Pattern.compile(regex), what);
    }

    private UnsafeCodeCheck() {
    }

    /** Every forbidden use in a rule file, located, naming its rule. */
    static List<RuleSetProblem> check(RuleSource source) {
        String code = withoutCommentsAndStrings(source.text());
        List<RuleSource.Written> rules = source.rules();
        List<RuleSetProblem> problems = new ArrayList<>();
        for (Map.Entry<Pattern, String> forbidden : FORBIDDEN.entrySet()) {
            Matcher m = forbidden.getKey().matcher(code);
            while (m.find()) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < m.start(); i++) {
                    if (code.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                String where = "outside any rule";
                for (RuleSource.Written rule : rules) {
                    if (rule.line() <= line) {
                        where = "rule \"" + rule.name() + "\"";
                    }
                }
                problems.add(new RuleSetProblem(source.file(), line, m.start() - lineStart + 1, where + " uses "
                        + m.group().replaceAll("^[\\s.]+|[\\s.(]+$", "") + ": a rule may not use " + forbidden.getValue()
                        + "; rules read their facts and record findings only"));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RuleSetProblem::line).thenComparingInt(RuleSetProblem::column));
        return problems;
    }

    /** The text with comments and string and character literals blanked out, lines and columns kept. */
    static String withoutCommentsAndStrings(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
                while (i < out.length && out[i] != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
                out[i++] = ' ';
                out[i++] = ' ';
                while (i < out.length && !(out[i] == '*' && i + 1 < out.length && out[i + 1] == '/')) {
                    if (out[i] != '\n') {
                        out[i] = ' ';
                    }
                    i++;
                }
                for (int k = 0; k < 2 && i < out.length; k++) {
                    out[i++] = ' ';
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < out.length && out[i] != c && out[i] != '\n') {
                    if (out[i] == '\\' && i + 1 < out.length) {
                        out[i++] = ' ';
                    }
                    out[i++] = ' ';
                }
                i++;
            } else {
                i++;
            }
        }
        return new String(out);
    }
}
