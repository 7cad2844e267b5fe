package org.eigrules.engine;

import org.eigrules.ruleset.Messages;
import org.eigrules.decision.Clauses;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
import org.eigrules.decision.LocalizedText;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.eigrules.model.Funding;
import org.eigrules.model.FundingMode;
import org.eigrules.promotion.PromotionParameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the rules' findings into the contract's decision. The verdict follows from the findings
 * alone: any failing clause makes it INELIGIBLE (completing the file could not change that), else
 * any missing field or implausible value makes it INCOMPLETE. Money computed by the rules is
 * granted only to an ELIGIBLE application; when it is not granted, the rule that computed it is
 * not named among the rules that applied, and its notes are dropped.
 */
final class DecisionAssembly {

    private static final int CENTS = 2;
    /** The funder of a promotion whose parameters hold the PIA's rate (promotion 3). */
    static final String PIA = "PIA";

    private DecisionAssembly() {
    }

    static Decision assemble(Application application, PromotionParameters parameters, Findings findings,
                             Messages messages) {
        List<Reason> reasons = new ArrayList<>(new LinkedHashSet<>(findings.failures().stream()
                .map(e -> new Reason(e.rule().clause(), messages.text(e.key(), e.args().toArray()), e.rule().source()))
                .toList()));
        reasons.sort(Comparator.comparing(Reason::clause, Clauses.ORDER));

        List<MissingField> missing = new ArrayList<>(new LinkedHashSet<>(findings.missingFields().stream()
                .map(m -> new MissingField(m.field(), m.clause(), messages.fieldLabel(m.field())))
                .toList()));
        missing.sort(Comparator.comparing(MissingField::field).thenComparing(MissingField::clause, Clauses.ORDER));

        List<ImplausibleValue> implausible = new ArrayList<>(new LinkedHashSet<>(findings.implausibleValues().stream()
                .map(i -> new ImplausibleValue(i.field(), i.entry().rule().clause(), messages.fieldLabel(i.field()),
                        messages.text(i.entry().key(), i.entry().args().toArray())))
                .toList()));
        implausible.sort(Comparator.comparing(ImplausibleValue::field)
                .thenComparing(ImplausibleValue::clause, Clauses.ORDER));

        Verdict verdict = !reasons.isEmpty() ? Verdict.INELIGIBLE
                : !missing.isEmpty() || !implausible.isEmpty() ? Verdict.INCOMPLETE : Verdict.ELIGIBLE;

        TreeSet<String> priorities = new TreeSet<>(Clauses.ORDER);
        priorities.addAll(findings.priorities());

        Findings.PiaGrant grant = findings.piaGrant();
        // A request of nothing grants nothing: no recipient, the host pays the whole cost (FIN-3).
        boolean granted = grant != null && verdict == Verdict.ELIGIBLE && grant.piaAmount().signum() > 0;
        CoFinancing coFinancing = coFinancing(application, parameters, findings, messages, verdict, reasons,
                missing, implausible, granted);
        List<String> rulesFired = findings.rulesFired().stream()
                .filter(rule -> granted || grant == null || !rule.equals(grant.rule().rule()))
                .toList();

        Map<String, LocalizedText> titles = new TreeMap<>(Clauses.ORDER);
        reasons.forEach(r -> title(titles, messages, r.clause()));
        missing.forEach(m -> title(titles, messages, m.clause()));
        implausible.forEach(i -> title(titles, messages, i.clause()));
        coFinancing.notes().forEach(n -> title(titles, messages, n.clause()));
        priorities.forEach(p -> title(titles, messages, p));

        return new Decision(application.id(), application.challenge().name(), parameters.promotion(), verdict,
                reasons, missing, implausible, coFinancing, List.copyOf(priorities), rulesFired, titles);
    }

    private static void title(Map<String, LocalizedText> titles, Messages messages, String clause) {
        LocalizedText title = messages.clauseTitles(clause);
        if (title != null) {
            titles.put(clause, title);
        }
    }

    private static CoFinancing coFinancing(Application application, PromotionParameters parameters,
                                           Findings findings, Messages messages, Verdict verdict,
                                           List<Reason> reasons, List<MissingField> missing,
                                           List<ImplausibleValue> implausible, boolean granted) {
        Funding funding = application.funding();
        // PIA is promotion 3's name for CO_FINANCED: a decision echoes the contract's one name.
        FundingMode mode = funding == null || funding.mode() == null ? null : funding.mode().canonical();
        BigDecimal total = funding == null || funding.totalEmployerCost() == null ? null
                : funding.totalEmployerCost().setScale(CENTS, RoundingMode.UNNECESSARY);
        Findings.PiaGrant grant = findings.piaGrant();
        String funder = parameters.piaRate() == null ? null : PIA;
        BigDecimal rate = parameters.piaRate();
        List<Note> notes = new ArrayList<>(new LinkedHashSet<>(findings.notes().stream()
                // A grant rule's remarks (a capped request) hold only if its money is granted.
                .filter(e -> granted || grant == null || e.rule() != grant.rule())
                .map(e -> new Note(e.rule().clause(), messages.text(e.key(), e.args().toArray())))
                .toList()));
        BigDecimal zero = BigDecimal.ZERO.setScale(CENTS);

        if (granted) {
            return new CoFinancing(mode, funder, true, grant.recipient(), rate,
                    grant.piaAmount().setScale(CENTS, RoundingMode.UNNECESSARY),
                    grant.hostAmount().setScale(CENTS, RoundingMode.UNNECESSARY), notes);
        }
        if (grant != null && verdict == Verdict.ELIGIBLE) {
            notes.add(0, new Note(grant.rule().clause(), messages.text("cofinancing.nothing-requested")));
        }
        // Co-financing asked for, or not said (the mode is missing): the clause that kept the
        // verdict from ELIGIBLE is the one that decided.
        if ((mode == null || mode == FundingMode.CO_FINANCED) && verdict != Verdict.ELIGIBLE) {
            // The clause that kept the verdict from ELIGIBLE is the one that decided.
            String decidedBy = !reasons.isEmpty() ? reasons.get(0).clause()
                    : !missing.isEmpty() ? missing.get(0).clause() : implausible.get(0).clause();
            notes.add(0, new Note(decidedBy, messages.text(
                    verdict == Verdict.INELIGIBLE ? "cofinancing.ineligible" : "cofinancing.incomplete")));
        }
        return new CoFinancing(mode, funder, false, null, rate, total == null ? null : zero, total, notes);
    }
}
