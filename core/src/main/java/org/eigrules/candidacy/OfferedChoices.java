package org.eigrules.candidacy;

import org.eigrules.model.DefiName;

import java.util.List;

/**
 * What a promotion's candidates choose among (CND-5): its défis, or its profiles, each with the
 * spellings the record publishes for it, the first one the name it goes by. A choice names an
 * offer when it is the same as one of its spellings once typographic variants are folded
 * ({@link DefiName}); two choices naming one offer are one choice, whichever spellings they use.
 *
 * @param spellings each offer's spellings, in the order of the parameter file, none empty
 */
public record OfferedChoices(List<List<String>> spellings) {

    /** Copies the lists; an offer without a spelling could never be chosen, so it is refused. */
    public OfferedChoices {
        spellings = spellings.stream().map(List::copyOf).toList();
        if (spellings.isEmpty() || spellings.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("every offer needs at least one spelling");
        }
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
        return spellings.stream().map(s -> s.get(0)).toList();
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
        String folded = DefiName.folded(choice);
        for (List<String> offer : spellings) {
            for (String spelling : offer) {
                if (DefiName.folded(spelling).equals(folded)) {
                    return offer.get(0);
                }
            }
        }
        return null;
    }
}
