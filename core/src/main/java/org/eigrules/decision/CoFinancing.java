package org.eigrules.decision;

import org.eigrules.model.FundingMode;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the PIA fund pays and what the host pays.
 *
 * <p>When granted, {@code piaAmount + hostAmount} equals the file's total employer cost to the
 * cent. When not granted, {@code piaAmount} is zero and {@code hostAmount} is the whole total;
 * both are null when the total itself is missing.
 *
 * @param mode       the mode the application asked for, null when it is missing
 * @param granted    whether PIA money is granted
 * @param recipient  who receives the PIA money (funding carrier or host); null when nothing is granted
 * @param rate       the promotion's PIA rate when granted, zero otherwise
 * @param piaAmount  euros paid by the PIA, scale 2
 * @param hostAmount euros paid by the host, scale 2
 * @param notes      which clauses decided, and how money could be obtained
 */
public record CoFinancing(
        FundingMode mode,
        boolean granted,
        String recipient,
        BigDecimal rate,
        BigDecimal piaAmount,
        BigDecimal hostAmount,
        List<Note> notes) {

    /** Copies the notes, which must be given (an empty list when there are none). */
    public CoFinancing {
        notes = List.copyOf(notes);
    }
}
