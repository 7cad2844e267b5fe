package org.eigrules.decision;

import org.eigrules.model.FundingMode;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the promotion's funder pays and what the host pays.
 *
 * <p>When granted, {@code grantAmount + hostAmount} equals the file's total employer cost to the
 * cent. When not granted, the grant is zero and {@code hostAmount} is the whole total; both are
 * null when the total itself is missing.
 *
 * @param mode        the mode the application asked for ({@code CO_FINANCED} or {@code SELF_FUNDED}),
 *                    null when it is missing
 * @param funder      who co-finances: {@code PIA} in promotion 3
 * @param granted     whether money is granted
 * @param recipient   who receives the money (funding carrier or host); null when nothing is granted
 * @param rate        the promotion's rate: the share of the employer cost the funder pays
 * @param piaAmount   euros paid by the funder, scale 2 (the PIA in promotion 3)
 * @param hostAmount  euros paid by the host, scale 2
 * @param notes       which clauses decided, and how money could be obtained
 */
public record CoFinancing(
        FundingMode mode,
        String funder,
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

    /** The funder's amount (the contract's {@code grantAmount}; {@code piaAmount} repeats it for promotion 3). */
    public BigDecimal grantAmount() {
        return piaAmount;
    }
}
