package org.eigrules.engine.candidacy;

import org.eigrules.ruleset.CandidateRule;

import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDecision;

import org.eigrules.engine.GuardedRun;
import org.eigrules.evaluation.EvaluationException;
import org.eigrules.evaluation.EvaluationLimits;
import org.eigrules.decision.Clauses;
import org.eigrules.decision.Language;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Reason;
import org.eigrules.decision.Verdict;
import org.eigrules.ruleset.CompiledRuleBase;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the calls for candidates ({@code org/eigrules/candidates/candidates.drl}), compiled
 * to the executable model when the library was built, in a rule base of their own: no défi rule
 * sees a candidacy and no candidate rule sees an application. Thread-safe.
 */
public final class CandidateRules {

    /** The package of the candidates' rule file. */
    public static final String PACKAGE = org.eigrules.ruleset.PolicyLayout.CANDIDACIES.rulePackage();
    private static final String FINDINGS = "findings";
    private static final Pattern FAILS = Pattern.compile("findings\\.fail\\(");

    // As for the défi rules: one rule base per promotion, holding only the rules that apply to it,
    // made on first use, with its pool of sessions reused and reset between candidacies.
    private final org.eigrules.ruleset.CompiledRules compiled;
    private final Map<Integer, Promotion> byPromotion = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, CandidateRule> byName = new java.util.HashMap<>();
    // One listener for every session: the findings it stamps are the session's global.
    private final DefaultAgendaEventListener stamp = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            CandidateFindings findings = (CandidateFindings) event.getKieRuntime().getGlobal(FINDINGS);
            findings.guard.beforeMatchFired(event); // first: it names the rules fired when one fails
            CandidateRule rule = findings.rules.get(event.getMatch().getRule());
            findings.firing(rule.rule(), rule.clause(), rule.source());
        }
    };
    private final List<CandidateRule> rules;
    // A rule folder's rules, untrusted: they fire on a worker thread the caller stops waiting for.
    private final boolean watched;
    private final CandidateMessages messages = BuiltInMessages.MESSAGES;

    /** One promotion's candidates' rules: their rule base's sessions, and each rule's description. */
    private record Promotion(org.kie.api.runtime.KieSessionsPool sessions, Map<Rule, CandidateRule> rules) {
    }

    private Promotion promotion(int number) {
        return byPromotion.computeIfAbsent(number, n -> {
            KieBase base = compiled.ruleBase(rule -> PACKAGE.equals(rule.packageName())
                    && byName.get(rule.name()).appliesTo(n));
            Map<Rule, CandidateRule> rules = new IdentityHashMap<>();
            base.getKiePackages().forEach(p -> p.getRules().forEach(rule -> rules.put(rule, byName.get(rule.getName()))));
            return new Promotion(base.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), rules);
        });
    }

    private CandidateRules(org.eigrules.ruleset.CompiledRules compiled, String drl,
                           java.util.Collection<Integer> known, boolean watched) {
        this.compiled = compiled;
        this.watched = watched;
        List<CandidateRule> all = new ArrayList<>();
        for (org.eigrules.ruleset.CompiledRules.Declared rule : compiled.rules()) {
            if (!PACKAGE.equals(rule.packageName())) {
                continue; // a folder compiles every decision's rules together
            }
            CandidateRule described = describe(rule.name(), rule.metaData(), drl, known);
            byName.put(rule.name(), described);
            all.add(described);
        }
        // In the rule file's order, which is the clauses' order.
        all.sort(Comparator.comparingInt(r -> drl.indexOf("rule \"" + r.rule() + "\"")));
        this.rules = List.copyOf(all);
    }

    /** The built-in candidates' rules; the first call loads them. */
    public static CandidateRules builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final CandidateRules INSTANCE = new CandidateRules(
                org.eigrules.ruleset.CompiledRules.of(CompiledRuleBase.models(PACKAGE)), ruleFileText(),
                org.eigrules.ruleset.RuleSet.builtIn().parameters().keySet(), false);
    }

    /**
     * The candidates' rules of a rule author's folder: the rules of {@link #PACKAGE} among those it
     * compiled.
     *
     * @param compiled the folder's compiled rules
     * @param drl      the text of the folder's candidates' rule files, for each rule's line and findings
     * @param known    the promotions the folder has parameter files for
     */
    public static CandidateRules of(org.eigrules.ruleset.CompiledRules compiled, String drl,
                                    java.util.Collection<Integer> known) {
        return new CandidateRules(compiled, drl, known, true);
    }

    /** Every candidates' rule, in the rule file's order. */
    public List<CandidateRule> rules() {
        return rules;
    }

    /** The keys of the candidates' messages one language defines. */
    public static java.util.Set<String> messageKeys(Language language) {
        return BuiltInMessages.MESSAGES.keys(language);
    }

    private static final class BuiltInMessages {
        static final CandidateMessages MESSAGES = new CandidateMessages();
    }

    /** A clause's title in a language, or null when none is written. */
    public String clauseTitle(String clause, Language language) {
        return messages.clauseTitle(clause, language);
    }

    /**
     * Decides a well-formed candidacy, citing each source as a rule set's {@code citations} do,
     * within the limits; a rule folder's rules run as its défi rules do, on a worker thread.
     *
     * @throws EvaluationException when a rule fails, or a limit is passed
     */
    public CandidacyDecision evaluate(Candidacy candidacy, CandidateParameters parameters,
                                      org.eigrules.ruleset.Citations citations, EvaluationLimits limits) {
        Promotion rules = promotion(parameters.promotion());
        KieSession session = rules.sessions().newKieSession();
        GuardedRun firing = new GuardedRun(session, limits, "a candidates' rule");
        CandidateFindings findings = new CandidateFindings(rules.rules(), firing);
        firing.run(() -> {
            session.setGlobal(FINDINGS, findings);
            if (!session.getAgendaEventListeners().contains(stamp)) {
                session.addEventListener(stamp);
            }
            session.insert(parameters);
            session.insert(candidacy);
            session.fireAllRules();
        }, watched);
        // Repeats are dropped by what a text is written from: the texts are written only when read.
        Map<List<Object>, Reason> distinct = new java.util.LinkedHashMap<>();
        findings.failures().forEach(f -> distinct.computeIfAbsent(Arrays.asList(f.clause(), f.key(), f.args(), f.source()),
                k -> new Reason(f.clause(), messages.text(f.key(), f.args().toArray()),
                        citations.cite(f.source(), parameters.promotion()))));
        List<Reason> reasons = new ArrayList<>(distinct.values());
        reasons.sort(Comparator.comparing(Reason::clause, Clauses.ORDER));
        reasons = Reason.onePerClause(reasons);
        List<MissingField> missing = new ArrayList<>(new java.util.LinkedHashSet<>(findings.missingFields()));
        missing.sort(Comparator.comparing(MissingField::field).thenComparing(MissingField::clause, Clauses.ORDER));
        Verdict verdict = !reasons.isEmpty() ? Verdict.INELIGIBLE
                : !missing.isEmpty() ? Verdict.INCOMPLETE : Verdict.ELIGIBLE;
        String candidate = candidacy.applicant() == null ? null : candidacy.applicant().name();
        List<org.eigrules.decision.Remedy> remedies = new ArrayList<>();
        findings.remedies().forEach(r -> remedies.add(new org.eigrules.decision.Remedy(r.clause(), r.field(),
                r.values().stream().map(org.eigrules.decision.Remedy::inContractForm).toList(),
                messages.text(r.key(), r.args().toArray()))));
        missing.forEach(m -> remedies.add(new org.eigrules.decision.Remedy(m.clause(), m.field(), List.of(),
                messages.text("remedy.missing", m.field(), m.field()))));
        remedies.sort(Comparator.comparing(org.eigrules.decision.Remedy::clause, Clauses.ORDER)
                .thenComparing(org.eigrules.decision.Remedy::field));
        return new CandidacyDecision(candidate, parameters.promotion(), verdict, reasons, missing, findings.rulesFired(),
                remedies);
    }

    private static CandidateRule describe(String name, Map<String, Object> meta, String drl,
                                          java.util.Collection<Integer> known) {
        Object clause = meta.get("clause");
        Object promotions = meta.get("promotions");
        Object source = meta.get("source");
        if (clause == null || promotions == null || source == null) {
            throw new IllegalStateException("candidates' rule \"" + name
                    + "\" lacks its @clause, @promotions or @source");
        }
        org.eigrules.ruleset.PromotionRange range;
        try {
            range = org.eigrules.ruleset.PromotionRange.parse(unquoted(promotions.toString()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("candidates' rule \"" + name + "\": @" + e.getMessage());
        }
        int start = drl.indexOf("rule \"" + name + "\"");
        int end = start < 0 ? -1 : drl.indexOf("\nend", start);
        boolean canFail = start >= 0 && end > start && FAILS.matcher(drl.substring(start, end)).find();
        int line = start < 0 ? 0 : (int) drl.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        return new CandidateRule(name, unquoted(clause.toString()),
                org.eigrules.ruleset.RuleMetadata.served(range, known), unquoted(source.toString()), canFail, line, range);
    }

    // Rules compiled at run time (a folder's) keep the quotes of @clause("CND-1"); built ones do not.
    private static String unquoted(String text) {
        String stripped = text.strip();
        return stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
                ? stripped.substring(1, stripped.length() - 1).strip() : stripped;
    }

    private static String ruleFileText() {
        String name = "/" + CandidateRule.FILE;
        try (var in = CandidateRules.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
