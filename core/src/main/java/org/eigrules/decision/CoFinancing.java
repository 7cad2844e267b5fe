package org.eigrules.decision;

import org.eigrules.model.FundingMode;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the promotion's funder pays and what the host pays.
 *
 * <p>When granted, {@code grantAmount + hostAmount} equals the file's total employer cost to the
 * cent. When not granted, the grant is zero and {@code hostAmount} is the whole total; both are
 * null when the total itself is missing. In promotion 5, when the amounts depend on EIGs'
 * experience bands the file does not state, {@code piaAmount} (the grant) and {@code hostAmount}
 * are null and {@code grantRange} / {@code hostRange} bound them, each bound adding up to the
 * total of its assignment of bands (a refused grant is then zero and only the host's share is a
 * range).
 *
 * @param mode        the mode the application asked for ({@code CO_FINANCED} or {@code SELF_FUNDED}),
 *                    null when it is missing
 * @param funder      who co-finances: {@code PIA} in promotion 3, {@code PROGRAMME_352} in promotions 4 and 5
 * @param granted     whether money is granted
 * @param recipient   who receives the money (funding carrier or host); null when nothing is granted
 * @param rate        the promotion's rate: the share of the employer cost the funder pays
 * @param piaAmount   euros paid by the funder, scale 2 (the contract's {@code grantAmount}; {@code piaAmount}
 *                    is its promotion 3 name)
 * @param hostAmount  euros paid by the host, scale 2
 * @param notes       which clauses decided, and how money could be obtained
 * @param grantRange  the funder's amount as a range when it depends on unstated bands (promotion 5), else null
 * @param hostRange   the host's amount as a range when it depends on unstated bands (promotion 5), else null
 */
public record CoFinancing(
        FundingMode mode,
        String funder,
        boolean granted,
        String recipient,
        BigDecimal rate,
        BigDecimal piaAmount,
        BigDecimal hostAmount,
        List<Note> notes,
        AmountRange grantRange,
        AmountRange hostRange) {

    /** Copies the notes, which must be given (an empty list when there are none). */
    public CoFinancing {
        notes = List.copyOf(notes);
    }

    /** Exact amounts, no range (promotions 3 and 4, and promotion 5 when the bands are known). */
    public CoFinancing(FundingMode mode, String funder, boolean granted, String recipient, BigDecimal rate,
                       BigDecimal piaAmount, BigDecimal hostAmount, List<Note> notes) {
        this(mode, funder, granted, recipient, rate, piaAmount, hostAmount, notes, null, null);
    }

    /** The funder's amount (the contract's {@code grantAmount}; {@code piaAmount} repeats it for promotion 3). */
    public BigDecimal grantAmount() {
        return piaAmount;
    }
}
