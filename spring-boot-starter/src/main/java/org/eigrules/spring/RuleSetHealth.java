package org.eigrules.spring;

import org.eigrules.EigRules;
import org.eigrules.record.Fingerprints;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the health indicator shows of the rule set in force: its fingerprint (the one decision
 * records carry), where it comes from, and the promotions it decides.
 */
final class RuleSetHealth {

    private RuleSetHealth() {
    }

    static Map<String, Object> details(EigRules rules, Path folder) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fingerprint", Fingerprints.of(rules).value());
        details.put("rules", folder == null ? "built-in" : folder.toString());
        details.put("promotions", rules.promotions().stream().toList());
        details.put("candidacyPromotions", rules.candidacyPromotions().stream().toList());
        return details;
    }
}
