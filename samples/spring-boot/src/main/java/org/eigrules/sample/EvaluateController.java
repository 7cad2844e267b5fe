package org.eigrules.sample;

import org.eigrules.EigRules;
import org.eigrules.io.CandidacyFiles.ApplicationOrCandidacy;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint for both kinds of file: the starter reads the body strictly (JSON, or YAML with
 * {@code Content-Type: application/yaml}), tells a candidacy from an application, and writes the
 * decision as the contract's JSON in the request's language; an invalid body is a 400 problem.
 */
@RestController
class EvaluateController {

    private final EigRules rules;

    EvaluateController(EigRules rules) {
        this.rules = rules;
    }

    @PostMapping("/evaluate")
    Object evaluate(@RequestBody ApplicationOrCandidacy input) {
        return input.application() != null ? rules.evaluate(input.application()) : rules.evaluate(input.candidacy());
    }
}
