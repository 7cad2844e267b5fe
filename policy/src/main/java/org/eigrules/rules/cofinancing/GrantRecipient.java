package org.eigrules.rules.cofinancing;

/**
 * A fact the co-financing rules of promotions 4 and 5 insert when the programme's money has a
 * valid recipient (FIN-7 to FIN-9, FIN-12); the FIN-10 and FIN-11 rules compute the amounts only
 * when one exists.
 *
 * @param name the body that receives the money: the funding carrier, or the host itself
 */
public record GrantRecipient(String name) {
}
