package org.eigrules.spring;

import jakarta.servlet.http.HttpServletRequest;
import org.eigrules.decision.Language;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Locale;

/**
 * The language a request's answer is written in: its {@code lang} parameter ({@code fr} or {@code en},
 * in any case), else its {@code Accept-Language} header when that prefers French or English, else the
 * configured default.
 */
final class RequestLanguage {

    private RequestLanguage() {
    }

    /** {@code fr}, {@code FR}, {@code en}, {@code En}…; anything else is refused with what was expected. */
    static Language parse(String text) {
        String code = text == null ? "" : text.strip();
        for (Language language : Language.values()) {
            if (language.name().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("lang: expected fr or en, found \"" + code + "\"");
    }

    /**
     * The answer's language.
     *
     * @throws UnknownLanguageException when the {@code lang} parameter is neither {@code fr} nor {@code en}
     */
    static Language of(Language fallback) {
        return of(fallback, true);
    }

    /** As {@link #of(Language)}, but an unknown {@code lang} gives the fallback: for the problem that reports it. */
    static Language orFallback(Language fallback) {
        return of(fallback, false);
    }

    private static Language of(Language fallback, boolean strict) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String asked = request.getParameter("lang");
            if (asked != null) {
                try {
                    return parse(asked);
                } catch (IllegalArgumentException unknown) {
                    if (strict) {
                        throw new UnknownLanguageException(asked);
                    }
                    return fallback;
                }
            }
            Language accepted = accepted(request.getHeader("Accept-Language"));
            if (accepted != null) {
                return accepted;
            }
        }
        return fallback;
    }

    /** The first of French and English in the header's order of preference ({@code de, en;q=0.8} gives English). */
    static Language accepted(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header); // sorted by weight, q=0 dropped
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        for (Locale.LanguageRange range : ranges) {
            String tag = range.getRange();
            String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            if (primary.equals("fr")) {
                return Language.FR;
            }
            if (primary.equals("en")) {
                return Language.EN;
            }
        }
        return null;
    }
}
