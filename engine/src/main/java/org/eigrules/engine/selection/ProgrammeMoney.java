package org.eigrules.engine.selection;

import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Verdict;

import java.math.BigDecimal;

/**
 * The programme money a decision counts against the envelope (SEL-5): the funder's granted amount
 * (P3: the PIA amount). A self-funded défi, one refused the money (FIN-1, FIN-2) or one that is not
 * ELIGIBLE uses none. The one place that reads it, so that the funder-neutral amount ({@code
 * grantAmount}, and a P5 range at its upper bound) replaces it in one line.
 */
public final class ProgrammeMoney {

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private ProgrammeMoney() {
    }

    /** The programme money granted by a decision, scale 2; zero when none is granted. */
    public static BigDecimal of(Decision decision) {
        CoFinancing coFinancing = decision.coFinancing();
        if (decision.verdict() != Verdict.ELIGIBLE || !coFinancing.granted()) {
            return NONE;
        }
        // A promotion 5 range counts at its upper bound: the most the défi could cost the programme.
        if (coFinancing.grantAmount() == null) {
            return coFinancing.grantRange() == null ? NONE : coFinancing.grantRange().max();
        }
        return coFinancing.grantAmount();
    }

    /**
     * What the host pays, or null when the decision cannot say (the total is missing); for a
     * promotion 5 range, the host's share in the same assignment of bands as the programme money
     * counted (the dearer band for every EIG whose band is not stated).
     */
    public static BigDecimal hostOf(Decision decision) {
        CoFinancing coFinancing = decision.coFinancing();
        if (coFinancing.hostAmount() == null && coFinancing.hostRange() != null) {
            return coFinancing.hostRange().max();
        }
        return coFinancing.hostAmount();
    }
}
