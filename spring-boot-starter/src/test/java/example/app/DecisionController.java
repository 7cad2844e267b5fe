package example.app;

import org.eigrules.EigRules;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Decision;
import org.eigrules.model.Application;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DecisionController {

    private final EigRules rules;

    DecisionController(EigRules rules) {
        this.rules = rules;
    }

    @PostMapping("/applications/decision")
    Decision decide(@RequestBody Application application) {
        return rules.evaluate(application);
    }

    @PostMapping("/candidacies/decision")
    CandidacyDecision decide(@RequestBody Candidacy candidacy) {
        return rules.evaluate(candidacy);
    }
}
