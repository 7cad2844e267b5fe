package org.eigrules.engine.selection;

import org.eigrules.decision.Decision;
import org.eigrules.ruleset.CompiledRuleBase;
import org.eigrules.model.Application;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.selection.Envelope;
import org.eigrules.selection.JuryGrid;
import org.eigrules.selection.NotRankedDefi;
import org.eigrules.selection.RankedDefi;
import org.eigrules.selection.SelectionInput;
import org.eigrules.selection.SelectionResult;
import org.eigrules.selection.Status;
import org.eigrules.selection.Totals;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the selection rules ({@code selection.drl}) over a promotion's decisions and grids at once,
 * and assembles the result. Thread-safe: the rule base is shared and read-only, each selection gets
 * its own session.
 */
public final class SelectionRules {

    /** The rule package of the selection rules, compiled into their own rule base. */
    public static final String PACKAGE = org.eigrules.ruleset.PolicyLayout.SELECTION.rulePackage();
    static final String GLOBAL = "placement";

    /**
     * What a selection rule declares about itself.
     *
     * @param promotions the promotions it serves among those the built-in parameter files give
     *                   (an open range serves every later one too, see {@link #range})
     * @param range      the promotions it serves, as its {@code @promotions} writes them
     */
    public record Metadata(String rule, String clause, Set<Integer> promotions, String source,
                           org.eigrules.ruleset.PromotionRange range) {
        /** The rule described as the défi rules are, for the public API and the documentation. */
        public org.eigrules.ruleset.RuleMetadata described() {
            return new org.eigrules.ruleset.RuleMetadata(rule, clause, promotions, source,
                    org.eigrules.ruleset.PolicyLayout.SELECTION.resource() + "selection.drl", 0, "", java.util.List.of(), Set.of(), range);
        }

        /** Whether the rule serves a promotion. */
        public boolean appliesTo(int promotion) {
            return range.contains(promotion);
        }
    }

    // As for the défi and candidates' rules: one rule base per promotion, holding only the rules
    // that serve it, built on first selection (a folder read for review lists its rules and never
    // builds them), with its pool of sessions reused and reset between selections.
    private final org.eigrules.ruleset.CompiledRules compiled;
    private final Map<Integer, org.kie.api.runtime.KieSessionsPool> byPromotion =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Metadata> metadata = new HashMap<>();
    private final SelectionMessages messages = SelectionMessages.builtIn();
    // A rule folder's rules, untrusted: they fire on a worker thread the caller stops waiting for.
    private final boolean watched;

    private SelectionRules(org.eigrules.ruleset.CompiledRules compiled, java.util.Collection<Integer> known,
                           boolean watched) {
        this.compiled = compiled;
        this.watched = watched;
        compiled.rules().stream().filter(rule -> PACKAGE.equals(rule.packageName()))
                .forEach(r -> metadata.put(r.name(), metadata(r.name(), r.metaData(), known)));
    }

    // One listener for every pooled session: the placement it stamps is the session's global.
    private final DefaultAgendaEventListener stamp = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Placement placement = (Placement) event.getKieRuntime().getGlobal(GLOBAL);
            placement.guard.beforeMatchFired(event); // first: it names the rules fired when one fails
            Metadata rule = metadata.get(event.getMatch().getRule().getName());
            placement.firing(rule.rule(), rule.clause());
        }
    };

    private org.kie.api.runtime.KieSessionsPool sessions(int promotion) {
        return byPromotion.computeIfAbsent(promotion, n -> compiled.ruleBase(rule -> PACKAGE.equals(rule.packageName())
                && metadata.get(rule.name()).appliesTo(n)).newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
    }

    private static final class BuiltIn {
        static final SelectionRules INSTANCE = new SelectionRules(
                org.eigrules.ruleset.CompiledRules.of(CompiledRuleBase.models(PACKAGE)),
                org.eigrules.ruleset.RuleSet.builtIn().parameters().keySet(), false);
    }

    /**
     * The selection rules of a rule author's folder: the rules of {@link #PACKAGE} among those it
     * compiled; {@code known} are the promotions it has parameter files for.
     */
    public static SelectionRules of(org.eigrules.ruleset.CompiledRules compiled, java.util.Collection<Integer> known) {
        return new SelectionRules(compiled, known, true);
    }

    /** The selection rules compiled when the library was built. */
    public static SelectionRules builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Whether some selection rule serves a promotion. */
    public boolean serves(int promotion) {
        return metadata.values().stream().anyMatch(rule -> rule.appliesTo(promotion));
    }

    /** Every selection rule with its metadata, by name. */
    public List<Metadata> rules() {
        return metadata.values().stream().sorted(Comparator.comparing(Metadata::rule)).toList();
    }

    private static Metadata metadata(String name, Map<String, Object> metaData, java.util.Collection<Integer> known) {
        org.eigrules.ruleset.PromotionRange range;
        try {
            range = org.eigrules.ruleset.PromotionRange.parse(text(name, metaData, "promotions"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("selection rule \"" + name + "\": @" + e.getMessage());
        }
        Set<Integer> promotions = org.eigrules.ruleset.RuleMetadata.served(range, known);
        return new Metadata(name, text(name, metaData, "clause"), promotions, text(name, metaData, "source"), range);
    }

    private static String text(String name, Map<String, Object> metaData, String key) {
        Object value = metaData.get(key);
        if (value == null) {
            throw new IllegalStateException("selection rule \"" + name + "\" has no @" + key);
        }
        String text = value.toString().strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    /**
     * Selects among a promotion's well-formed applications and valid grids.
     *
     * @param parameters   the promotion's parameters: its envelope, when it has one
     * @param applications the applications, in the selection's order
     * @param decisions    their decisions, in the same order
     * @param grids        the grids, each naming one application
     * @param selected     the decided selection's names, or null
     * @param limits       the limits of one evaluation; the selection's firing limit is theirs times
     *                     the number of défis
     * @throws org.eigrules.evaluation.EvaluationException when a rule fails, or a limit is passed
     */
    public SelectionResult select(PromotionParameters parameters, List<Application> applications,
                                  List<Decision> decisions, List<JuryGrid> grids, List<String> selected,
                                  org.eigrules.evaluation.EvaluationLimits limits) {
        Map<String, JuryGrid> gridByName = new HashMap<>();
        grids.forEach(g -> gridByName.put(g.application(), g));
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Candidate> byName = new HashMap<>();
        for (int i = 0; i < applications.size(); i++) {
            Application application = applications.get(i);
            Decision decision = decisions.get(i);
            String name = SelectionInput.nameOf(application);
            Candidate candidate = Candidate.of(name, decision, gridByName.get(name), ProgrammeMoney.of(decision),
                    ProgrammeMoney.hostOf(decision), application.eigCount());
            candidates.add(candidate);
            byName.put(name, candidate);
        }
        BigDecimal envelope = parameters.envelope();
        KieSession session = sessions(parameters.promotion()).newKieSession();
        org.eigrules.engine.GuardedRun firing = new org.eigrules.engine.GuardedRun(session,
                limits.overInputs(candidates.size()), "a selection rule");
        Placement placement = new Placement(messages, firing);
        firing.run(() -> {
            session.setGlobal(GLOBAL, placement);
            if (!session.getAgendaEventListeners().contains(stamp)) {
                session.addEventListener(stamp);
            }
            if (envelope != null) {
                session.insert(new EnvelopeAmount(envelope));
            }
            candidates.forEach(session::insert);
            if (selected != null) {
                selected.forEach(name -> session.insert(new Chosen(byName.get(name))));
            }
            session.fireAllRules();
        }, watched);
        return assemble(parameters, candidates, selected == null ? null : selected.stream().map(byName::get).toList(),
                placement);
    }

    private static SelectionResult assemble(PromotionParameters parameters, List<Candidate> candidates,
                                            List<Candidate> chosen, Placement placement) {
        List<Candidate> ranked = candidates.stream().filter(c -> placement.rank(c) != null)
                .sorted(Comparator.comparing(placement::rank).thenComparing(Candidate::name)).toList();
        List<RankedDefi> ranking = new ArrayList<>();
        BigDecimal cumulated = BigDecimal.ZERO.setScale(2);
        List<Candidate> covered = new ArrayList<>();
        for (Candidate c : ranked) {
            Status status = placement.status(c);
            if (status == null) {
                throw new IllegalStateException("no selection rule placed " + c.name());
            }
            if (status == Status.COVERED) {
                cumulated = cumulated.add(c.money());
                covered.add(c);
            }
            ranking.add(new RankedDefi(c.name(), placement.rank(c), c.grid(), status, c.money(), c.host(), c.eigs(),
                    cumulated, c.decision(), placement.why(c)));
        }
        List<NotRankedDefi> notRanked = new ArrayList<>();
        for (Candidate c : candidates) {
            if (placement.rank(c) == null) {
                if (placement.notRankedWhy(c) == null) {
                    throw new IllegalStateException("no selection rule ranked or left out " + c.name());
                }
                notRanked.add(new NotRankedDefi(c.name(), c.decision(), c.grid(), placement.notRankedWhy(c)));
            }
        }
        List<List<String>> ties = new ArrayList<>();
        for (Candidate c : ranked) {
            Set<Candidate> partners = placement.tiedWith(c);
            if (!partners.isEmpty() && ties.stream().noneMatch(t -> t.contains(c.name()))) {
                List<String> tie = new ArrayList<>();
                tie.add(c.name());
                partners.forEach(p -> tie.add(p.name()));
                tie.sort(Comparator.naturalOrder());
                ties.add(tie);
            }
        }
        Totals totals = totals(covered);
        Envelope envelope = null;
        if (parameters.envelope() != null) {
            Parameter parameter = parameters.parameters().get(ENVELOPE_KEY);
            envelope = new Envelope(parameters.envelope(), totals.grantAmount(),
                    parameters.envelope().subtract(totals.grantAmount()), parameter.label(), parameter.source());
        }
        return new SelectionResult(parameters.promotion(), ranking, notRanked, ties, envelope, totals,
                chosen == null ? null : totals(chosen), placement.checks(), placement.notes(), placement.rulesFired());
    }

    /** The parameter key of the envelope in a promotion's parameter file. */
    public static final String ENVELOPE_KEY = "envelope";

    private static Totals totals(List<Candidate> defis) {
        BigDecimal money = BigDecimal.ZERO.setScale(2);
        BigDecimal host = BigDecimal.ZERO.setScale(2);
        int eigs = 0;
        for (Candidate c : defis) {
            money = money.add(c.money());
            host = c.host() == null ? host : host.add(c.host());
            eigs += c.eigs();
        }
        return new Totals(defis.size(), eigs, money, host);
    }
}
