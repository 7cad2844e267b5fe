package org.eigrules.authoring;

import org.eigrules.EigRules;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.ruleset.RuleSet;

import java.nio.file.Path;

/**
 * Rule folders, for rule authors: a folder of rule, parameter and messages files, compiled when it
 * is loaded, in place of the built-in rules.
 *
 * <pre>{@code
 * EigRules rules = RuleFolders.load(Path.of("my-rules"));   // then as EigRules.builtIn()
 * }</pre>
 *
 * <p>This is the one place of the library that compiles rules at run time, so the one that needs
 * Drools' DRL compiler: applications that run the built-in rules depend on {@code eig-rules} alone.
 */
public final class RuleFolders {

    private RuleFolders() {
    }

    /**
     * A rule author's folder, compiled now (a few seconds): its rule files ({@code *.drl}, in any
     * sub-folder) replace the built-in rules when it has any, its parameter files ({@code p3.yaml}, …)
     * replace or add to the built-in ones, its {@code messages_fr.properties} and
     * {@code messages_en.properties} add or replace messages. Nothing is logged at INFO or WARN.
     *
     * @return the rules, to evaluate with as with {@link EigRules#builtIn()}
     * @throws InvalidRuleSetException listing every problem with its file, line and column
     */
    public static EigRules load(Path folder) {
        return EigRules.of(ruleSet(folder));
    }

    /**
     * The rule set of a folder, as {@link #load} compiles and checks it: its rules, parameters,
     * messages and warnings ({@link RuleSet#warnings()}: policy values written as literals).
     *
     * @throws InvalidRuleSetException listing every problem with its file, line and column
     */
    public static RuleSet ruleSet(Path folder) {
        return FolderLoader.load(folder);
    }
}
