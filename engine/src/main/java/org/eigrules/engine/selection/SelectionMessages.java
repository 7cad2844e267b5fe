package org.eigrules.engine.selection;

import org.eigrules.decision.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The selection rules' messages, French and English, from their own files beside selection.drl. */
public final class SelectionMessages {

    static final String FOLDER = org.eigrules.ruleset.PolicyLayout.SELECTION.resource();
    private static final SelectionMessages BUILT_IN = new SelectionMessages();

    private final Map<Language, Properties> messages = new EnumMap<>(Language.class);

    private SelectionMessages() {
        for (Language language : Language.values()) {
            String file = FOLDER + "selection_" + language.name().toLowerCase(Locale.ROOT) + ".properties";
            try (InputStream in = SelectionMessages.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException(file + " is not on the classpath");
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                messages.put(language, properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static SelectionMessages builtIn() {
        return BUILT_IN;
    }

    /** The keys one language defines. */
    public Set<String> keys(Language language) {
        return messages.get(language).stringPropertyNames();
    }

    /** A message with its arguments, amounts and yes/no written the language's way. */
    public String text(Language language, String key, Object... args) {
        String pattern = messages.get(language).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no selection message " + key + " in " + language);
        }
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof BigDecimal amount) {
                written[i] = money(amount, language);
            } else if (arg instanceof Boolean yes) {
                written[i] = messages.get(language).getProperty(yes ? "yes" : "no");
            } else {
                written[i] = String.valueOf(arg);
            }
        }
        return new MessageFormat(pattern, language == Language.EN ? Locale.UK : Locale.FRANCE).format(written);
    }

    /** An amount in euros to the cent: {@code 1 500 000,00 €} in French, {@code €1,500,000.00} in English. */
    public static String money(BigDecimal amount, Language language) {
        if (language == Language.EN) {
            DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
            return (amount.signum() < 0 ? "-€" : "€") + format.format(amount.abs());
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202F');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + "\u00A0€";
    }
}
