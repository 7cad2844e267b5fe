package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.engine.candidacy.CandidateParameters;
import org.eigrules.candidacy.PublicService;
import org.eigrules.decision.Verdict;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Invariants any candidates' rule set must keep, checked over generated candidacies of one
 * promotion: one broken clause gives exactly that reason; the window's instants, the cut-off
 * day and the choice limit fall on the side their clause says; fewer choices never make an
 * eligible candidacy ineligible; a choice names its offer however it is written, and naming it
 * twice fails CND-5; the offset a receipt time is written with never changes a decision.
 */
public final class CandidacyInvariants {

    private final EigRules rules;
    private final CandidateParameters parameters;
    private final int examples;

    private CandidacyInvariants(EigRules rules, CandidateParameters parameters, int examples) {
        this.rules = rules;
        this.parameters = parameters;
        this.examples = examples;
    }

    /** The invariants of a rule set's call for candidates of one promotion. */
    public static CandidacyInvariants of(EigRules rules, int promotion) {
        return new CandidacyInvariants(rules, CandidateParameters.of(rules.parameters(promotion)), 200);
    }

    /** The same invariants checked over {@code examples} generated cases each. */
    public CandidacyInvariants withExamples(int examples) {
        return new CandidacyInvariants(rules, parameters, examples);
    }

    private <T> void forAll(String invariant, Gen<T> gen, Consumer<T> check) {
        try {
            QuickTheory.qt().withExamples(examples).forAll(gen).checkAssert(check);
        } catch (AssertionError e) {
            throw new AssertionError(invariant + " (promotion " + parameters.promotion() + "): " + e.getMessage(), e);
        }
    }

    private static void require(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new AssertionError(String.format(message, args));
        }
    }

    /** An eligible candidacy broken on one clause fails that clause and no other. */
    public void aSingleFailureIsItsOwnReason() {
        forAll("aSingleFailureIsItsOwnReason", CandidacyGenerators.failingExactlyOne(parameters), b -> {
            CandidacyDecision original = rules.evaluate(b.original());
            CandidacyDecision broken = rules.evaluate(b.broken());
            require(original.verdict() == Verdict.ELIGIBLE, "the original is %s: %s %s", original.verdict(),
                    original.reasons(), original.missing());
            require(broken.verdict() == Verdict.INELIGIBLE && broken.failedClauses().equals(List.of(b.clause())),
                    "breaking %s gives %s %s", b.clause(), broken.verdict(), broken.failedClauses());
        });
    }

    /** The opening and closing instants are inside the window, one second beyond them is not, in any offset. */
    public void theWindowIncludesItsLimits() {
        forAll("theWindowIncludesItsLimits", CandidacyGenerators.eligibleCandidacies(parameters)
                .zip(CandidacyGenerators.receiptTimesAtTheWindowLimits(parameters), (c, at) -> {
                    CandidacyDecision d = rules.evaluate(CandidacyGenerators.with(c, "receivedAt", at.value()));
                    return d.verdict() == (at.allowed() ? Verdict.ELIGIBLE : Verdict.INELIGIBLE) ? null
                            : at.value() + " gives " + d.verdict() + " " + d.failedClauses();
                }), problem -> require(problem == null, "%s", problem));
    }

    /** A civil servant leaving the day before the cut-off may apply; leaving on it or after, not. */
    public void theCutOffDayDecides() {
        if (parameters.publicServiceCutOff() == null) {
            return;
        }
        forAll("theCutOffDayDecides", CandidacyGenerators.eligibleCandidacies(parameters)
                .zip(CandidacyGenerators.leavingDaysAroundTheCutOff(parameters), (c, day) -> {
                    CandidacyDecision d = rules.evaluate(CandidacyGenerators.with(c, "publicService",
                            new PublicService(true, day.value())));
                    return d.verdict() == (day.allowed() ? Verdict.ELIGIBLE : Verdict.INELIGIBLE) ? null
                            : "leaving on " + day.value() + " gives " + d.verdict();
                }), problem -> require(problem == null, "%s", problem));
    }

    /** The most choices allowed and one fewer are eligible; one more is not. */
    public void theChoiceLimitDecides() {
        if (parameters.maxChoices() == null) {
            return;
        }
        List<String> pool = CandidacyGenerators.offers(parameters, parameters.maxChoices() + 1).stream()
                .map(spellings -> spellings.get(0)).toList();
        // Where a rule finds a file without choices incomplete, no choice at all is not a limit case
        // (promotion 5 chooses after pre-selection: there, none is complete).
        boolean choicesNeeded = rules.candidacyRules().stream().anyMatch(r -> r.clause().equals("CND-5")
                && !r.canFail() && r.appliesTo(parameters.promotion()));
        forAll("theChoiceLimitDecides", CandidacyGenerators.eligibleCandidacies(parameters)
                .zip(CandidacyGenerators.choiceCountsAroundTheLimit(parameters), (c, count) -> {
                    if (count.value() == 0 && choicesNeeded) {
                        return null; // no choice at all is missing, not a limit
                    }
                    CandidacyDecision d = rules.evaluate(CandidacyGenerators.with(c, "choices",
                            new ArrayList<>(pool.subList(0, count.value()))));
                    return d.verdict() == (count.allowed() ? Verdict.ELIGIBLE : Verdict.INELIGIBLE) ? null
                            : count.value() + " choices give " + d.verdict();
                }), problem -> require(problem == null, "%s", problem));
    }

    /** An eligible candidacy with several choices stays eligible with its first choice only. */
    public void fewerChoicesStayEligible() {
        forAll("fewerChoicesStayEligible", CandidacyGenerators.eligibleCandidacies(parameters), c -> {
            if (c.choiceCount() < 2) {
                return;
            }
            CandidacyDecision fewer = rules.evaluate(CandidacyGenerators.with(c, "choices", List.of(c.choices().get(0))));
            require(fewer.verdict() == Verdict.ELIGIBLE, "one choice of %s gives %s", c.choices(), fewer.verdict());
        });
    }

    /**
     * A choice is the offer it names, however it is written: an eligible candidacy stays eligible
     * with each choice written another way, and naming its first choice again, another way, fails
     * CND-5 alone.
     */
    public void aChoiceNamesItsOfferHoweverWritten() {
        forAll("aChoiceNamesItsOfferHoweverWritten", CandidacyGenerators.eligibleCandidacies(parameters)
                .zip(org.quicktheories.generators.SourceDSL.integers().between(0, Integer.MAX_VALUE), (c, seed) -> {
                    if (c.choiceCount() == 0) {
                        return null;
                    }
                    List<String> rewritten = new ArrayList<>();
                    for (int i = 0; i < c.choiceCount(); i++) {
                        rewritten.add(CandidacyGenerators.variant(c.choices().get(i), seed + i));
                    }
                    CandidacyDecision same = rules.evaluate(CandidacyGenerators.with(c, "choices", rewritten));
                    if (same.verdict() != Verdict.ELIGIBLE) {
                        return rewritten + " give " + same.verdict() + " " + same.failedClauses();
                    }
                    rewritten.add(CandidacyGenerators.variant(c.choices().get(0), seed + 1));
                    CandidacyDecision twice = rules.evaluate(CandidacyGenerators.with(c, "choices", rewritten));
                    return twice.failedClauses().equals(List.of("CND-5")) ? null
                            : rewritten + " give " + twice.verdict() + " " + twice.failedClauses();
                }), problem -> require(problem == null, "%s", problem));
    }

    /** The same receipt instant written in another offset gives the same decision. */
    public void receiptOffsetsNeverChangeADecision() {
        forAll("receiptOffsetsNeverChangeADecision", CandidacyGenerators.failingExactlyOne(parameters)
                .zip(org.quicktheories.generators.SourceDSL.arbitrary().pick(EigGenerators.OFFSETS), (b, offset) -> {
                    Candidacy c = b.broken();
                    Candidacy moved = CandidacyGenerators.with(c, "receivedAt", c.receivedAt().withOffsetSameInstant(offset));
                    CandidacyDecision x = rules.evaluate(c);
                    CandidacyDecision y = rules.evaluate(moved);
                    return x.verdict() == y.verdict() && x.failedClauses().equals(y.failedClauses())
                            && x.missing().equals(y.missing()) ? null : c.receivedAt() + " vs " + moved.receivedAt();
                }), problem -> require(problem == null, "%s", problem));
    }

    /** Runs every invariant and reports each one that fails, not only the first. */
    public void checkAll() {
        Map<String, Runnable> all = new LinkedHashMap<>();
        all.put("aSingleFailureIsItsOwnReason", this::aSingleFailureIsItsOwnReason);
        all.put("theWindowIncludesItsLimits", this::theWindowIncludesItsLimits);
        all.put("theCutOffDayDecides", this::theCutOffDayDecides);
        all.put("theChoiceLimitDecides", this::theChoiceLimitDecides);
        all.put("fewerChoicesStayEligible", this::fewerChoicesStayEligible);
        all.put("aChoiceNamesItsOfferHoweverWritten", this::aChoiceNamesItsOfferHoweverWritten);
        all.put("receiptOffsetsNeverChangeADecision", this::receiptOffsetsNeverChangeADecision);
        InvariantRun.all(all);
    }
}
