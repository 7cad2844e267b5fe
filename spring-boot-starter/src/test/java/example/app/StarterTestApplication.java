package example.app;

import org.eigrules.EigRules;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.evaluation.EvaluationException;
import org.eigrules.model.Application;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** An application as a user would write it, in a package of its own: controllers that bind the library's types and nothing more. */
@SpringBootApplication
public class StarterTestApplication {

    @RestController
    static class Endpoints {

        private final EigRules rules;

        Endpoints(EigRules rules) {
            this.rules = rules;
        }

        @PostMapping("/applications")
        Decision application(@RequestBody Application application) {
            return rules.evaluate(application);
        }

        @PostMapping("/candidacies")
        CandidacyDecision candidacy(@RequestBody Candidacy candidacy) {
            return rules.evaluate(candidacy);
        }

        @GetMapping("/language")
        String language(@RequestParam Language lang) {
            return lang.name();
        }

        @PostMapping("/failing")
        Decision failing(@RequestBody Application application) {
            throw new EvaluationException("the rules fired more than 10 times", List.of("a rule"), null);
        }
    }
}
