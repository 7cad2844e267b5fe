package org.eigrules.rules.cofinancing;

/**
 * A fact the co-financing rules insert when PIA money has a valid recipient (FIN-1, FIN-2); the
 * FIN-3 rules compute the amounts only when one exists.
 *
 * @param name the body that receives the money: the funding carrier, or the host itself
 */
public record PiaRecipient(String name) {
}
