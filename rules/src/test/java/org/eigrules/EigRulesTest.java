package org.eigrules;

import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;

import org.eigrules.decision.Decision;
import org.eigrules.decision.Verdict;
import org.eigrules.model.Application;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.ApplicationDraft.eligibleP5;

/** The facade: built once, shared, evaluates one or many applications. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EigRulesTest {

    private final EigRules rules = EigRules.builtIn();

    @Test
    void the_built_in_rules_are_built_once_and_shared() {
        assertThat(EigRules.builtIn()).isSameAs(rules);
        assertThat(rules.promotions()).containsExactly(3, 4, 5);
        assertThat(rules.parameters(3).promotion()).isEqualTo(3);
        assertThatThrownBy(() -> rules.parameters(7)).hasMessageContaining("promotion 7");
    }

    @Test
    void the_same_application_gives_equal_decisions_every_time() {
        Application application = eligible().with("challenge.dataScience", true).build();
        assertThat(rules.evaluate(application)).isEqualTo(rules.evaluate(application));
    }

    @Test
    void a_batch_gives_the_same_decisions_in_the_same_order_as_one_by_one() {
        List<Application> batch = List.of(
                eligible().build(),
                eligible().with("host.kind", "COMPANY").build(),
                eligible().without("receivedAt").build(),
                eligible().with("challenge.name", "Second").with("host.kind", "TERRITORIAL_AUTHORITY").build());
        List<Decision> decisions = rules.evaluateAll(batch);
        assertThat(decisions).extracting(Decision::verdict)
                .containsExactly(Verdict.ELIGIBLE, Verdict.INELIGIBLE, Verdict.INCOMPLETE, Verdict.ELIGIBLE);
        for (int i = 0; i < batch.size(); i++) {
            assertThat(decisions.get(i)).isEqualTo(rules.evaluate(batch.get(i)));
        }
    }

    @Test
    void a_batch_with_invalid_applications_names_each_by_its_index() {
        Application bad = new Application(3, null, null, null, null, null, null, null, null, null, null);
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> rules.evaluateAll(java.util.Arrays.asList(eligible().build(), bad, null)));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("[1].challenge", "[2]");
    }

    @Test
    void an_application_for_a_promotion_without_rules_is_invalid() {
        // Promotion 5's file: a later promotion uses promotion 5's fields (fields.yaml's open ranges).
        Application p7 = eligibleP5().with("promotion", 7).build();
        assertThatThrownBy(() -> rules.evaluate(p7)).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("promotion: no rules for promotion 7; these rules cover promotion(s) [3, 4, 5]");
        assertThat(rules.violations(p7)).extracting(Violation::path).containsExactly("promotion");
    }

    @Test
    void an_application_built_in_java_is_validated_like_a_file() {
        Application a = eligible().build();
        Application negative = new Application(a.promotion(), a.receivedAt(), a.challenge(), a.eigs(), a.host(),
                a.fundingCarrier(), a.mentors(), a.team(), a.commitments(), a.documents(),
                new org.eigrules.model.Funding(a.funding().mode(), new java.math.BigDecimal("-1"), null));
        assertThatThrownBy(() -> rules.evaluate(negative)).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("funding.totalEmployerCost");
        assertThatThrownBy(() -> rules.evaluate((org.eigrules.model.Application) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("application");
    }

    @Test
    void evaluation_leaves_the_application_as_it_was() {
        Application application = eligible().build();
        Application copy = eligible().build();
        rules.evaluate(application);
        assertThat(application).isEqualTo(copy);
        assertThatThrownBy(() -> application.eigs().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void concurrent_evaluations_on_one_instance_agree_with_sequential_ones() throws Exception {
        List<Application> applications = new ArrayList<>();
        String[] kinds = {"MINISTRY", "STATE_OPERATOR", "TERRITORIAL_AUTHORITY", "COMPANY"};
        for (int i = 0; i < 40; i++) {
            applications.add(eligible().with("host.kind", kinds[i % kinds.length])
                    .with("challenge.durationMonths", 8 + i % 4).build());
        }
        List<Decision> sequential = applications.stream().map(rules::evaluate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Decision>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Application a : applications) {
                    futures.add(pool.submit((Callable<Decision>) () -> rules.evaluate(a)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % applications.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
