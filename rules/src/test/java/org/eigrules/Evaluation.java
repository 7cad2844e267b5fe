package org.eigrules;

import org.eigrules.decision.Decision;

/** The built-in rules, shared by the tests as a user's application would share them. */
public final class Evaluation {

    private Evaluation() {
    }

    public static EigRules rules() {
        return EigRules.builtIn();
    }

    public static Decision evaluate(ApplicationDraft draft) {
        return rules().evaluate(draft.build());
    }
}
