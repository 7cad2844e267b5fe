package org.eigrules.engine.selection;

import java.math.BigDecimal;
import java.util.List;

/** The promotion's envelope, as its parameter file gives it (FIN-6). Absent when no envelope applies. */
public record EnvelopeAmount(BigDecimal amount) {

    /** Whether the programme money of these défis together is above the envelope. */
    public boolean isExceededBy(List<?> candidates) {
        return Walk.moneyOf(candidates).compareTo(amount) > 0;
    }
}
