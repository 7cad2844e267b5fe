package org.eigrules.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How two names of one défi are told to be the same: wherever a file names a défi (a candidacy's
 * choices, a jury grid, a decided selection), the name is compared with the published ones after
 * folding the variants that typing or typesetting brings, never exactly. The public record itself
 * writes {@code Karfu’R} with a typographic apostrophe and {@code GDR Santé} with a combining
 * accent, which nobody types the same way twice.
 *
 * <p>Folding is: Unicode NFKC (composes {@code e} + U+0301 into {@code é}, turns no-break spaces
 * into spaces); every apostrophe or prime ({@code ’ ‘ ‛ ʼ ′}) into {@code '}; every double quote
 * ({@code « » “ ” „ ‟}) into {@code "}; every dash (Unicode dash punctuation, and the minus sign)
 * into {@code -}; lower case; runs of white space into one space, none at either end. Nothing
 * else: {@code SocialConnect} and {@code Social Connect} are two spellings, which only a list of
 * spellings (a promotion's parameter file) can say are one défi.
 */
public final class DefiName {

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u201B\u02BC\u2032]");
    private static final Pattern QUOTES = Pattern.compile("[\u00AB\u00BB\u201C\u201D\u201E\u201F]");
    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}\u2212]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private DefiName() {
    }

    /**
     * The name with its typographic variants folded, as names are compared.
     *
     * @param name a name as a file writes it, not null
     * @return the folded name: two names are the same when their folded names are equal
     */
    public static String folded(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        text = APOSTROPHES.matcher(text).replaceAll("'");
        text = QUOTES.matcher(text).replaceAll("\"");
        text = DASHES.matcher(text).replaceAll("-");
        text = text.toLowerCase(Locale.ROOT);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Whether two names are the same once folded.
     *
     * @param a a name, or null
     * @param b a name, or null
     * @return true when both are given and fold to the same text
     */
    public static boolean same(String a, String b) {
        return a != null && b != null && folded(a).equals(folded(b));
    }
}
