package org.eigrules.cli;

import org.eigrules.decision.Language;
import picocli.CommandLine;

import java.util.Locale;

/** Reads {@code fr} or {@code en}, in any case. */
final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        try {
            return Language.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected fr or en, found '" + value + "'");
        }
    }
}
