package org.eigrules.selection;

import org.eigrules.model.Application;
import org.eigrules.model.DefiName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The well-formedness of a selection (SEL-1): every grid names a défi of the selection once (names
 * compared with their typographic variants folded, {@link DefiName}), has
 * its group, a rank within that group that no other défi of the group holds, a score per criterion
 * within the promotion's {@link JuryScale} and an opinion; the decided selection names défis of the selection, each once. The applications
 * themselves are checked by the rules' own validation.
 */
public final class SelectionInput {

    private SelectionInput() {
    }

    /**
     * Every problem of the selection, in input order; empty when it can be ranked.
     *
     * @param scale the promotion's jury scale; null when it has none, and the scores are not checked
     */
    public static List<InputProblem> problems(Selection selection, JuryScale scale) {
        List<InputProblem> problems = new ArrayList<>();
        Integer promotion = selection.promotion();
        if (promotion == null || promotion < 1) {
            problems.add(promotion == null
                    ? problem("promotion", "selection.promotion-nothing", "expected a promotion number, found nothing")
                    : problem("promotion", "selection.promotion", "expected a promotion number, found " + promotion,
                    promotion));
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < selection.applications().size(); i++) {
            Application application = selection.applications().get(i);
            String path = "applications[" + i + "]";
            if (application == null) {
                problems.add(problem(path, "selection.application-nothing", "expected an application, found nothing"));
                continue;
            }
            if (promotion != null && application.promotion() != null && !promotion.equals(application.promotion())) {
                problems.add(problem(path + ".promotion", "selection.application-promotion", "expected " + promotion
                        + ", the selection's promotion, found " + application.promotion(), promotion,
                        application.promotion()));
            }
            String name = nameOf(application);
            if (name != null) {
                Integer first = names.putIfAbsent(DefiName.folded(name), i);
                if (first != null) {
                    problems.add(problem(path + ".challenge.name", "selection.name-twice", "expected a name no other défi "
                            + "of the selection has (grids name défis by it), found \"" + name + "\", also applications["
                            + first + "]", name, first));
                }
            }
        }
        grids(selection.grids(), names, scale, problems);
        if (selection.selected() != null) {
            Map<String, Integer> chosen = new HashMap<>();
            for (int i = 0; i < selection.selected().size(); i++) {
                String name = selection.selected().get(i);
                String path = "selected[" + i + "]";
                if (name == null || name.isBlank()) {
                    problems.add(problem(path, "selection.defi-nothing",
                            "expected the name of one of the selection's défis, found nothing"));
                } else if (!names.containsKey(DefiName.folded(name))) {
                    problems.add(unknownDefi(path, name));
                } else if (chosen.putIfAbsent(DefiName.folded(name), i) != null) {
                    Integer first = chosen.get(DefiName.folded(name));
                    problems.add(problem(path, "selection.selected-twice", "expected each défi once, found \"" + name
                            + "\" again (selected[" + first + "])", name, first));
                }
            }
        }
        return problems;
    }

    /**
     * The same selection with every grid and decided-selection entry rewritten to the name of the
     * défi it stands for: its application's {@code id} (the contract lets either stand, and an id
     * matches exactly), or the défi's name with its typographic variants folded ({@link DefiName}:
     * {@code Karfu'R} stands for {@code Karfu’R}). An entry that is already a défi's name, or that
     * neither matches, is left as it is for {@link #problems} to judge; an id shared by two
     * applications, or a folded name two défis have, stands for neither.
     *
     * @param selection the selection as read
     * @return the selection with names only
     */
    public static Selection byName(Selection selection) {
        Map<String, String> nameById = new HashMap<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> sharedIds = new java.util.HashSet<>();
        for (Application application : selection.applications()) {
            if (application == null) {
                continue;
            }
            String name = nameOf(application);
            if (name != null) {
                names.add(name);
            }
            if (application.id() != null && name != null && nameById.putIfAbsent(application.id(), name) != null) {
                sharedIds.add(application.id());
            }
        }
        sharedIds.forEach(nameById::remove);
        Map<String, String> nameByFolded = new HashMap<>();
        java.util.Set<String> sharedFolded = new java.util.HashSet<>();
        for (String name : names) {
            if (nameByFolded.putIfAbsent(DefiName.folded(name), name) != null) {
                sharedFolded.add(DefiName.folded(name));
            }
        }
        sharedFolded.forEach(nameByFolded::remove);
        java.util.function.UnaryOperator<String> resolve = ref -> {
            if (ref == null || names.contains(ref)) {
                return ref;
            }
            String byId = nameById.get(ref);
            return byId != null ? byId : nameByFolded.getOrDefault(DefiName.folded(ref), ref);
        };
        List<JuryGrid> grids = new ArrayList<>();
        for (JuryGrid g : selection.grids()) {
            grids.add(g == null ? null : new JuryGrid(resolve.apply(g.application()), g.group(), g.groupRank(),
                    g.scores(), g.opinion(), g.favourite()));
        }
        List<String> selected = null;
        if (selection.selected() != null) {
            selected = new ArrayList<>();
            for (String ref : selection.selected()) {
                selected.add(resolve.apply(ref));
            }
        }
        return new Selection(selection.promotion(), selection.applications(), grids, selected);
    }

    /** The name by which grids and the decided selection refer to an application: its défi's name. */
    public static String nameOf(Application application) {
        return application.challenge() == null ? null : application.challenge().name();
    }

    /** A problem under its message key; {@code message} is the key's English text with these arguments. */
    private static InputProblem problem(String path, String key, String message, Object... args) {
        return new InputProblem(path, message, key, List.of(args));
    }

    private static InputProblem unknownDefi(String path, String name) {
        return problem(path, "selection.unknown-defi", "expected the name of one of the selection's défis, found \""
                + name + "\"", name);
    }

    private static void grids(List<JuryGrid> grids, Map<String, Integer> names, JuryScale scale,
                              List<InputProblem> problems) {
        Map<String, Integer> graded = new HashMap<>();
        Map<String, Integer> ranksInGroups = new HashMap<>();
        for (int i = 0; i < grids.size(); i++) {
            JuryGrid grid = grids.get(i);
            String path = "grids[" + i + "]";
            if (grid == null) {
                problems.add(problem(path, "selection.grid-nothing", "expected a jury grid, found nothing"));
                continue;
            }
            if (grid.application() == null || grid.application().isBlank()) {
                problems.add(problem(path + ".application", "selection.grid-application-missing",
                        "missing (expected the name of the défi heard)"));
            } else if (!names.containsKey(DefiName.folded(grid.application()))) {
                problems.add(unknownDefi(path + ".application", grid.application()));
            } else if (graded.putIfAbsent(DefiName.folded(grid.application()), i) != null) {
                Integer first = graded.get(DefiName.folded(grid.application()));
                problems.add(problem(path + ".application", "selection.grid-twice", "expected one grid per défi, found a "
                        + "second one for \"" + grid.application() + "\" (grids[" + first + "])",
                        grid.application(), first));
            }
            boolean hasGroup = grid.group() != null && !grid.group().isBlank();
            if (!hasGroup) {
                problems.add(problem(path + ".group", "selection.group-missing",
                        "missing (expected the jury group that heard the défi)"));
            }
            if (grid.groupRank() == null) {
                problems.add(problem(path + ".groupRank", "selection.rank-missing", "missing (expected the défi's rank in "
                        + "its group, 1 = preferred)"));
            } else if (grid.groupRank() < 1) {
                problems.add(problem(path + ".groupRank", "selection.rank-below-one", "expected a rank of 1 or more "
                        + "(1 = preferred), found " + grid.groupRank(), grid.groupRank()));
            } else if (hasGroup) {
                Integer other = ranksInGroups.putIfAbsent(grid.group() + "\u0000" + grid.groupRank(), i);
                if (other != null) {
                    problems.add(problem(path + ".groupRank", "selection.rank-taken", "expected a rank no other défi of "
                            + "group " + grid.group() + " holds, found " + grid.groupRank() + ", also grids[" + other
                            + "]", grid.group(), grid.groupRank(), other));
                }
            }
            scores(grid.scores(), path + ".scores", scale, problems);
            if (grid.opinion() == null) {
                problems.add(problem(path + ".opinion", "selection.opinion-missing",
                        "missing (expected FAVOURABLE or UNFAVOURABLE)"));
            }
        }
    }

    private static void scores(List<Integer> scores, String path, JuryScale scale, List<InputProblem> problems) {
        if (scale == null) {
            return; // a promotion without a scale, or none: reported once, with the promotion
        }
        int criteria = scale.criteria();
        int lowest = scale.lowest();
        int highest = scale.highest();
        String expected = "expected " + criteria + " scores, criteria 1 to " + criteria
                + " in order, each from " + lowest + " to " + highest;
        if (scores == null) {
            problems.add(problem(path, "selection.scores-missing", "missing (" + expected + ")", criteria, lowest, highest));
            return;
        }
        if (scores.size() != criteria) {
            problems.add(problem(path, "selection.scores-count", expected + ", found " + scores.size() + " score(s)",
                    criteria, lowest, highest, scores.size()));
        }
        for (int c = 0; c < scores.size(); c++) {
            Integer score = scores.get(c);
            if (score == null) {
                problems.add(problem(path + "[" + c + "]", "selection.score-missing", "missing (expected the score of "
                        + "criterion " + (c + 1) + ", from " + lowest + " to " + highest + ")", c + 1, lowest, highest));
            } else if (score < lowest || score > highest) {
                problems.add(problem(path + "[" + c + "]", "selection.score-range", "expected a score from "
                        + lowest + " to " + highest + " (criterion " + (c + 1) + "), found " + score, c + 1, lowest,
                        highest, score));
            }
        }
    }
}
