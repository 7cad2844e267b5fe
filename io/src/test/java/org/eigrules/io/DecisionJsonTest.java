package org.eigrules.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.ApplicationDraft.eligible;
import static org.eigrules.Evaluation.evaluate;

/** The decision's JSON follows the contract: fixed names, amounts as two-decimal strings. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecisionJsonTest {

    private static JsonNode json(org.eigrules.ApplicationDraft draft, Language language) throws Exception {
        return new ObjectMapper().readTree(DecisionJson.write(evaluate(draft), language));
    }

    @Test
    void an_eligible_decision_has_every_contract_field() throws Exception {
        JsonNode d = json(eligible(), Language.FR);
        assertThat(d.fieldNames()).toIterable().containsExactly("application", "promotion", "verdict", "reasons",
                "missing", "implausible", "coFinancing", "priorities", "rulesFired", "remedies");
        assertThat(d.get("remedies")).isEmpty();
        assertThat(d.get("application").asText()).isEqualTo("Test défi");
        assertThat(d.get("promotion").asInt()).isEqualTo(3);
        assertThat(d.get("verdict").asText()).isEqualTo("ELIGIBLE");
        JsonNode co = d.get("coFinancing");
        assertThat(co.fieldNames()).toIterable().containsExactly("mode", "funder", "granted", "recipient", "rate",
                "grantAmount", "piaAmount", "hostAmount", "notes");
        // PIA is promotion 3's name for CO_FINANCED: the decision echoes the contract's one name.
        assertThat(co.get("mode").asText()).isEqualTo("CO_FINANCED");
        assertThat(co.get("funder").asText()).isEqualTo("PIA");
        assertThat(co.get("grantAmount").asText()).isEqualTo("98000.00");
        assertThat(co.get("granted").asBoolean()).isTrue();
        assertThat(co.get("recipient").asText()).isEqualTo("Ministère de la Culture");
        assertThat(co.get("rate").isTextual()).isTrue();
        assertThat(co.get("rate").asText()).isEqualTo("0.70");
        assertThat(co.get("piaAmount").asText()).isEqualTo("98000.00");
        assertThat(co.get("hostAmount").asText()).isEqualTo("42000.00");
        assertThat(d.get("rulesFired").isArray()).isTrue();
    }

    @Test
    void the_application_id_is_echoed_first_and_absent_when_the_file_has_none() throws Exception {
        JsonNode d = json(eligible().with("id", "AAP3-2018-0042"), Language.EN);
        assertThat(d.fieldNames().next()).isEqualTo("id");
        assertThat(d.get("id").asText()).isEqualTo("AAP3-2018-0042");
        assertThat(json(eligible(), Language.EN).has("id")).isFalse();
    }

    @Test
    void an_implausible_cost_has_its_own_heading_with_a_label_and_a_message() throws Exception {
        JsonNode d = json(eligible().with("funding.totalEmployerCost", new java.math.BigDecimal("70000.00")).with("funding.requestedPiaAmount", new java.math.BigDecimal("49000.00")),
                Language.EN);
        assertThat(d.get("verdict").asText()).isEqualTo("INCOMPLETE");
        assertThat(d.get("missing")).isEmpty();
        JsonNode implausible = d.get("implausible").get(0);
        assertThat(implausible.get("field").asText()).isEqualTo("funding.totalEmployerCost");
        assertThat(implausible.get("clause").asText()).isEqualTo("FIN-4");
        assertThat(implausible.get("label").asText()).isEqualTo("the total employer cost of the EIGs");
        assertThat(implausible.get("message").asText()).contains("70,000.00 euros for 2 EIGs");
    }

    @Test
    void a_missing_field_keeps_its_path_and_gains_a_label_in_the_chosen_language() throws Exception {
        JsonNode fr = json(eligible().without("funding.mode"), Language.FR).get("missing").get(0);
        assertThat(fr.get("field").asText()).isEqualTo("funding.mode");
        assertThat(fr.get("label").asText()).isEqualTo("le mode de financement (cofinancement ou autofinancement)");
        JsonNode en = json(eligible().without("funding.mode"), Language.EN).get("missing").get(0);
        assertThat(en.get("label").asText()).isEqualTo("the funding mode (co-financing or self-funding)");
    }

    @Test
    void a_decision_without_money_keeps_the_rate_and_gives_a_zero_grant() throws Exception {
        JsonNode co = json(eligible().with("host.kind", "TERRITORIAL_AUTHORITY"), Language.EN).get("coFinancing");
        assertThat(co.get("granted").asBoolean()).isFalse();
        assertThat(co.get("recipient").isNull()).isTrue();
        assertThat(co.get("rate").asText()).isEqualTo("0.70");
        assertThat(co.get("grantAmount").asText()).isEqualTo("0.00");
        assertThat(co.get("piaAmount").asText()).isEqualTo("0.00");
        assertThat(co.get("hostAmount").asText()).isEqualTo("140000.00");
        JsonNode unknown = json(eligible().without("funding.totalEmployerCost"), Language.EN).get("coFinancing");
        assertThat(unknown.get("grantAmount").isNull()).isTrue();
        assertThat(unknown.get("hostAmount").isNull()).isTrue();
    }

    @Test
    void amounts_keep_two_decimals_even_for_whole_euros() throws Exception {
        JsonNode co = json(eligible().with("funding.totalEmployerCost", 140000).with("funding.requestedPiaAmount", 98000),
                Language.FR).get("coFinancing");
        assertThat(co.get("piaAmount").asText()).isEqualTo("98000.00");
        assertThat(co.get("hostAmount").asText()).isEqualTo("42000.00");
    }

    @Test
    void reasons_carry_clause_message_and_reference_in_the_chosen_language() throws Exception {
        JsonNode fr = json(eligible().with("challenge.durationMonths", 12), Language.FR).get("reasons").get(0);
        JsonNode en = json(eligible().with("challenge.durationMonths", 12), Language.EN).get("reasons").get(0);
        assertThat(fr.get("clause").asText()).isEqualTo("CHL-2");
        assertThat(fr.get("message").asText()).contains("12 mois");
        assertThat(en.get("message").asText()).contains("12 months");
        assertThat(fr.get("reference").asText()).isNotBlank();
    }

    @Test
    void missing_fields_carry_field_and_clause_and_unknown_amounts_are_null() throws Exception {
        JsonNode d = json(eligible().without("funding.totalEmployerCost"), Language.EN);
        assertThat(d.get("verdict").asText()).isEqualTo("INCOMPLETE");
        assertThat(d.get("missing").get(0).get("field").asText()).isEqualTo("funding.totalEmployerCost");
        assertThat(d.get("missing").get(0).get("clause").asText()).isEqualTo("FIN-3");
        assertThat(d.get("coFinancing").get("piaAmount").isNull()).isTrue();
        assertThat(d.get("coFinancing").get("hostAmount").isNull()).isTrue();
        assertThat(d.get("coFinancing").get("recipient").isNull()).isTrue();
    }

    @Test
    void an_invalid_file_lists_each_error_by_path() throws Exception {
        JsonNode d = new ObjectMapper().readTree(DecisionJson.writeInvalid("a.yaml",
                List.of(new Violation("eigs[1].profile", "unknown"), new Violation("host.siret", "bad"))));
        assertThat(d.get("file").asText()).isEqualTo("a.yaml");
        assertThat(d.get("valid").asBoolean()).isFalse();
        assertThat(d.get("errors")).extracting(e -> e.get("path").asText()).containsExactly("eigs[1].profile", "host.siret");
    }
}
