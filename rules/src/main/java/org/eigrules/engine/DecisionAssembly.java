package org.eigrules.engine;

import org.eigrules.decision.Clauses;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
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
import java.util.TreeSet;

/**
 * Turns the rules' findings into the contract's decision. The verdict follows from the findings
 * alone: any failing clause makes it INELIGIBLE (completing the file could not change that), else
 * any missing field makes it INCOMPLETE. PIA money computed by the rules is granted only to an
 * ELIGIBLE application.
 */
final class DecisionAssembly {

    private static final int CENTS = 2;

    private DecisionAssembly() {
    }

    static Decision assemble(Application application, PromotionParameters parameters, Findings findings,
                             Messages messages) {
        List<Reason> reasons = new ArrayList<>(new LinkedHashSet<>(findings.failures().stream()
                .map(e -> new Reason(e.rule().clause(), messages.text(e.key(), e.args().toArray()), e.rule().source()))
                .toList()));
        reasons.sort(Comparator.comparing(Reason::clause, Clauses.ORDER));

        List<MissingField> missing = new ArrayList<>(new LinkedHashSet<>(findings.missingFields()));
        missing.sort(Comparator.comparing(MissingField::field).thenComparing(MissingField::clause, Clauses.ORDER));

        Verdict verdict = !reasons.isEmpty() ? Verdict.INELIGIBLE
                : !missing.isEmpty() ? Verdict.INCOMPLETE : Verdict.ELIGIBLE;

        TreeSet<String> priorities = new TreeSet<>(Clauses.ORDER);
        priorities.addAll(findings.priorities());

        return new Decision(application.challenge().name(), parameters.promotion(), verdict, reasons, missing,
                coFinancing(application, parameters, findings, messages, verdict, reasons, missing),
                List.copyOf(priorities), findings.rulesFired());
    }

    private static CoFinancing coFinancing(Application application, PromotionParameters parameters,
                                           Findings findings, Messages messages, Verdict verdict,
                                           List<Reason> reasons, List<MissingField> missing) {
        Funding funding = application.funding();
        FundingMode mode = funding == null ? null : funding.mode();
        BigDecimal total = funding == null || funding.totalEmployerCost() == null ? null
                : funding.totalEmployerCost().setScale(CENTS, RoundingMode.UNNECESSARY);
        List<Note> notes = new ArrayList<>(new LinkedHashSet<>(findings.notes().stream()
                .map(e -> new Note(e.rule().clause(), messages.text(e.key(), e.args().toArray())))
                .toList()));
        Findings.PiaGrant grant = findings.piaGrant();
        BigDecimal zero = BigDecimal.ZERO.setScale(CENTS);

        if (grant != null && verdict == Verdict.ELIGIBLE) {
            return new CoFinancing(mode, true, grant.recipient(), parameters.piaRate(),
                    grant.piaAmount().setScale(CENTS, RoundingMode.UNNECESSARY),
                    grant.hostAmount().setScale(CENTS, RoundingMode.UNNECESSARY), notes);
        }
        if (mode == FundingMode.PIA && verdict != Verdict.ELIGIBLE) {
            // The clause that kept the verdict from ELIGIBLE is the one that decided.
            String decidedBy = !reasons.isEmpty() ? reasons.get(0).clause() : missing.get(0).clause();
            notes.add(0, new Note(decidedBy, messages.text(
                    verdict == Verdict.INELIGIBLE ? "cofinancing.ineligible" : "cofinancing.incomplete")));
        }
        return new CoFinancing(mode, false, null, zero,
                total == null ? null : zero, total, notes);
    }
}
