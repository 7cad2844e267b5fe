package org.eigrules.rules.cofinancing;

/**
 * A fact the co-financing rules insert when PIA money is requested but no valid recipient exists
 * (FIN-1, FIN-2): the amounts are then not needed, since nothing could be paid.
 */
public record PiaRefused() {
}
