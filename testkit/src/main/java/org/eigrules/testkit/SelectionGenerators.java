package org.eigrules.testkit;

import org.eigrules.model.Application;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.selection.JuryGrid;
import org.eigrules.selection.Opinion;
import org.eigrules.selection.Selection;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Generated promotions for the selection rules: well-formed applications (mostly eligible, some of
 * any verdict, each with its own name), a valid jury grid for most of them (groups with distinct
 * ranks, scores drawn from a narrow band so that equal totals and true ties are common, some
 * unfavourable opinions and favourites), and sometimes a decided selection to check.
 */
public final class SelectionGenerators {

    private SelectionGenerators() {
    }

    /** Selections of {@code min} to {@code max} défis of the promotion. */
    public static Gen<Selection> selections(PromotionParameters p, int min, int max) {
        Gen<Application> applications = EigGenerators.eligibleApplications(p).mix(EigGenerators.applications(p), 15);
        org.eigrules.selection.JuryScale scale = org.eigrules.ruleset.CandidateKeys.juryScale(p);
        if (scale == null) {
            throw new IllegalArgumentException("promotion " + p.promotion() + "'s parameters give no jury scale "
                    + "(selection.scores.*): no grid can be made");
        }
        return in -> {
            int count = integers().between(min, max).generate(in);
            int groups = integers().between(1, Math.max(1, count / 2)).generate(in);
            List<Application> defis = new ArrayList<>();
            List<JuryGrid> grids = new ArrayList<>();
            List<List<Integer>> ranksLeft = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                ranksLeft.add(new ArrayList<>());
            }
            for (int i = 0; i < count; i++) {
                String name = "D" + (i + 1);
                Application application = Applications.with(applications.generate(in), "challenge.name", name);
                // Often a host that receives the PIA money itself, and mostly the whole PIA share, so
                // that the envelope is often pressed.
                if (application.funding() != null && application.funding().mode() == org.eigrules.model.FundingMode.PIA
                        && application.host() != null && integers().between(1, 2).generate(in) == 1) {
                    application = Applications.with(Applications.without(application, "fundingCarrier"), "host.kind",
                            org.eigrules.model.BodyKind.MINISTRY);
                }
                if (application.funding() != null && application.funding().requestedPiaAmount() != null
                        && application.funding().totalEmployerCost() != null && p.piaRate() != null
                        && integers().between(1, 5).generate(in) > 1) {
                    application = Applications.with(application, "funding.requestedPiaAmount",
                            p.piaShareOf(application.funding().totalEmployerCost()));
                }
                defis.add(application);
                if (integers().between(1, 10).generate(in) == 1) {
                    continue; // not heard
                }
                int group = integers().between(0, groups - 1).generate(in);
                List<Integer> scores = new ArrayList<>();
                for (int c = 0; c < scale.criteria(); c++) {
                    scores.add(integers().between(Math.max(scale.lowest(), scale.highest() - 2),
                            scale.highest()).generate(in));
                }
                Opinion opinion = integers().between(1, 8).generate(in) == 1 ? Opinion.UNFAVOURABLE : Opinion.FAVOURABLE;
                Boolean favourite = switch (integers().between(1, 6).generate(in)) {
                    case 1 -> Boolean.TRUE;
                    case 2 -> Boolean.FALSE;
                    default -> null;
                };
                ranksLeft.get(group).add(i);
                grids.add(new JuryGrid(name, "G" + (group + 1), null, scores, opinion, favourite));
            }
            // Ranks within each group: a permutation of 1..n, so none repeats.
            long seed = integers().all().generate(in);
            Random shuffle = new Random(seed);
            List<JuryGrid> ranked = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                List<Integer> ranks = new ArrayList<>();
                String groupName = "G" + (g + 1);
                List<JuryGrid> inGroup = grids.stream().filter(grid -> grid.group().equals(groupName)).toList();
                for (int r = 1; r <= inGroup.size(); r++) {
                    ranks.add(r);
                }
                Collections.shuffle(ranks, shuffle);
                for (int k = 0; k < inGroup.size(); k++) {
                    JuryGrid grid = inGroup.get(k);
                    ranked.add(new JuryGrid(grid.application(), grid.group(), ranks.get(k), grid.scores(), grid.opinion(),
                            grid.favourite()));
                }
            }
            Collections.shuffle(ranked, shuffle);
            List<String> selected = null;
            if (integers().between(1, 2).generate(in) == 1) {
                selected = new ArrayList<>();
                for (Application defi : defis) {
                    if (shuffle.nextInt(3) > 0) {
                        selected.add(defi.challenge().name());
                    }
                }
            }
            return new Selection(p.promotion(), defis, ranked, selected);
        };
    }
}
