package org.eigrules.engine;

import org.eigrules.ruleset.Messages;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.decision.Clauses;
import org.eigrules.decision.AmountRange;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
import org.eigrules.decision.LocalizedText;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;
import org.eigrules.decision.Remedy;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.eigrules.model.ExperienceBand;
import org.eigrules.model.Funding;
import org.eigrules.model.FundingMode;
import org.eigrules.promotion.Funder;
import org.eigrules.promotion.PromotionParameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
    private static final Comparator<RuleMetadata> WRITTEN_ORDER =
            Comparator.comparing(RuleMetadata::file).thenComparingInt(RuleMetadata::line);
    /** The funder of a promotion whose parameters hold the PIA's rate (promotion 3). */
    static final String PIA = "PIA";

    private DecisionAssembly() {
    }

    static Decision assemble(Application application, PromotionParameters parameters, Findings findings,
                             Messages messages, org.eigrules.ruleset.Citations citations) {
        // Repeats are dropped by what a text is written from, never by the text, which is written
        // only when read (Messages.text).
        List<Reason> reasons = new ArrayList<>(distinct(findings.failures(),
                e -> Arrays.asList(e.rule().clause(), e.key(), e.args(), citations.cite(e.rule().source(), parameters.promotion())),
                e -> new Reason(e.rule().clause(), messages.text(e.key(), e.args().toArray()),
                        citations.cite(e.rule().source(), parameters.promotion()))));
        reasons.sort(Comparator.comparing(Reason::clause, Clauses.ORDER));
        reasons = Reason.onePerClause(reasons);

        List<MissingField> missing = new ArrayList<>(distinct(findings.missingFields(),
                m -> Arrays.asList(m.field(), m.clause()),
                m -> new MissingField(m.field(), m.clause(), messages.fieldLabel(m.field()))));
        missing.sort(Comparator.comparing(MissingField::field).thenComparing(MissingField::clause, Clauses.ORDER));

        List<ImplausibleValue> implausible = new ArrayList<>(distinct(findings.implausibleValues(),
                i -> Arrays.asList(i.field(), i.entry().rule().clause(), i.entry().key(), i.entry().args()),
                i -> new ImplausibleValue(i.field(), i.entry().rule().clause(), messages.fieldLabel(i.field()),
                        messages.text(i.entry().key(), i.entry().args().toArray()))));
        implausible.sort(Comparator.comparing(ImplausibleValue::field)
                .thenComparing(ImplausibleValue::clause, Clauses.ORDER));

        Verdict verdict = !reasons.isEmpty() ? Verdict.INELIGIBLE
                : !missing.isEmpty() || !implausible.isEmpty() ? Verdict.INCOMPLETE : Verdict.ELIGIBLE;

        TreeSet<String> priorities = new TreeSet<>(Clauses.ORDER);
        priorities.addAll(findings.priorities());

        Findings.PiaGrant grant = findings.piaGrant();
        // A request of nothing grants nothing: no recipient, the host pays the whole cost (FIN-3).
        boolean granted = grant != null && verdict == Verdict.ELIGIBLE
                && (grant.piaAmount() == null || grant.piaAmount().signum() > 0);
        CoFinancing coFinancing = coFinancing(application, parameters, findings, messages, verdict, reasons,
                missing, implausible, granted);
        // In the order the rules are written (files by name, then line), not the order they fired
        // in: among rules of equal salience that order is the engine's, and it differs between a
        // rule base compiled when the library is built and a folder compiled when it is loaded.
        List<String> rulesFired = findings.rulesFired().stream()
                .filter(rule -> granted || grant == null || !rule.rule().equals(grant.rule().rule()))
                .sorted(WRITTEN_ORDER)
                .map(RuleMetadata::rule)
                .toList();

        Map<String, LocalizedText> titles = new TreeMap<>(Clauses.ORDER);
        reasons.forEach(r -> title(titles, messages, r.clause()));
        missing.forEach(m -> title(titles, messages, m.clause()));
        implausible.forEach(i -> title(titles, messages, i.clause()));
        coFinancing.notes().forEach(n -> title(titles, messages, n.clause()));
        priorities.forEach(p -> title(titles, messages, p));

        List<Remedy> remedies = remedies(application, parameters, findings, messages, missing, granted, grant, verdict);
        return new Decision(application.id(), application.challenge().name(), parameters.promotion(), verdict,
                reasons, missing, implausible, coFinancing, List.copyOf(priorities), rulesFired, titles, remedies);
    }

    /**
     * What would satisfy each problem: the rules' remedies (kept with their rule's failure,
     * implausible value or note), one per missing field, and a request of nothing; in clause order,
     * then by field.
     */
    private static List<Remedy> remedies(Application application, PromotionParameters parameters, Findings findings,
                                         Messages messages, List<MissingField> missing, boolean granted,
                                         Findings.PiaGrant grant, Verdict verdict) {
        List<Remedy> sorted = distinct(findings.remedies().stream()
                        .filter(r -> granted || grant == null || r.rule() != grant.rule()).toList(),
                r -> Arrays.asList(r.rule().clause(), r.field(), r.values().stream().map(Remedy::inContractForm).toList(),
                        r.key(), r.args()),
                r -> new Remedy(r.rule().clause(), r.field(), r.values().stream().map(Remedy::inContractForm).toList(),
                        messages.text(r.key(), r.args().toArray())));
        for (MissingField m : missing) {
            LocalizedText label = m.label();
            // The label is written only when the remedy is read.
            sorted.add(new Remedy(m.clause(), m.field(), List.of(), label == null
                    ? messages.text("remedy.missing", m.field(), m.field())
                    : LocalizedText.lazily(language -> messages.text("remedy.missing", label.fr(), label.en())
                    .in(language))));
        }
        if (grant != null && !granted && verdict == Verdict.ELIGIBLE && application.funding() != null) {
            BigDecimal share = parameters.shareOf(application.funding());
            sorted.add(new Remedy(grant.rule().clause(), application.funding().requestedPath(), List.of(),
                    messages.text("remedy.nothing-requested", funderWordsOf(parameters),
                            share == null ? BigDecimal.ZERO : share)));
        }
        sorted.sort(Comparator.comparing(Remedy::clause, Clauses.ORDER).thenComparing(Remedy::field));
        return sorted;
    }

    private static Object funderWordsOf(PromotionParameters parameters) {
        return parameters.funder() != null ? parameters.funder() : Funder.PIA;
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
        Findings.PiaGrant grant = findings.piaGrant();
        String funder = funderOf(parameters);
        BigDecimal rate = parameters.piaRate() != null ? parameters.piaRate()
                : parameters.grantMonths() != null && parameters.contractMonths() != null ? parameters.grantRate() : null;
        Object funderWords = funderWordsOf(parameters);
        List<Note> notes = new ArrayList<>(distinct(findings.notes().stream()
                        // A grant rule's remarks (a capped request) hold only if its money is granted.
                        .filter(e -> granted || grant == null || e.rule() != grant.rule()).toList(),
                e -> Arrays.asList(e.rule().clause(), e.key(), e.args()),
                e -> new Note(e.rule().clause(), messages.text(e.key(), e.args().toArray()))));
        BigDecimal zero = BigDecimal.ZERO.setScale(CENTS);

        if (granted) {
            return new CoFinancing(mode, funder, true, grant.recipient(), rate, cents(grant.piaAmount()),
                    cents(grant.hostAmount()), notes, grant.grantRange(), grant.hostRange());
        }
        if (grant != null && verdict == Verdict.ELIGIBLE) {
            notes.add(0, new Note(grant.rule().clause(), messages.text("cofinancing.nothing-requested", funderWords)));
        }
        // Co-financing asked for, or not said (the mode is missing): the clause that kept the
        // verdict from ELIGIBLE is the one that decided.
        if ((mode == null || mode == FundingMode.CO_FINANCED) && verdict != Verdict.ELIGIBLE) {
            String decidedBy = !reasons.isEmpty() ? reasons.get(0).clause()
                    : !missing.isEmpty() ? missing.get(0).clause() : implausible.get(0).clause();
            notes.add(0, new Note(decidedBy, messages.text(
                    verdict == Verdict.INELIGIBLE ? "cofinancing.ineligible" : "cofinancing.incomplete", funderWords)));
        }
        // Nothing granted: the host pays the whole total, itself a range while a promotion 5
        // file's bands are not all stated.
        if (parameters.netMonthlySalaryUpTo5Years() != null) {
            if (funding != null && application.everyBandStated()) {
                // Every band stated: only the costs of those bands count, and the total is exact.
                BigDecimal total = application.employerCostWithBands(ExperienceBand.UP_TO_5_YEARS);
                return new CoFinancing(mode, funder, false, null, rate, total == null ? null : zero, total, notes);
            }
            BigDecimal least = funding == null || funding.cheaperBand() == null ? null
                    : application.employerCostWithBands(funding.cheaperBand());
            BigDecimal most = least == null ? null : application.employerCostWithBands(funding.dearerBand());
            if (least == null || most == null) {
                return new CoFinancing(mode, funder, false, null, rate, null, null, notes);
            }
            if (least.compareTo(most) == 0) {
                return new CoFinancing(mode, funder, false, null, rate, zero, least, notes);
            }
            return new CoFinancing(mode, funder, false, null, rate, zero, null, notes, null,
                    new AmountRange(least, most));
        }
        BigDecimal total = funding == null || funding.totalEmployerCost() == null ? null
                : funding.totalEmployerCost().setScale(CENTS, RoundingMode.UNNECESSARY);
        return new CoFinancing(mode, funder, false, null, rate, total == null ? null : zero, total, notes);
    }

    /** One item made from each entry, the first of the entries that share an identity. */
    private static <E, T> List<T> distinct(List<E> entries, java.util.function.Function<E, List<Object>> identity,
                                           java.util.function.Function<E, T> item) {
        if (entries.size() < 2) { // nothing to drop: no identity to build
            List<T> one = new ArrayList<>(entries.size());
            entries.forEach(entry -> one.add(item.apply(entry)));
            return one;
        }
        Map<List<Object>, T> items = new java.util.LinkedHashMap<>();
        for (E entry : entries) {
            items.computeIfAbsent(identity.apply(entry), k -> item.apply(entry));
        }
        return new ArrayList<>(items.values());
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(CENTS, RoundingMode.UNNECESSARY);
    }

    /** The contract's name of the promotion's funder: its parameter, else the PIA where a PIA rate is set. */
    static String funderOf(PromotionParameters parameters) {
        return parameters.funder() != null ? parameters.funder().name() : parameters.piaRate() == null ? null : PIA;
    }
}
