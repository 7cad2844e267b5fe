package org.eigrules.candidacy;

import org.eigrules.decision.MissingField;
import org.eigrules.decision.Reason;
import org.eigrules.decision.Verdict;

import java.util.List;
import java.util.Objects;

/**
 * The decision on a candidacy: the same verdict, reasons and missing fields as a défi
 * application's decision, without co-financing or priorities.
 *
 * @param candidate  the applicant's name, or null when the file gives none
 * @param promotion  the promotion the candidacy answers
 * @param verdict    ELIGIBLE, INELIGIBLE (every failing clause in {@code reasons}) or INCOMPLETE
 *                   (every missing field in {@code missing})
 * @param reasons    why the candidacy is ineligible, by clause (CND-1 …)
 * @param missing    the fields whose absence leaves a clause undecided
 * @param rulesFired the names of the rules that fired, in order
 * @param remedies   what would satisfy each failing clause and each missing field
 */
public record CandidacyDecision(
        String candidate,
        int promotion,
        Verdict verdict,
        List<Reason> reasons,
        List<MissingField> missing,
        List<String> rulesFired,
        List<org.eigrules.decision.Remedy> remedies) {

    /** Checks that the verdict is given and copies the lists. */
    public CandidacyDecision {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        rulesFired = List.copyOf(rulesFired);
        remedies = List.copyOf(remedies);
    }

    /** A decision without remedies. */
    public CandidacyDecision(String candidate, int promotion, Verdict verdict, List<Reason> reasons,
                             List<MissingField> missing, List<String> rulesFired) {
        this(candidate, promotion, verdict, reasons, missing, rulesFired, List.of());
    }

    /**
     * The clauses that fail, each once, in the order of {@code reasons}.
     *
     * @return the failing clause ids
     */
    public List<String> failedClauses() {
        return reasons.stream().map(Reason::clause).distinct().toList();
    }
}
