package org.eigrules.oracle;

import org.eigrules.decision.Decision;
import org.eigrules.decision.Verdict;
import org.eigrules.selection.JuryGrid;
import org.eigrules.selection.Opinion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The selection procedure (SEL-2 … SEL-6) written again in plain Java, apart from the rule file,
 * with its own copy of the envelopes, to check the rules against. Deliberately simple: sort, then
 * walk the rank groups in order.
 */
public final class HandWrittenSelection {

    /** Its own copy of the envelopes: P3 and P4 €1.5M; P5 none. */
    public static final Map<Integer, BigDecimal> ENVELOPES = Map.of(3, new BigDecimal("1500000.00"),
            4, new BigDecimal("1500000.00"));

    /** One ranked défi as the oracle sees it. */
    public record Line(String name, int rank, String status, BigDecimal money, BigDecimal cumulated) {
    }

    /** What the oracle concludes. */
    public record Outcome(List<Line> ranking, List<String> notRanked, List<List<String>> ties, BigDecimal used,
                          BigDecimal remaining, int coveredDefis, int coveredEigs, BigDecimal selectedMoney,
                          List<String> checks) {
    }

    private HandWrittenSelection() {
    }

    /**
     * @param names     the défis' names, in the applications' order
     * @param eigs      the EIGs each requests
     * @param decisions their decisions
     * @param grids     the grids
     * @param selected  the decided selection, or null
     * @param envelope  the envelope, or null when none applies
     */
    public static Outcome select(List<String> names, List<Integer> eigs, List<Decision> decisions, List<JuryGrid> grids,
                                 List<String> selected, BigDecimal envelope) {
        Map<String, JuryGrid> gridOf = new HashMap<>();
        grids.forEach(g -> gridOf.put(g.application(), g));
        Map<String, Decision> decisionOf = new HashMap<>();
        Map<String, Integer> eigsOf = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            decisionOf.put(names.get(i), decisions.get(i));
            eigsOf.put(names.get(i), eigs.get(i));
        }
        List<String> rankable = new ArrayList<>();
        List<String> notRanked = new ArrayList<>();
        for (String name : names) {
            if (decisionOf.get(name).verdict() == Verdict.ELIGIBLE && gridOf.containsKey(name)) {
                rankable.add(name);
            } else {
                notRanked.add(name);
            }
        }
        // Best first, as the P4 jury guide ranks (SEL-4): favourite, the smaller group rank, total, criterion 1.
        Comparator<String> order = Comparator.comparing((String n) -> Boolean.TRUE.equals(gridOf.get(n).favourite()) ? 0 : 1)
                .thenComparingInt(n -> gridOf.get(n).groupRank())
                .thenComparingInt(n -> -sum(gridOf.get(n).scores()))
                .thenComparingInt(n -> -gridOf.get(n).scores().get(0));
        rankable.sort(order.thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < rankable.size(); i++) {
            String name = rankable.get(i);
            boolean sameAsPrevious = i > 0 && order.compare(rankable.get(i - 1), name) == 0;
            rankOf.put(name, sameAsPrevious ? rankOf.get(rankable.get(i - 1)) : i + 1);
        }
        TreeMap<Integer, List<String>> groups = new TreeMap<>();
        rankable.forEach(n -> groups.computeIfAbsent(rankOf.get(n), r -> new ArrayList<>()).add(n));
        List<List<String>> ties = new ArrayList<>();
        groups.values().stream().filter(g -> g.size() > 1).forEach(ties::add);

        Map<String, String> status = new LinkedHashMap<>();
        BigDecimal rest = envelope;
        for (List<String> group : groups.values()) {
            List<String> favourable = new ArrayList<>();
            for (String n : group) {
                if (gridOf.get(n).opinion() == Opinion.UNFAVOURABLE) {
                    status.put(n, "UNFAVOURABLE");
                } else {
                    favourable.add(n);
                }
            }
            if (rest == null) {
                favourable.forEach(n -> status.put(n, "COVERED"));
                continue;
            }
            List<String> fitting = new ArrayList<>();
            BigDecimal need = BigDecimal.ZERO;
            for (String n : favourable) {
                BigDecimal money = money(decisionOf.get(n));
                if (money.compareTo(rest) <= 0) {
                    fitting.add(n);
                    need = need.add(money);
                } else {
                    status.put(n, "NOT_COVERED");
                }
            }
            if (need.compareTo(rest) <= 0) {
                fitting.forEach(n -> status.put(n, "COVERED"));
                rest = rest.subtract(need);
            } else {
                fitting.forEach(n -> status.put(n, "TIE_AT_LIMIT"));
                rest = BigDecimal.ZERO;
            }
        }
        List<Line> ranking = new ArrayList<>();
        BigDecimal used = new BigDecimal("0.00");
        int coveredDefis = 0;
        int coveredEigs = 0;
        for (String n : rankable) {
            BigDecimal money = money(decisionOf.get(n));
            if (status.get(n).equals("COVERED")) {
                used = used.add(money);
                coveredDefis++;
                coveredEigs += eigsOf.get(n);
            }
            ranking.add(new Line(n, rankOf.get(n), status.get(n), money, used));
        }
        List<String> checks = new ArrayList<>();
        BigDecimal selectedMoney = null;
        if (selected != null) {
            selectedMoney = new BigDecimal("0.00");
            for (String n : selected) {
                selectedMoney = selectedMoney.add(money(decisionOf.get(n)));
                if (decisionOf.get(n).verdict() != Verdict.ELIGIBLE) {
                    checks.add("NOT_ELIGIBLE " + n);
                }
                if (gridOf.get(n) == null) {
                    checks.add("NO_GRID " + n);
                } else if (gridOf.get(n).opinion() == Opinion.UNFAVOURABLE) {
                    checks.add("UNFAVOURABLE " + n);
                }
            }
            if (envelope != null && selectedMoney.compareTo(envelope) > 0) {
                checks.add("OVER_ENVELOPE null");
            }
            for (String n : rankable) {
                if (gridOf.get(n).opinion() == Opinion.FAVOURABLE && !selected.contains(n)
                        && selected.stream().anyMatch(o -> rankOf.containsKey(o) && rankOf.get(o) > rankOf.get(n))) {
                    checks.add("LEFT_OUT " + n);
                }
            }
            checks.sort(Comparator.naturalOrder());
        }
        return new Outcome(ranking, notRanked, ties, used, envelope == null ? null : envelope.subtract(used),
                coveredDefis, coveredEigs, selectedMoney, checks);
    }

    /** The PIA money of an ELIGIBLE défi that is granted it; nothing otherwise. */
    private static BigDecimal money(Decision decision) {
        if (decision.verdict() == Verdict.ELIGIBLE && decision.coFinancing().granted()) {
            return decision.coFinancing().piaAmount();
        }
        return new BigDecimal("0.00");
    }

    private static int sum(List<Integer> scores) {
        int total = 0;
        for (int s : scores) {
            total += s;
        }
        return total;
    }
}
