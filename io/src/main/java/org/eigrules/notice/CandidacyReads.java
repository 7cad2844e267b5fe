package org.eigrules.notice;

import org.eigrules.candidacy.Candidacy;
import org.eigrules.ruleset.CandidateRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which clauses read each field of a candidacy. The candidates' rules match the candidacy as one
 * fact, so the engine's trace does not tie a field to a clause: the fields each rule names in its
 * conditions do, read from the rule file itself so that the notice follows the rules as written.
 */
final class CandidacyReads {

    private static final Pattern RULE = Pattern.compile("rule \"([A-Z]{3}-\\d+)[^\"]*\"(.*?)\\bend\\b", Pattern.DOTALL);
    private static final List<String> FIELDS = Arrays.stream(Candidacy.class.getRecordComponents())
            .map(RecordComponent::getName).toList();
    private static volatile Map<String, Set<String>> builtIn;

    private CandidacyReads() {
    }

    /** The top-level field of a path: {@code applicant} for {@code applicant.name}, {@code choices} for {@code choices[1]}. */
    static String topField(String path) {
        return path.split("[.\\[]", 2)[0];
    }

    /** The built-in candidates' rules: clause ids by the top-level field their conditions name. */
    static Map<String, Set<String>> builtIn() {
        Map<String, Set<String>> reads = builtIn;
        if (reads == null) {
            try (InputStream in = CandidacyReads.class.getResourceAsStream("/" + CandidateRule.FILE)) {
                reads = in == null ? Map.of() : of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = reads;
        }
        return reads;
    }

    /** The fields each clause's rules name in their conditions ({@code when} to {@code then}). */
    static Map<String, Set<String>> of(String drl) {
        Map<String, Set<String>> reads = new HashMap<>();
        Matcher rule = RULE.matcher(drl.replaceAll("//[^\\n]*", ""));
        while (rule.find()) {
            String body = rule.group(2);
            int when = body.indexOf("when");
            int then = body.indexOf("then");
            String conditions = when < 0 ? "" : body.substring(when, then < 0 ? body.length() : then);
            for (String field : FIELDS) {
                if (Pattern.compile("\\b" + field + "\\b").matcher(conditions).find()) {
                    reads.computeIfAbsent(field, f -> new HashSet<>()).add(rule.group(1));
                }
            }
        }
        return reads;
    }
}
