package org.eigrules.ruleset;

import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the rule base that {@code kie-maven-plugin} compiled into executable-model classes when
 * the library was built. It reads the plugin's index of model classes and builds the KieBase from
 * them directly: no DRL compiler runs, and none can be fallen back on. Going around the KIE
 * classpath container also keeps this working inside a fat jar, where that container can no longer
 * tell which {@code pom.properties} names the rule module.
 */
public final class CompiledRuleBase {

    /** Where {@code kie-maven-plugin} lists the model classes of module {@code org.eigrules:eig-policy}. */
    public static final String MODEL_INDEX = "META-INF/kie/org.eigrules/eig-policy/drools-model";

    private CompiledRuleBase() {
    }

    /** The rule package of the application rules; the selection rules have a rule base of their own. */
    public static final String APPLICATION_RULES = org.eigrules.ruleset.PolicyLayout.APPLICATIONS.rulePackage();

    /** The built-in rule base of the application rules. */
    public static KieBase load() {
        return load(APPLICATION_RULES);
    }

    /** The built-in rule base of one rule package. */
    public static KieBase load(String rulePackage) {
        // A configuration made here, not through KieServices: KieServices' implementation lives in
        // the DRL compiler (drools-compiler), which the runtime class path does not have.
        return KieBaseBuilder.createKieBaseFromModel(models(rulePackage), RuleBaseFactory.newKnowledgeBaseConfiguration());
    }

    /** The executable-model classes of the application rules, instantiated. */
    public static List<Model> models() {
        return models(APPLICATION_RULES);
    }

    /** The executable-model classes listed in the index for one rule package, instantiated. */
    public static List<Model> models(String rulePackage) {
        ClassLoader loader = CompiledRuleBase.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames(loader)) {
            if (!className.substring(0, className.lastIndexOf('.')).equals(rulePackage)) {
                continue;
            }
            try {
                models.add((Model) loader.loadClass(className).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException(MODEL_INDEX + " lists " + className
                        + ", which is not a loadable executable-model class; rebuild the eig-policy module", e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException(MODEL_INDEX + " lists no model class; rebuild the eig-policy module");
        }
        return models;
    }

    private static List<String> modelClassNames(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_INDEX + " is not on the classpath: the rules were not "
                        + "compiled to the executable model (kie-maven-plugin, goal build)");
            }
            // The first line names the model format's version; the others are class names.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.contains(":")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(MODEL_INDEX + " cannot be read", e);
        }
    }
}
