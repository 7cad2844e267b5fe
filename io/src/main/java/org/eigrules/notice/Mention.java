package org.eigrules.notice;

import org.eigrules.EigRules;
import org.eigrules.decision.LocalizedText;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;

/**
 * The explicit mention (ALG-1): the decision was made with the help of an algorithmic processing,
 * what the processing is for, and how to ask for its rules. The wording is the messages' entry
 * {@code mention.algorithmic} (with the promotion's {@code programme.contact}) or, when the
 * promotion's parameters give no contact, {@code mention.algorithmic.no-contact}: a rule folder's
 * messages file may rewrite either.
 */
public final class Mention {

    /** The parameter that says where to ask for the rules. */
    public static final String CONTACT = "programme.contact";

    private Mention() {
    }

    /** The mention for a decision of {@code promotion}, in both languages. */
    public static LocalizedText of(EigRules rules, int promotion) {
        PromotionParameters parameters = rules.ruleSet().parameters().get(promotion);
        Parameter contact = parameters == null ? null : parameters.parameters().get(CONTACT);
        return contact == null ? rules.ruleSet().messages().text("mention.algorithmic.no-contact")
                : rules.ruleSet().messages().text("mention.algorithmic", contact.value());
    }
}
