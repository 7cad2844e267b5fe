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
 *
 * <p>A folder is untrusted input. Its rule files are parsed and checked against an allow-list of
 * what a rule may say (its facts, their accessors, arithmetic and comparisons, findings) before
 * anything of them is compiled; a folder that uses anything else is refused, every problem with
 * its file and line, and nothing of it runs. Building then happens within a time limit.
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

    /**
     * A folder's rule set read for review — its rules' names, clauses, promotions and sources, its
     * parameters and messages — as the parser reads them, without compiling or running anything of
     * it: what documentation and comparisons need. Its rule files are checked as {@link #load}
     * checks them. It cannot evaluate: load the folder for that.
     *
     * @throws InvalidRuleSetException listing every problem with its file and line
     */
    public static RuleSet review(Path folder) {
        return FolderLoader.review(folder);
    }
}
