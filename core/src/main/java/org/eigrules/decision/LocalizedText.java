package org.eigrules.decision;

import java.util.Objects;
import java.util.function.Function;

/**
 * One message in French and in English. Immutable and thread-safe; two texts are equal when both
 * languages are.
 *
 * <p>A text made {@linkplain #lazily lazily} writes each language the first time it is read: a
 * decision carries a message for every problem in both languages, and most readers read one
 * language, or none (measured: formatting both languages of every message was a fifth of a
 * decision's time).
 */
public final class LocalizedText {

    private final Function<Language, String> writer;
    // Written once each, on first read; a race writes the same text twice, which is harmless.
    private volatile String fr;
    private volatile String en;

    /**
     * A text given in both languages.
     *
     * @param fr the French text
     * @param en the English text
     */
    public LocalizedText(String fr, String en) {
        this.fr = Objects.requireNonNull(fr, "fr");
        this.en = Objects.requireNonNull(en, "en");
        this.writer = null;
    }

    private LocalizedText(Function<Language, String> writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * A text written in a language the first time it is read in that language.
     *
     * @param writer writes the text in a language; must not return null, and must always give
     *               the same text for the same language
     * @return the text
     */
    public static LocalizedText lazily(Function<Language, String> writer) {
        return new LocalizedText(writer);
    }

    /** The French text. */
    public String fr() {
        String text = fr;
        if (text == null) {
            text = written(Language.FR);
            fr = text;
        }
        return text;
    }

    /** The English text. */
    public String en() {
        String text = en;
        if (text == null) {
            text = written(Language.EN);
            en = text;
        }
        return text;
    }

    /**
     * The French text, for serialisers that read JavaBeans properties: Jackson writes a text as
     * {@code {"fr": …, "en": …}}, as it wrote the record this class once was.
     *
     * @return the French text
     */
    public String getFr() {
        return fr();
    }

    /**
     * The English text, for serialisers that read JavaBeans properties.
     *
     * @return the English text
     */
    public String getEn() {
        return en();
    }

    private String written(Language language) {
        return Objects.requireNonNull(writer.apply(language), () -> "no " + language + " text");
    }

    /**
     * The text in the given language.
     *
     * @param language French or English
     * @return the text
     */
    public String in(Language language) {
        return language == Language.EN ? en() : fr();
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof LocalizedText text && fr().equals(text.fr()) && en().equals(text.en());
    }

    @Override
    public int hashCode() {
        return 31 * fr().hashCode() + en().hashCode();
    }

    @Override
    public String toString() {
        return "LocalizedText[fr=" + fr() + ", en=" + en() + "]";
    }
}
