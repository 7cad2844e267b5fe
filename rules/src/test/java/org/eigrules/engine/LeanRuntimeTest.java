package org.eigrules.engine;

import org.eigrules.ApplicationDraft;
import org.eigrules.EigRules;
import org.eigrules.decision.Verdict;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * eig-rules runs the rules compiled at build time with Drools' run-time only: no DRL compiler is on
 * its class path (this module's tests run on its own dependencies, plus test libraries that bring
 * none), and the built-in rules still decide. Rule folders, which need the compiler, are eig-authoring's.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LeanRuntimeTest {

    /** One class of each part of the run-time DRL compiler that drools-engine would bring. */
    static final List<String> COMPILER_CLASSES = List.of(
            "org.drools.compiler.builder.impl.KnowledgeBuilderImpl",           // drools-compiler
            "org.drools.compiler.kie.builder.impl.KieServicesImpl",            // drools-compiler: KieServices
            "org.drools.model.codegen.ExecutableModelProject",                 // drools-model-codegen
            "org.drools.drl.parser.DrlParser",                                 // drools-drl-parser
            "org.eclipse.jdt.internal.compiler.Compiler",                      // ecj
            "com.github.javaparser.JavaParser",                                // javaparser
            "org.drools.mvel.parser.MvelParser",                               // drools-mvel-parser
            "org.antlr.v4.runtime.Parser",                                     // ANTLR 4
            "org.antlr.runtime.Parser");                                       // ANTLR 3

    @Test
    void no_class_of_the_drl_compiler_is_on_the_class_path() {
        ClassLoader loader = EigRules.class.getClassLoader();
        assertThat(COMPILER_CLASSES).allSatisfy(name ->
                assertThat(loader.getResource(name.replace('.', '/') + ".class")).as(name).isNull());
        assertThat(loader.getResource("org/drools/modelcompiler/KieBaseBuilder.class"))
                .as("the check's own control: a run-time class of the same kind is found").isNotNull();
    }

    @Test
    void the_built_in_rules_are_built_and_decide_without_it() {
        EigRules rules = EigRules.builtIn();
        assertThat(rules.evaluate(ApplicationDraft.eligible().build()).verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(rules.explain(ApplicationDraft.eligible().build()).firings()).isNotEmpty();
        assertThat(rules.candidacyPromotions()).contains(3);
    }
}
