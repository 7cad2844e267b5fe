package org.eigrules.engine.selection;

import java.math.BigDecimal;

/** A favourable ranked défi that the envelope walk has not placed yet (SEL-5). */
public record Pending(Ranked ranked) {

    public int rank() {
        return ranked.rank();
    }

    public BigDecimal money() {
        return ranked.candidate().money();
    }
}
