package org.eigrules.selection;

import java.math.BigDecimal;

/**
 * The promotion's envelope and how much of it the covered défis use (FIN-6, SEL-5).
 *
 * @param amount    the envelope, from the promotion's parameter file
 * @param used      the programme money of the covered défis
 * @param remaining what is left
 * @param label     the parameter's label
 * @param source    where the amount comes from
 */
public record Envelope(BigDecimal amount, BigDecimal used, BigDecimal remaining, String label, String source) {
}
