package org.eigrules.selection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.EigRules;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.promotion.PromotionParameters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The built-in rules with promotion 3's envelope changed in its parameter file, or left out. */
final class Envelopes {

    private static final YAMLMapper YAML = new YAMLMapper();

    private Envelopes() {
    }

    /** The built-in rules with P3's {@code envelope} set to {@code amount}, or removed when null. */
    static EigRules p3Envelope(String amount) {
        try {
            ObjectNode root;
            try (InputStream in = ParameterFiles.class.getClassLoader().getResourceAsStream("org/eigrules/promotions/p3.yaml")) {
                root = (ObjectNode) YAML.readTree(in);
            }
            ObjectNode parameters = (ObjectNode) root.get("parameters");
            if (amount == null) {
                parameters.remove("envelope");
            } else {
                ((ObjectNode) parameters.get("envelope")).put("value", new java.math.BigDecimal(amount));
            }
            PromotionParameters changed = ParameterFiles.read("p3.yaml", new ByteArrayInputStream(YAML.writeValueAsBytes(root)));
            return EigRules.of(RuleSet.builtIn().withParameters(changed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
