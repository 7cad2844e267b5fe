package org.eigrules.candidacy;

import org.eigrules.model.DefiName;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a promotion's candidates choose among (CND-5): its défis, or its profiles, each with the
 * spellings the record publishes for it, the first one the name it goes by. A choice names an
 * offer when it is the same as one of its spellings once typographic variants are folded
 * ({@link DefiName}); two choices naming one offer are one choice, whichever spellings they use.
 *
 * <p>Immutable; each spelling is folded once, when the offer is made, not at each comparison (a
 * candidacy's rules compare its choices several times).
 */
public final class OfferedChoices {

    private final List<List<String>> spellings;
    private final List<String> names;
    // Each folded spelling, to the name its offer goes by.
    private final Map<String, String> byFoldedSpelling = new HashMap<>();

    /**
     * Copies the lists; an offer without a spelling could never be chosen, so it is refused.
     *
     * @param spellings each offer's spellings, in the order of the parameter file, none empty
     */
    public OfferedChoices(List<List<String>> spellings) {
        this.spellings = spellings.stream().map(List::copyOf).toList();
        if (this.spellings.isEmpty() || this.spellings.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("every offer needs at least one spelling");
        }
        this.names = this.spellings.stream().map(s -> s.get(0)).toList();
        for (List<String> offer : this.spellings) {
            for (String spelling : offer) {
                byFoldedSpelling.putIfAbsent(DefiName.folded(spelling), offer.get(0));
            }
        }
    }

    /**
     * Each offer's spellings, in the order of the parameter file.
     *
     * @return the spellings, the first of each the name it goes by
     */
    public List<List<String>> spellings() {
        return spellings;
    }

    /** Offers named once each, by one spelling. */
    public static OfferedChoices of(List<String> names) {
        return new OfferedChoices(names.stream().map(List::of).toList());
    }

    /**
     * The name each offer goes by: its first spelling.
     *
     * @return one name per offer, in order
     */
    public List<String> names() {
        return names;
    }

    /**
     * The offer a choice names.
     *
     * @param choice a choice as the file writes it
     * @return the name the offer goes by, or null when the choice names none
     */
    public String offerNamed(String choice) {
        if (choice == null) {
            return null;
        }
        return byFoldedSpelling.get(DefiName.folded(choice));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferedChoices that && spellings.equals(that.spellings);
    }

    @Override
    public int hashCode() {
        return spellings.hashCode();
    }

    @Override
    public String toString() {
        return "OfferedChoices" + spellings;
    }
}
