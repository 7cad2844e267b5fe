package org.eigrules.engine.selection;

import org.eigrules.decision.Language;
import org.eigrules.selection.SelectionCheck;
import org.eigrules.selection.SelectionNote;
import org.eigrules.selection.Status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the selection rules conclude, as they fire. The rule file reaches it as the global
 * {@code placement}; every entry is stamped with the firing rule's name and clause, so a rule never
 * repeats its own clause id.
 */
public final class Placement {

    private final SelectionMessages messages;
    private String rule;
    private String clause;
    private final List<String> rulesFired = new ArrayList<>();
    // Each défi's explanation in a fixed order, whatever order the rules fire in: its rank, its
    // ties (by partner), then its place against the envelope.
    private final Map<Candidate, SelectionNote> rankNotes = new IdentityHashMap<>();
    private final Map<Candidate, java.util.TreeMap<String, SelectionNote>> tieNotes = new IdentityHashMap<>();
    private final Map<Candidate, SelectionNote> statusNotes = new IdentityHashMap<>();
    private final Map<Candidate, Integer> ranks = new IdentityHashMap<>();
    private final Map<Candidate, Status> statuses = new IdentityHashMap<>();
    private final Map<Candidate, SelectionNote> notRanked = new IdentityHashMap<>();
    private final Map<Candidate, Set<Candidate>> tiedWith = new IdentityHashMap<>();
    private final List<SelectionCheck> checks = new ArrayList<>();
    private final List<SelectionNote> notes = new ArrayList<>();

    /** The selection's guarded run, told of each rule before it fires, which keeps the limits. */
    final org.eigrules.engine.GuardedRun guard;

    Placement(SelectionMessages messages, org.eigrules.engine.GuardedRun guard) {
        this.messages = messages;
        this.guard = guard;
    }

    void firing(String rule, String clause) {
        this.rule = rule;
        this.clause = clause;
        rulesFired.add(rule);
    }

    private SelectionNote finding(String key, Object... args) {
        if (rule == null) {
            throw new IllegalStateException("placements can only be recorded by a firing rule");
        }
        return new SelectionNote(clause, rule, messages.text(Language.FR, key, args), messages.text(Language.EN, key, args));
    }

    private void place(Candidate candidate, Status status, SelectionNote note) {
        Status before = statuses.putIfAbsent(candidate, status);
        if (before != null) {
            throw new IllegalStateException("rule \"" + rule + "\" places " + candidate + " " + status
                    + ", already " + before);
        }
        statusNotes.put(candidate, note);
    }

    // Called by the rules, each with the message key of what it found (the rule file names the keys).

    public void notRanked(Candidate candidate, String key, Object... args) {
        notRanked.put(candidate, finding(key, args));
    }

    public void ranked(Ranked ranked, long beaten, String key) {
        Candidate c = ranked.candidate();
        ranks.put(c, ranked.rank());
        rankNotes.put(c, finding(key, ranked.rank(), c.total(), c.favourite(), c.impact(), c.grid().group(),
                c.groupRank(), beaten));
    }

    public void tie(Ranked a, Ranked b, String key) {
        tiedWith.computeIfAbsent(a.candidate(), c -> new LinkedHashSet<>()).add(b.candidate());
        tieNotes.computeIfAbsent(a.candidate(), c -> new java.util.TreeMap<>())
                .put(b.candidate().name(), finding(key, b.candidate().name()));
    }

    public void unfavourable(Ranked ranked, String key) {
        place(ranked.candidate(), Status.UNFAVOURABLE, finding(key));
    }

    public void covered(Pending pending, BigDecimal rest, String key) {
        place(pending.ranked().candidate(), Status.COVERED, finding(key, pending.money(), rest));
    }

    public void notCovered(Pending pending, BigDecimal rest, String key) {
        place(pending.ranked().candidate(), Status.NOT_COVERED, finding(key, pending.money(), rest));
    }

    public void tieAtLimit(List<?> tied, BigDecimal rest, String key) {
        List<Candidate> candidates = tied.stream().map(p -> ((Pending) p).ranked().candidate()).toList();
        String names = candidates.stream().map(Candidate::name).sorted().collect(Collectors.joining(", "));
        SelectionNote note = finding(key, names, Walk.moneyOf(tied), rest);
        candidates.forEach(c -> place(c, Status.TIE_AT_LIMIT, note));
    }

    public void coveredWithoutEnvelope(Pending pending, String key) {
        place(pending.ranked().candidate(), Status.COVERED, finding(key));
    }

    public void note(String key) {
        notes.add(finding(key));
    }

    public void checkNotEligible(Candidate c, String key) {
        checks.add(new SelectionCheck(SelectionCheck.Kind.NOT_ELIGIBLE, c.name(),
                finding(key, c.verdict(), c.decisionClauses())));
    }

    public void checkUnfavourable(Candidate c, String key) {
        checks.add(new SelectionCheck(SelectionCheck.Kind.UNFAVOURABLE, c.name(), finding(key)));
    }

    public void checkNoGrid(Candidate c, String key) {
        checks.add(new SelectionCheck(SelectionCheck.Kind.NO_GRID, c.name(), finding(key)));
    }

    public void checkOverEnvelope(EnvelopeAmount envelope, List<?> chosen, String key) {
        BigDecimal money = Walk.moneyOf(chosen);
        checks.add(new SelectionCheck(SelectionCheck.Kind.OVER_ENVELOPE, null, finding(key, money,
                envelope.amount(), money.subtract(envelope.amount()))));
    }

    public void checkLeftOut(Ranked ranked, List<?> lower, String key) {
        String names = lower.stream().map(c -> (Candidate) c).map(Candidate::name).sorted()
                .collect(Collectors.joining(", "));
        checks.add(new SelectionCheck(SelectionCheck.Kind.LEFT_OUT, ranked.candidate().name(),
                finding(key, ranked.rank(), names)));
    }

    // Read by the engine once the rules are done.

    List<String> rulesFired() {
        return rulesFired;
    }

    Integer rank(Candidate c) {
        return ranks.get(c);
    }

    Status status(Candidate c) {
        return statuses.get(c);
    }

    List<SelectionNote> why(Candidate c) {
        List<SelectionNote> why = new ArrayList<>();
        if (rankNotes.containsKey(c)) {
            why.add(rankNotes.get(c));
        }
        why.addAll(tieNotes.getOrDefault(c, new java.util.TreeMap<>()).values());
        if (statusNotes.containsKey(c)) {
            why.add(statusNotes.get(c));
        }
        return why;
    }

    SelectionNote notRankedWhy(Candidate c) {
        return notRanked.get(c);
    }

    Set<Candidate> tiedWith(Candidate c) {
        return tiedWith.getOrDefault(c, Set.of());
    }

    List<SelectionCheck> checks() {
        return checks;
    }

    List<SelectionNote> notes() {
        return notes;
    }
}
