package org.eigrules.rules.cofinancing;

/**
 * A fact the co-financing rules of promotions 4 and 5 insert when the programme's money is
 * requested but no valid recipient exists (FIN-7, FIN-8, FIN-9): the amounts are
 * then not needed, since nothing could be paid.
 */
public record GrantRefused() {
}
