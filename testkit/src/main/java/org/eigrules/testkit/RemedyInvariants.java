package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.decision.Decision;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Remedy;
import org.eigrules.model.Application;
import org.eigrules.promotion.PromotionParameters;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Invariants of the remedies a decision carries (what would satisfy each problem), checked over
 * generated applications of one promotion: every problem has one, and a clause whose remedies all
 * name values passes once they are applied.
 *
 * <pre>{@code
 * RemedyInvariants.of(EigRules.builtIn()).checkAll();
 * }</pre>
 */
public final class RemedyInvariants {

    private final EigRules rules;
    private final PromotionParameters parameters;
    private final int examples;
    private final Long seed;

    private RemedyInvariants(EigRules rules, int promotion, int examples, Long seed) {
        this.rules = rules;
        this.parameters = rules.parameters(promotion);
        this.examples = examples;
        this.seed = seed;
    }

    /** The invariants of a rule set's remedies, on its first evaluable promotion, 200 applications each. */
    public static RemedyInvariants of(EigRules rules) {
        return new RemedyInvariants(rules, rules.promotions().first(), 200, null);
    }

    /** The same invariants over {@code examples} generated applications each. */
    public RemedyInvariants withExamples(int examples) {
        return new RemedyInvariants(rules, parameters.promotion(), examples, seed);
    }

    /** The same invariants with a fixed seed, to replay a failure. */
    public RemedyInvariants withSeed(long seed) {
        return new RemedyInvariants(rules, parameters.promotion(), examples, seed);
    }

    private Gen<Application> applications() {
        return EigGenerators.applications(parameters);
    }

    private void forAll(String invariant, Consumer<Application> check) {
        QuickTheory qt = QuickTheory.qt().withExamples(examples);
        try {
            (seed == null ? qt : qt.withFixedSeed(seed)).forAll(applications()).checkAssert(check);
        } catch (AssertionError e) {
            throw new AssertionError(invariant + ": " + e.getMessage(), e);
        }
    }

    private Decision evaluate(Application application) {
        return rules.evaluate(application);
    }

    /** Every failing clause, missing field and implausible value has a remedy under its clause. */
    public void everyProblemHasARemedy() {
        forAll("every problem has a remedy", application -> {
            Decision decision = evaluate(application);
            for (String clause : decision.failedClauses()) {
                require(decision.remedies().stream().anyMatch(r -> r.clause().equals(clause)),
                        "no remedy for the failing clause %s: %s", clause, decision.remedies());
            }
            for (MissingField m : decision.missing()) {
                require(decision.remedies().stream().anyMatch(r -> r.clause().equals(m.clause())
                        && r.field().equals(m.field())), "no remedy for the missing %s (%s)", m.field(), m.clause());
            }
            decision.implausible().forEach(i -> require(decision.remedies().stream()
                    .anyMatch(r -> r.field().equals(i.field())), "no remedy for the implausible %s", i.field()));
        });
    }

    /**
     * A failing clause whose remedies all name values passes once each remedy's first value is
     * set: the remedy says what would satisfy it, and it does.
     */
    public void aRemedyWithValuesSatisfiesItsClause() {
        forAll("a remedy with values satisfies its clause", application -> {
            Decision decision = evaluate(application);
            for (String clause : decision.failedClauses()) {
                List<Remedy> remedies = decision.remedies().stream().filter(r -> r.clause().equals(clause)).toList();
                if (remedies.isEmpty() || remedies.stream().anyMatch(r -> r.values().isEmpty())) {
                    continue; // nothing to apply: a sentence only (state a problem, name a person)
                }
                Application remedied = application;
                for (Remedy remedy : remedies) {
                    remedied = Applications.with(remedied, remedy.field(), typed(remedied, remedy.field(),
                            remedy.values().get(0)));
                }
                Decision after;
                try {
                    after = evaluate(remedied);
                } catch (InvalidApplicationException e) {
                    throw new AssertionError("applying the remedies of " + clause + " " + remedies
                            + " made the application invalid: " + e.getMessage());
                }
                require(!after.failedClauses().contains(clause), "%s still fails after its remedies %s: %s",
                        clause, remedies, after.reasons());
            }
        });
    }

    /** Runs every invariant and reports each one that fails. */
    public void checkAll() {
        Map<String, Runnable> all = new LinkedHashMap<>();
        all.put("everyProblemHasARemedy", this::everyProblemHasARemedy);
        all.put("aRemedyWithValuesSatisfiesItsClause", this::aRemedyWithValuesSatisfiesItsClause);
        InvariantRun.all(all);
    }

    /**
     * A remedy's value, written as the contract writes it (text for enum names and instants), as
     * the model's type of the field at {@code path}.
     */
    static Object typed(Application application, String path, Object value) {
        int dot = path.lastIndexOf('.');
        Object parent = dot < 0 ? application : Applications.get(application, path.substring(0, dot));
        String name = path.substring(dot + 1);
        if (parent == null) {
            return value;
        }
        for (RecordComponent component : parent.getClass().getRecordComponents()) {
            if (!component.getName().equals(name)) {
                continue;
            }
            Class<?> type = component.getType();
            if (type.isEnum() && value instanceof String text) {
                return enumValue(type, text);
            }
            if (type == OffsetDateTime.class && value instanceof String text) {
                return OffsetDateTime.parse(text);
            }
            if (type == BigDecimal.class && value instanceof Number number) {
                return new BigDecimal(number.toString());
            }
            return value;
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type, name);
    }

    private static void require(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new AssertionError(String.format(message, args));
        }
    }
}
