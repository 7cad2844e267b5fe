package org.eigrules.decision;

import java.util.Objects;

/**
 * One message in French and in English.
 *
 * @param fr the French text
 * @param en the English text
 */
public record LocalizedText(String fr, String en) {

    /** Both languages must be given. */
    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The text in the given language.
     *
     * @param language French or English
     * @return the text
     */
    public String in(Language language) {
        return language == Language.EN ? en : fr;
    }
}
