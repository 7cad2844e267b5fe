package org.eigrules.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A clause that fails, and why.
 *
 * @param clause    the clause id from the policy (what programs match on), e.g. {@code CAL-1}
 * @param message   the explanation, in French and English
 * @param reference the source section the clause comes from
 */
public record Reason(String clause, LocalizedText message, String reference) {
    /** The clause and the message must be given. */
    public Reason {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reference, "reference");
    }

    /**
     * The same reasons with each clause given once: the messages of reasons that share a clause are
     * joined in their order into one message, and their references likewise when they differ. A
     * decision names each failing clause once, however many of its conditions fail.
     *
     * @param reasons the reasons, in the order they should read
     * @return one reason per clause, in the order of each clause's first reason
     */
    public static List<Reason> onePerClause(List<Reason> reasons) {
        if (reasons.size() < 2) {
            return reasons; // most decisions: nothing to join
        }
        Map<String, List<Reason>> byClause = new LinkedHashMap<>();
        for (Reason reason : reasons) {
            byClause.computeIfAbsent(reason.clause(), k -> new ArrayList<>()).add(reason);
        }
        if (byClause.size() == reasons.size()) {
            return reasons;
        }
        List<Reason> merged = new ArrayList<>(byClause.size());
        for (List<Reason> same : byClause.values()) {
            if (same.size() == 1) {
                merged.add(same.get(0));
                continue;
            }
            LocalizedText message = LocalizedText.lazily(language -> same.stream()
                    .map(r -> r.message().in(language)).distinct().collect(Collectors.joining(" ")));
            String reference = same.stream().map(Reason::reference).distinct().collect(Collectors.joining("; "));
            merged.add(new Reason(same.get(0).clause(), message, reference));
        }
        return merged;
    }
}
