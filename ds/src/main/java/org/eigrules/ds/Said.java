package org.eigrules.ds;

import org.eigrules.decision.Language;

/**
 * A message in French and English, for the module's own reports (the command line prints one).
 *
 * @param fr the French text
 * @param en the English text
 */
public record Said(String fr, String en) {

    /** The text in a language. */
    public String in(Language language) {
        return language == Language.EN ? en : fr;
    }

    @Override
    public String toString() {
        return en;
    }
}
