package org.eigrules.ruleset;

import org.eigrules.promotion.PromotionParameters;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;

/**
 * The engine's way to the Drools side of a {@link RuleSet}: its rule base, and a rule's metadata by
 * the Drools rule object. {@code RuleSet} belongs to the public API and keeps Drools types out of
 * its public methods, so it hands these over here, once, when its class is initialised (the
 * pattern of the JDK's own "shared secrets"). eig-authoring builds its folders' rule sets through
 * {@link Bridge#compiled}.
 */
public final class RuleSetAccess {

    /** What {@link RuleSet} gives the engine. */
    public interface Bridge {
        /** A rule base of the rules of the rule set that apply to one promotion, and no other. */
        KieBase ruleBase(RuleSet ruleSet, int promotion);

        /** The metadata of one of the rule set's rules, found by its package and name. */
        RuleMetadata metadata(RuleSet ruleSet, Rule rule);

        /** Every rule the rule set compiled: the défi applications', the candidates' and the selection's. */
        CompiledRules compiledRules(RuleSet ruleSet);

        /**
         * A rule set over rules compiled elsewhere (a rule folder, compiled by eig-authoring), checked
         * as the built-in rules are.
         */
        RuleSet compiled(String origin, CompiledRules rules, List<RuleSource> sources,
                         Map<Integer, PromotionParameters> promotions, Messages messages, WarningCheck warnings);

        /**
         * The same rules with other parameters and messages, under another origin: a rule folder
         * without rule files keeps the rules it starts from.
         */
        RuleSet withFiles(RuleSet ruleSet, String origin, Map<Integer, PromotionParameters> promotions,
                          Messages messages, WarningCheck warnings);

        /**
         * Reads one parameter file into {@code into}, by promotion; a file whose name and content name
         * different promotions, or a promotion defined twice, is a problem.
         */
        void readParameters(String file, String text, Map<Integer, PromotionParameters> into,
                            List<RuleSetProblem> problems);

        /**
         * What can be checked of a rule from its text alone (the parameters it reads, the message
         * keys it names), for rules that did not compile.
         */
        void checkText(RuleSource.Written written, Messages messages, List<RuleSetProblem> problems);
    }

    /**
     * What loading finds questionable in a rule set without refusing it (for a rule folder: policy
     * values written as literals); run once the rules' metadata is known.
     */
    @FunctionalInterface
    public interface WarningCheck {
        /** The warnings, located; empty when there is nothing to say. */
        List<RuleSetProblem> find(List<RuleSource> sources, List<RuleMetadata> rules,
                                  Map<Integer, PromotionParameters> promotions);

        /** No warning: the built-in rules, held to none by a test of eig-authoring. */
        WarningCheck NONE = (sources, rules, promotions) -> List.of();
    }

    private static volatile Bridge bridge;

    private RuleSetAccess() {
    }

    /**
     * Called by {@link RuleSet} only, when its class is initialised.
     *
     * @throws IllegalStateException when a bridge is installed already
     */
    public static void install(Bridge implementation) {
        synchronized (RuleSetAccess.class) {
            if (bridge != null) {
                throw new IllegalStateException("the rule set bridge is installed once, by RuleSet");
            }
            bridge = implementation;
        }
    }

    /** The bridge, {@link RuleSet}'s class initialised first if it was not. */
    public static Bridge get() {
        Bridge installed = bridge;
        if (installed == null) {
            try {
                MethodHandles.lookup().ensureInitialized(RuleSet.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            installed = bridge;
        }
        return installed;
    }
}
