package org.eigrules.spring;

/** A request's {@code lang} parameter names a language the decisions are not written in. */
public final class UnknownLanguageException extends IllegalArgumentException {

    private final String found;

    UnknownLanguageException(String found) {
        super("lang: expected fr or en, found \"" + found + "\"");
        this.found = found;
    }

    /** The parameter's value as the request gave it. */
    public String found() {
        return found;
    }
}
