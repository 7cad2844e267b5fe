package org.eigrules.evaluation;

import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.decision.Clauses;
import org.eigrules.decision.Decision;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The trace of one evaluation: each rule that fired, in order, with the facts it matched and the
 * parameter values it read, and the status of every clause of the promotion.
 *
 * @param decision the decision
 * @param firings  the rules that fired, in order
 * @param clauses  every clause the promotion's rules implement, with its status, in clause order
 * @param facts    for every clause, the facts that decided it: the values its rules' conditions name,
 *                 as the application gives them ({@code Challenge.durationMonths = 14}; an absent value
 *                 is {@code null}), in clause order
 */
public record Explanation(Decision decision, List<Firing> firings, Map<String, ClauseStatus> clauses,
                          Map<String, Map<String, Object>> facts) {

    /** Where a clause stands after the evaluation. */
    public enum ClauseStatus {
        /** The clause is met: the facts given make it hold. */
        PASSED,
        /** The clause fails: a reason cites it. */
        FAILED,
        /** The facts given do not decide it: a field it needs is missing, or a value is implausible. */
        UNDECIDED,
        /** A priority the défi meets. */
        MET,
        /** A priority the défi does not meet. */
        NOT_MET,
        /** A co-financing clause that holds and that a note cites: it decided who pays. */
        NOTED
    }

    /**
     * One rule's firing.
     *
     * @param rule  the rule
     * @param facts the facts it matched, in pattern order
     */
    public record Firing(RuleMetadata rule, List<Object> facts) {

        /**
         * The facts' values that the rule's condition names — fields, and derived values such as
         * {@code distinctTeamRoles()} — as {@code Type.name = value}: the facts it read.
         */
        public Map<String, Object> valuesRead() {
            return valuesNamedBy(rule, facts);
        }

        private static Object invoke(Method method, Object fact) {
            try {
                return method.invoke(fact);
            } catch (ReflectiveOperationException e) {
                return "(unreadable)";
            }
        }

        /** The parameter values the rule read, with their labels and sources. */
        public List<Parameter> parametersRead(PromotionParameters parameters) {
            List<Parameter> read = new ArrayList<>();
            for (String key : rule.parameters()) {
                Parameter parameter = parameters.parameters().get(key);
                if (parameter != null) {
                    read.add(parameter);
                }
            }
            return read;
        }

        /** The values of {@code facts} that {@code rule}'s condition names, as {@code Type.name = value}. */
        static Map<String, Object> valuesNamedBy(RuleMetadata rule, List<?> facts) {
            Map<String, Object> values = new LinkedHashMap<>();
            // Several facts of one type (the EIGs) are told apart by their position: Eig[1].profile.
            Map<Class<?>, Integer> counts = new java.util.HashMap<>();
            facts.forEach(f -> counts.merge(f == null ? Object.class : f.getClass(), 1, Integer::sum));
            Map<Class<?>, Integer> seen = new java.util.HashMap<>();
            for (Object fact : facts) {
                if (fact == null || fact instanceof PromotionParameters || !fact.getClass().isRecord()) {
                    continue;
                }
                String simpleName = fact.getClass().getSimpleName();
                int position = seen.merge(fact.getClass(), 1, Integer::sum) - 1;
                // Only the facts the condition has a pattern for: a Host's name is not a mentor's.
                if (!Pattern.compile("\\b" + simpleName + "\\s*\\(").matcher(rule.condition()).find()) {
                    continue;
                }
                String type = counts.get(fact.getClass()) > 1 ? simpleName + "[" + position + "]" : simpleName;
                for (RecordComponent component : fact.getClass().getRecordComponents()) {
                    if (Pattern.compile("\\b" + component.getName() + "\\b(?!\\s*\\()").matcher(rule.condition()).find()) {
                        values.put(type + "." + component.getName(), invoke(component.getAccessor(), fact));
                    }
                }
                for (Method method : fact.getClass().getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                            && method.getParameterCount() == 0 && method.getReturnType() != void.class
                            && Pattern.compile("\\b" + method.getName() + "\\s*\\(\\s*\\)").matcher(rule.condition()).find()) {
                        values.put(type + "." + method.getName() + "()", invoke(method, fact));
                    }
                }
            }
            return values;
        }
    }

    /**
     * The explanation of a decision: the clauses' statuses and deciding facts, from the rule set's
     * rules that apply to the promotion and the firings recorded during the evaluation.
     *
     * @param applicationFacts the application and its parts, as inserted into the rule session
     */
    public static Explanation of(Decision decision, List<Firing> firings, RuleSet ruleSet, PromotionParameters parameters,
                          List<Object> applicationFacts) {
        Map<String, ClauseStatus> clauses = new TreeMap<>(Clauses.ORDER);
        for (RuleMetadata rule : ruleSet.rules()) {
            if (!rule.appliesTo(parameters.promotion())) {
                continue;
            }
            String clause = rule.clause();
            boolean priority = Clauses.family(clause).equals("PRI");
            clauses.put(clause, priority
                    ? (decision.priorities().contains(clause) ? ClauseStatus.MET : ClauseStatus.NOT_MET)
                    : decision.reasons().stream().map(Reason::clause).anyMatch(clause::equals) ? ClauseStatus.FAILED
                    : decision.missing().stream().map(MissingField::clause).anyMatch(clause::equals)
                    ? ClauseStatus.UNDECIDED
                    : decision.coFinancing().notes().stream().map(Note::clause).anyMatch(clause::equals)
                    ? ClauseStatus.NOTED : ClauseStatus.PASSED);
        }
        // A clause cited only by validation (a missing field) still belongs in the list.
        for (MissingField missing : decision.missing()) {
            clauses.putIfAbsent(missing.clause(), ClauseStatus.UNDECIDED);
        }
        for (org.eigrules.decision.ImplausibleValue value : decision.implausible()) {
            clauses.put(value.clause(), ClauseStatus.UNDECIDED);
        }
        // The deciding facts: what every rule of the clause looks at, whether or not it fired — a
        // clause that holds is decided by the same values as one that fails.
        Map<String, Map<String, Object>> facts = new TreeMap<>(Clauses.ORDER);
        for (String clause : clauses.keySet()) {
            Map<String, Object> values = new java.util.TreeMap<>();
            for (RuleMetadata rule : ruleSet.rules()) {
                if (rule.clause().equals(clause) && rule.appliesTo(parameters.promotion())) {
                    values.putAll(Firing.valuesNamedBy(rule, applicationFacts));
                }
            }
            facts.put(clause, java.util.Collections.unmodifiableMap(values));
        }
        return new Explanation(decision, List.copyOf(firings), java.util.Collections.unmodifiableMap(clauses),
                java.util.Collections.unmodifiableMap(facts));
    }
}
