package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.eigrules.model.FundingMode;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.selection.JuryGrid;
import org.eigrules.selection.NotRankedDefi;
import org.eigrules.selection.Opinion;
import org.eigrules.selection.RankedDefi;
import org.eigrules.selection.Selection;
import org.eigrules.selection.SelectionCheck;
import org.eigrules.selection.SelectionResult;
import org.eigrules.selection.Status;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Properties any selection rules must keep (SEL-1 … SEL-6), checked over generated promotions. Each
 * is a method of its own; {@link #checkAll()} runs them all and reports each one that fails.
 *
 * <pre>{@code
 * SelectionInvariants.of(EigRules.builtIn()).withExamples(200).checkAll();
 * }</pre>
 */
public final class SelectionInvariants {

    private final EigRules rules;
    private final PromotionParameters parameters;
    private final int examples;
    private final Long seed;

    private SelectionInvariants(EigRules rules, int promotion, int examples, Long seed) {
        this.rules = rules;
        this.parameters = rules.parameters(promotion);
        this.examples = examples;
        this.seed = seed;
    }

    /** The invariants of a rule set's selection, on its first evaluable promotion, 100 promotions each. */
    public static SelectionInvariants of(EigRules rules) {
        return new SelectionInvariants(rules, rules.promotions().first(), 100, null);
    }

    public SelectionInvariants withExamples(int examples) {
        return new SelectionInvariants(rules, parameters.promotion(), examples, seed);
    }

    public SelectionInvariants withSeed(long seed) {
        return new SelectionInvariants(rules, parameters.promotion(), examples, seed);
    }

    private Gen<Selection> promotions() {
        return SelectionGenerators.selections(parameters, 2, 24);
    }

    private void forAll(String invariant, Consumer<Selection> check) {
        QuickTheory qt = QuickTheory.qt().withExamples(examples);
        try {
            (seed == null ? qt : qt.withFixedSeed(seed)).forAll(promotions()).checkAssert(check);
        } catch (AssertionError e) {
            throw new AssertionError(invariant + ": " + e.getMessage(), e);
        }
    }

    private static void require(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new AssertionError(String.format(message, args));
        }
    }

    /** SEL-5: the covered défis' money never exceeds the envelope, and used + remaining = envelope to the cent. */
    public void theEnvelopeIsNeverExceeded() {
        forAll("the envelope is never exceeded", s -> {
            SelectionResult r = rules.select(s);
            BigDecimal covered = r.ranking().stream().filter(d -> d.status() == Status.COVERED)
                    .map(RankedDefi::grantAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            require(covered.compareTo(r.totals().grantAmount()) == 0, "totals %s, covered money %s", r.totals(), covered);
            if (r.envelope() != null) {
                require(covered.compareTo(r.envelope().amount()) <= 0, "covered %s above the envelope %s", covered,
                        r.envelope().amount());
                require(r.envelope().used().add(r.envelope().remaining()).equals(r.envelope().amount()),
                        "used %s + remaining %s is not the envelope %s", r.envelope().used(), r.envelope().remaining(),
                        r.envelope().amount());
            }
        });
    }

    /** SEL-2: a défi that is not ELIGIBLE is never ranked, and is listed as not ranked. */
    public void anIneligibleDefiIsNeverRanked() {
        forAll("an ineligible défi is never ranked", s -> {
            SelectionResult r = rules.select(s);
            for (RankedDefi d : r.ranking()) {
                require(d.decision().verdict() == Verdict.ELIGIBLE, "%s is ranked but %s", d.application(),
                        d.decision().verdict());
            }
            require(r.ranking().size() + r.notRanked().size() == s.applications().size(), "%d ranked + %d not ranked "
                    + "for %d applications", r.ranking().size(), r.notRanked().size(), s.applications().size());
            for (NotRankedDefi d : r.notRanked()) {
                require(d.decision().verdict() != Verdict.ELIGIBLE || d.grid() == null,
                        "%s is eligible and heard but not ranked", d.application());
            }
        });
    }

    /**
     * SEL-4: ranks are 1 + the number of défis with a better key — the favourite flag, then the rank
     * in the group (lower is better), then the total, then criterion 1; equal keys, and only they,
     * share a rank and form a tie. A group's lower choice never ranks above its own higher choice
     * unless it alone is the favourite.
     */
    public void theRankingIsATotalPreorderConsistentWithTheTieBreaks() {
        Comparator<JuryGrid> better = Comparator.comparing(JuryGrid::isFavourite)
                .thenComparing(Comparator.comparingInt(JuryGrid::groupRank).reversed())
                .thenComparingInt(JuryGrid::total)
                .thenComparingInt(JuryGrid::impact);
        forAll("the ranking is a total preorder consistent with the tie-breaks", s -> {
            SelectionResult r = rules.select(s);
            List<RankedDefi> ranking = r.ranking();
            List<List<String>> ties = new ArrayList<>();
            for (RankedDefi a : ranking) {
                long above = ranking.stream().filter(b -> better.compare(b.grid(), a.grid()) > 0).count();
                require(a.rank() == above + 1, "%s has rank %d, but %d défis have a better key", a.application(),
                        a.rank(), above);
                List<String> equal = ranking.stream().filter(b -> better.compare(b.grid(), a.grid()) == 0)
                        .map(RankedDefi::application).sorted().toList();
                if (equal.size() > 1 && !ties.contains(equal)) {
                    ties.add(equal);
                }
            }
            for (int i = 1; i < ranking.size(); i++) {
                require(ranking.get(i - 1).rank() <= ranking.get(i).rank(), "the ranking is not in rank order");
            }
            require(new ArrayList<>(r.ties()).equals(ties), "ties %s, expected %s", r.ties(), ties);
            for (RankedDefi higher : ranking) {
                for (RankedDefi lower : ranking) {
                    boolean sameGroup = higher.grid().group().equals(lower.grid().group());
                    if (sameGroup && higher.grid().groupRank() < lower.grid().groupRank()
                            && (higher.grid().isFavourite() || !lower.grid().isFavourite())) {
                        require(higher.rank() < lower.rank(), "%s, its group's choice %d, ranks %d, not above %s, "
                                + "its choice %d, at %d", higher.application(), higher.grid().groupRank(), higher.rank(),
                                lower.application(), lower.grid().groupRank(), lower.rank());
                    }
                }
            }
        });
    }

    /** Listing the applications, grids and selected défis in another order changes nothing. */
    public void theOrderOfTheInputChangesNothing() {
        forAll("permuting the input changes nothing", s -> {
            SelectionResult r = rules.select(s);
            Random random = new Random(s.grids().size() * 31L + s.applications().size());
            List<Application> applications = new ArrayList<>(s.applications());
            List<JuryGrid> grids = new ArrayList<>(s.grids());
            List<String> selected = s.selected() == null ? null : new ArrayList<>(s.selected());
            Collections.shuffle(applications, random);
            Collections.shuffle(grids, random);
            if (selected != null) {
                Collections.shuffle(selected, random);
            }
            SelectionResult permuted = rules.select(new Selection(s.promotion(), applications, grids, selected));
            require(permuted.ranking().equals(r.ranking()), "the ranking changed");
            require(permuted.ties().equals(r.ties()), "the ties changed");
            require(Objects.equals(permuted.envelope(), r.envelope()), "the envelope changed");
            require(permuted.totals().equals(r.totals()) && Objects.equals(permuted.selected(), r.selected()),
                    "the totals changed");
            require(sortedChecks(permuted).equals(sortedChecks(r)), "the checks changed: %s, then %s", sortedChecks(r),
                    sortedChecks(permuted));
            require(permuted.notRanked().stream().map(NotRankedDefi::application).sorted().toList()
                    .equals(r.notRanked().stream().map(NotRankedDefi::application).sorted().toList()), "not ranked changed");
        });
    }

    private static List<String> sortedChecks(SelectionResult r) {
        return r.checks().stream().map(c -> c.kind() + " " + c.application()).sorted().toList();
    }

    /**
     * SEL-5: more money for a covered défi (which stays covered) changes nothing above it, and the
     * first rank below it whose statuses change has a défi that loses its claim on the envelope
     * (it was covered, or a tie at the limit, and is now not covered). The wording — "never
     * covers a défi below it that was not covered before" — does not hold for a walk that skips
     * what it cannot cover: see {@code SelectionRulesTest}.
     */
    public void moreMoneyForACoveredDefiNeverCoversALowerOneFirst() {
        forAll("more money for a covered défi never covers a lower défi first", s -> {
            SelectionResult before = rules.select(s);
            for (RankedDefi raised : before.ranking()) {
                if (raised.status() != Status.COVERED || !before.ties().stream().noneMatch(t -> t.contains(raised.application()))) {
                    continue;
                }
                int index = indexOf(s, raised.application());
                Application application = s.applications().get(index);
                if (application.funding().mode() != FundingMode.PIA || !raised.decision().coFinancing().granted()) {
                    continue;
                }
                BigDecimal total = application.funding().totalEmployerCost().add(new BigDecimal("10000.00"));
                Application richer = Applications.with(Applications.with(application, "funding.totalEmployerCost", total),
                        "funding.requestedPiaAmount", parameters.piaShareOf(total));
                List<Application> applications = new ArrayList<>(s.applications());
                applications.set(index, richer);
                SelectionResult after = rules.select(new Selection(s.promotion(), applications, s.grids(), s.selected()));
                Map<String, Status> was = statuses(before);
                Map<String, Status> now = statuses(after);
                if (now.get(raised.application()) != Status.COVERED) {
                    continue;
                }
                for (RankedDefi d : before.ranking()) {
                    if (d.rank() < raised.rank()) {
                        require(was.get(d.application()) == now.get(d.application()), "%s, above %s, changed",
                                d.application(), raised.application());
                    }
                }
                Integer firstChanged = before.ranking().stream().filter(d -> d.rank() > raised.rank())
                        .filter(d -> was.get(d.application()) != now.get(d.application()))
                        .map(RankedDefi::rank).findFirst().orElse(null);
                if (firstChanged != null) {
                    boolean lost = before.ranking().stream().filter(d -> d.rank() == firstChanged).anyMatch(d ->
                            was.get(d.application()) == Status.COVERED && now.get(d.application()) != Status.COVERED
                                    || was.get(d.application()) == Status.TIE_AT_LIMIT
                                    && now.get(d.application()) == Status.NOT_COVERED);
                    require(lost, "raising %s's money changed rank %d without any défi there losing its claim: %s -> %s",
                            raised.application(), firstChanged, was, now);
                }
                return; // one raise per generated promotion keeps the run short
            }
        });
    }

    /** SEL-5: when no envelope applies (P5), every favourable ranked défi is covered. */
    public void withoutAnEnvelopeEveryFavourableDefiIsCovered() {
        forAll("without an envelope every favourable défi is covered", s -> {
            SelectionResult r = rules.select(s);
            if (r.envelope() == null) {
                for (RankedDefi d : r.ranking()) {
                    require(d.grid().opinion() != Opinion.FAVOURABLE || d.status() == Status.COVERED,
                            "%s is favourable but %s with no envelope", d.application(), d.status());
                }
                require(r.notes().stream().anyMatch(n -> n.clause().equals("SEL-5")), "no note says no envelope applies");
            }
        });
    }

    /** SEL-6: a selected défi that is not eligible, unfavourable or unheard is always reported. */
    public void everySelectedDefiThatCannotBeSelectedIsReported() {
        forAll("every selected défi that cannot be selected is reported", s -> {
            if (s.selected() == null) {
                return;
            }
            SelectionResult r = rules.select(s);
            List<String> checks = sortedChecks(r);
            for (String name : s.selected()) {
                Decision decision = rules.evaluate(s.applications().get(indexOf(s, name)));
                JuryGrid grid = s.grids().stream().filter(g -> g.application().equals(name)).findFirst().orElse(null);
                require(decision.verdict() == Verdict.ELIGIBLE || checks.contains(SelectionCheck.Kind.NOT_ELIGIBLE + " " + name),
                        "%s is selected and %s, not reported", name, decision.verdict());
                require(grid != null || checks.contains(SelectionCheck.Kind.NO_GRID + " " + name),
                        "%s is selected without a grid, not reported", name);
                require(grid == null || grid.opinion() == Opinion.FAVOURABLE
                        || checks.contains(SelectionCheck.Kind.UNFAVOURABLE + " " + name),
                        "%s is selected with an unfavourable opinion, not reported", name);
            }
        });
    }

    private static int indexOf(Selection s, String name) {
        for (int i = 0; i < s.applications().size(); i++) {
            if (s.applications().get(i).challenge().name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Map<String, Status> statuses(SelectionResult r) {
        Map<String, Status> statuses = new LinkedHashMap<>();
        r.ranking().forEach(d -> statuses.put(d.application(), d.status()));
        return statuses;
    }

    /** Runs every invariant and reports each one that fails, not only the first. */
    public void checkAll() {
        Map<String, Runnable> all = new LinkedHashMap<>();
        all.put("theEnvelopeIsNeverExceeded", this::theEnvelopeIsNeverExceeded);
        all.put("anIneligibleDefiIsNeverRanked", this::anIneligibleDefiIsNeverRanked);
        all.put("theRankingIsATotalPreorderConsistentWithTheTieBreaks", this::theRankingIsATotalPreorderConsistentWithTheTieBreaks);
        all.put("theOrderOfTheInputChangesNothing", this::theOrderOfTheInputChangesNothing);
        all.put("moreMoneyForACoveredDefiNeverCoversALowerOneFirst", this::moreMoneyForACoveredDefiNeverCoversALowerOneFirst);
        all.put("withoutAnEnvelopeEveryFavourableDefiIsCovered", this::withoutAnEnvelopeEveryFavourableDefiIsCovered);
        all.put("everySelectedDefiThatCannotBeSelectedIsReported", this::everySelectedDefiThatCannotBeSelectedIsReported);
        InvariantRun.all(all);
    }
}
