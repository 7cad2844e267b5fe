package org.eigrules.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.EigRules;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.ParameterFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** The built-in selection rules keep every selection invariant, with and without an envelope. */
class SelectionInvariantsTest {

    /** Promotion 3 with its envelope left out of the parameter file: how a P5 selection behaves. */
    static EigRules withoutEnvelope() {
        return withEnvelope(null);
    }

    /** Promotion 3 with another envelope in its parameter file, or none when {@code amount} is null. */
    static EigRules withEnvelope(String amount) {
        try (InputStream in = ParameterFiles.class.getClassLoader().getResourceAsStream("org/eigrules/promotions/p3.yaml")) {
            YAMLMapper yaml = new YAMLMapper();
            ObjectNode root = (ObjectNode) yaml.readTree(in);
            if (amount == null) {
                ((ObjectNode) root.get("parameters")).remove("envelope");
            } else {
                ((ObjectNode) root.get("parameters").get("envelope")).put("value", new java.math.BigDecimal(amount));
            }
            return EigRules.of(RuleSet.builtIn().withParameters(ParameterFiles.read("p3.yaml",
                    new ByteArrayInputStream(yaml.writeValueAsBytes(root)))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_built_in_selection_rules_keep_every_invariant() {
        SelectionInvariants.of(EigRules.builtIn()).withExamples(25).withSeed(20180704L).checkAll();
    }

    @Test
    void with_an_envelope_that_binds_often() {
        SelectionInvariants.of(withEnvelope("300000.00")).withExamples(40).withSeed(20200325L).checkAll();
    }

    @Test
    void without_an_envelope_too() {
        SelectionInvariants.of(withoutEnvelope()).withExamples(20).withSeed(20210505L).checkAll();
    }
}
