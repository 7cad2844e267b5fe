package org.eigrules.selection;

import java.math.BigDecimal;

/**
 * Totals of a set of défis, to the cent.
 *
 * @param defis       how many défis
 * @param eigs        how many EIGs they request
 * @param grantAmount their programme money
 * @param hostAmount  what their hosts pay
 */
public record Totals(int defis, int eigs, BigDecimal grantAmount, BigDecimal hostAmount) {
}
