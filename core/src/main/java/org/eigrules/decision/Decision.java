package org.eigrules.decision;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of evaluating one application: immutable, and equal for equal inputs.
 *
 * @param id          the application's own reference ({@code id} in the file), null when it has none
 * @param application the défi's name
 * @param promotion   the promotion whose rules were applied
 * @param verdict     ELIGIBLE, INELIGIBLE or INCOMPLETE
 * @param reasons     every failing clause, in clause order
 * @param missing     every missing field with the clause that needs it
 * @param implausible every value given but implausible (FIN-4), with the clause that finds it so
 * @param coFinancing what the PIA and the host pay
 * @param priorities  the priority clauses (PRI-*) the défi meets; they rank, never exclude
 * @param rulesFired  the names of the rules that applied, in firing order
 * @param titles      the title of every clause the decision cites, in French and English
 * @param remedies    what would satisfy each failing clause, each missing or implausible field and
 *                    each co-financing refusal, in the order of the problems
 */
public record Decision(
        String id,
        String application,
        int promotion,
        Verdict verdict,
        List<Reason> reasons,
        List<MissingField> missing,
        List<ImplausibleValue> implausible,
        CoFinancing coFinancing,
        List<String> priorities,
        List<String> rulesFired,
        Map<String, LocalizedText> titles,
        List<Remedy> remedies) {

    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(coFinancing, "coFinancing");
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        implausible = List.copyOf(implausible);
        titles = Map.copyOf(titles);
        priorities = List.copyOf(priorities);
        rulesFired = List.copyOf(rulesFired);
        remedies = List.copyOf(remedies);
    }

    /** A decision without remedies (built by hand, or by rules that name none). */
    public Decision(String id, String application, int promotion, Verdict verdict, List<Reason> reasons,
                    List<MissingField> missing, List<ImplausibleValue> implausible, CoFinancing coFinancing,
                    List<String> priorities, List<String> rulesFired, Map<String, LocalizedText> titles) {
        this(id, application, promotion, verdict, reasons, missing, implausible, coFinancing, priorities, rulesFired,
                titles, List.of());
    }

    /** A clause's title in a language, or its id when none is written. */
    public String title(String clause, Language language) {
        LocalizedText title = titles.get(clause);
        return title == null ? clause : title.in(language);
    }

    /** The ids of the failing clauses, in order, without repeats. */
    public List<String> failedClauses() {
        return reasons.stream().map(Reason::clause).distinct().toList();
    }
}
