package org.eigrules.ruleset;

import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A rule set's compiled rules: what each rule declares about itself, and rule bases that hold only
 * some of them. The engine evaluates a promotion on a rule base of that promotion's rules alone, so
 * Drools never evaluates the conditions of another promotion's rules (measured: with the rules of
 * three promotions in one base, a promotion 3 decision spent a third of its matching on the rules
 * of promotions 4 and 5, which an agenda filter then kept from firing).
 */
public final class CompiledRules {

    /** One compiled rule: its package, its name and its metadata ({@code @clause}, {@code @promotions}, …). */
    public record Declared(String packageName, String name, Map<String, Object> metaData) {
        public Declared {
            metaData = Map.copyOf(metaData);
        }
    }

    private final List<Declared> rules;
    private final Function<Predicate<Declared>, KieBase> partial;

    private CompiledRules(List<Declared> rules, Function<Predicate<Declared>, KieBase> partial) {
        this.rules = List.copyOf(rules);
        this.partial = partial;
    }

    /** Every compiled rule, in no particular order. */
    public List<Declared> rules() {
        return rules;
    }

    /** A new rule base holding the rules kept and no other. */
    public KieBase ruleBase(Predicate<Declared> keep) {
        return partial.apply(keep);
    }

    /**
     * Rules compiled to the executable model: a partial rule base is built from the model with only
     * the rules kept, so nothing of the others is ever built.
     */
    public static CompiledRules of(List<Model> models) {
        List<Model> all = List.copyOf(models);
        List<Declared> declared = new ArrayList<>();
        for (Model model : all) {
            for (Rule rule : model.getRules()) {
                declared.add(new Declared(rule.getPackage(), rule.getName(), rule.getMetaData()));
            }
        }
        // A configuration made here, not through KieServices, which lives in the DRL compiler.
        return new CompiledRules(declared, keep -> KieBaseBuilder.createKieBaseFromModel(
                all.stream().map(model -> only(model, keep)).toList(), RuleBaseFactory.newKnowledgeBaseConfiguration()));
    }

    /**
     * Rules compiled some other way (a rule folder, by eig-authoring): a partial rule base is a new
     * copy from {@code copies} with the other rules removed.
     *
     * @param compiled a rule base of every rule, read for the declarations
     * @param copies   builds a new rule base of every rule on each call
     */
    public static CompiledRules of(KieBase compiled, Supplier<KieBase> copies) {
        List<Declared> declared = new ArrayList<>();
        for (KiePackage pkg : compiled.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule rule : pkg.getRules()) {
                declared.add(new Declared(rule.getPackageName(), rule.getName(), rule.getMetaData()));
            }
        }
        return new CompiledRules(declared, keep -> {
            KieBase copy = copies.get();
            for (Declared rule : declared) {
                if (!keep.test(rule)) {
                    copy.removeRule(rule.packageName(), rule.name());
                }
            }
            return copy;
        });
    }

    /**
     * Rules compiled in parts, one rule base each (a folder's défi, candidates' and selection
     * rules, whose globals share a name): a partial rule base comes from the one part that holds
     * the rules kept.
     */
    public static CompiledRules combined(List<CompiledRules> parts) {
        List<Declared> declared = new ArrayList<>();
        parts.forEach(p -> declared.addAll(p.rules()));
        return new CompiledRules(declared, keep -> {
            List<CompiledRules> holding = parts.stream().filter(p -> p.rules().stream().anyMatch(keep)).toList();
            if (holding.size() > 1) {
                throw new IllegalStateException("the rules asked for belong to several rule bases");
            }
            return (holding.isEmpty() ? parts.get(0) : holding.get(0)).ruleBase(keep);
        });
    }

    /**
     * Rules read for review only (a rule folder parsed but not compiled, for its documentation or
     * a comparison): their declarations, and no rule base.
     */
    public static CompiledRules declaredOnly(List<Declared> declared) {
        return new CompiledRules(declared, keep -> {
            throw new IllegalStateException("these rules were read for review and not built: load the folder to "
                    + "evaluate with it");
        });
    }

    /** The model with only the rules kept; its globals, queries and types as they are. */
    private static Model only(Model model, Predicate<Declared> keep) {
        List<Rule> rules = model.getRules().stream()
                .filter(r -> keep.test(new Declared(r.getPackage(), r.getName(), r.getMetaData()))).toList();
        return new Model() {
            @Override
            public String getName() {
                return model.getName();
            }

            @Override
            public String getPackageName() {
                return model.getPackageName();
            }

            @Override
            public List<Global> getGlobals() {
                return model.getGlobals();
            }

            @Override
            public List<Rule> getRules() {
                return rules;
            }

            @Override
            public List<Query> getQueries() {
                return model.getQueries();
            }

            @Override
            public List<TypeMetaData> getTypeMetaDatas() {
                return model.getTypeMetaDatas();
            }

            @Override
            public List<org.drools.model.EntryPoint> getEntryPoints() {
                return model.getEntryPoints();
            }
        };
    }
}
