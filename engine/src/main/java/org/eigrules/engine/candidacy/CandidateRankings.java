package org.eigrules.engine.candidacy;

import org.eigrules.candidacy.Audition;
import org.eigrules.candidacy.CandidateJury;
import org.eigrules.candidacy.CandidateRanking;

import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.reading.InputText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks auditioned candidates (CND-10, CND-14): the marks of each audition are summed, and each
 * défi and profile gets its own list, best total first. Equal totals share a rank and are
 * reported as ties; the sources give no tie-break, so none is applied.
 */
public final class CandidateRankings {

    private CandidateRankings() {
    }

    /**
     * Ranks a promotion's auditions with its scale.
     *
     * @throws InvalidApplicationException when the promotion has no score scale, or a mark, a count
     *                                     of marks or a candidate listed twice for one list is wrong;
     *                                     every problem at its path
     */
    public static CandidateRanking rank(CandidateJury jury, CandidateParameters parameters) {
        return rank(jury, parameters, null);
    }

    /**
     * As {@link #rank(CandidateJury, CandidateParameters)}, each audition's profile checked against
     * the promotion's profiles (its parameter file's {@code eigs.profiles}) when they are given,
     * and each audition required to name a défi, a profile or both: a list is per défi or per profile.
     */
    public static CandidateRanking rank(CandidateJury jury, CandidateParameters parameters, Set<String> profiles) {
        List<Violation> problems = new ArrayList<>();
        Integer criteria = parameters.scoreCriteria();
        Integer max = parameters.scoreMax();
        if (criteria == null || max == null) {
            throw new InvalidApplicationException(List.of(InputText.violation("promotion", "ranking.no-scale",
                    parameters.promotion())));
        }
        Map<List<String>, List<CandidateRanking.Ranked>> lists = new LinkedHashMap<>();
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < jury.auditions().size(); i++) {
            Audition a = jury.auditions().get(i);
            String path = "auditions[" + i + "]";
            if (a.defi() == null && a.profile() == null) {
                problems.add(InputText.violation(path, "ranking.no-list"));
                continue;
            }
            if (a.profile() != null && profiles != null && !profiles.contains(a.profile())) {
                problems.add(InputText.violation(path + ".profile", "ranking.profile", InputText.shown(a.profile()),
                        parameters.promotion(), String.join(", ", new java.util.TreeSet<>(profiles))));
                continue;
            }
            if (a.scores().size() != criteria) {
                problems.add(InputText.violation(path + ".scores", "ranking.marks-count", criteria, a.scores().size()));
                continue;
            }
            boolean marksOk = true;
            for (int j = 0; j < a.scores().size(); j++) {
                int mark = a.scores().get(j);
                if (mark < 0 || mark > max) {
                    problems.add(InputText.violation(path + ".scores[" + j + "]", "ranking.mark", max, mark));
                    marksOk = false;
                }
            }
            if (!seen.add(java.util.Arrays.asList(a.defi(), a.profile(), a.candidate()))) {
                problems.add(InputText.violation(path + ".candidate", "ranking.twice", InputText.shown(a.candidate())));
                continue;
            }
            if (marksOk) {
                int total = a.scores().stream().mapToInt(Integer::intValue).sum();
                lists.computeIfAbsent(java.util.Arrays.asList(a.defi(), a.profile()), k -> new ArrayList<>())
                        .add(new CandidateRanking.Ranked(a.candidate(), 0, total));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        List<CandidateRanking.RankedList> result = new ArrayList<>();
        lists.forEach((key, entries) -> {
            List<CandidateRanking.Ranked> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparingInt(CandidateRanking.Ranked::total).reversed()); // stable: file order within a tie
            List<CandidateRanking.Ranked> ranked = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                CandidateRanking.Ranked r = sorted.get(i);
                int rank = i > 0 && sorted.get(i - 1).total() == r.total() ? ranked.get(i - 1).rank() : i + 1;
                ranked.add(new CandidateRanking.Ranked(r.candidate(), rank, r.total()));
            }
            Map<Integer, List<String>> byRank = new LinkedHashMap<>();
            ranked.forEach(r -> byRank.computeIfAbsent(r.rank(), k -> new ArrayList<>()).add(r.candidate()));
            List<List<String>> ties = byRank.values().stream().filter(names -> names.size() > 1).toList();
            result.add(new CandidateRanking.RankedList(key.get(0), key.get(1), ranked, ties));
        });
        return new CandidateRanking(parameters.promotion(), result);
    }

}
