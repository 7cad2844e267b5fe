package org.eigrules.clauses;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.DecisionAssert.assertThat;
import static org.eigrules.Evaluation.evaluate;

/** ADM-1: who may host a défi. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WhoMayApplyTest {

    @ParameterizedTest(name = "a host of kind {0} may apply")
    @ValueSource(strings = {"MINISTRY", "CENTRAL_ADMINISTRATION", "STATE_OPERATOR", "DEVOLVED_STATE_SERVICE",
            "INDEPENDENT_AUTHORITY", "TERRITORIAL_AUTHORITY", "HEALTH_ESTABLISHMENT"})
    void public_bodies_may_apply(String kind) {
        assertThat(evaluate(eligible().with("host.kind", kind).with("funding.mode", "SELF_FUNDED")
                .without("funding.requestedPiaAmount"))).isEligible();
    }

    @ParameterizedTest(name = "a host of kind {0} may not apply")
    @ValueSource(strings = {"COMPANY", "ASSOCIATION", "OTHER"})
    void private_and_other_bodies_may_not_apply(String kind) {
        assertThat(evaluate(eligible().with("host.kind", kind))).isIneligibleFor("ADM-1")
                .fired("ADM-1 the host is not a kind of body the call accepts");
    }

    @Test
    void a_host_whose_kind_is_not_given_is_incomplete() {
        assertThat(evaluate(eligible().without("host.kind")))
                .isIncompleteWith("host.kind ADM-1", "host.kind FIN-1");
    }

    @Test
    void an_application_without_a_host_is_incomplete() {
        // Who would receive the PIA money is open too (FIN-1), unless the défi pays for itself.
        assertThat(evaluate(eligible().without("host"))).isIncompleteWith("host ADM-1", "host FIN-1");
        assertThat(evaluate(eligible().without("host").with("funding.mode", "SELF_FUNDED")
                .without("funding.requestedPiaAmount"))).isIncompleteWith("host ADM-1");
    }
}
