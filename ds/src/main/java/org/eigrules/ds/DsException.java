package org.eigrules.ds;

/** The API could not be used: what happened, in the user's words; never the token. */
public final class DsException extends Exception {

    /** What kind of failure, for programs and tests. */
    public enum Kind {
        /** HTTP 401: the token is refused. */
        UNAUTHORIZED,
        /** HTTP 403: the token gives no access to this démarche. */
        FORBIDDEN,
        /** HTTP 429, still after every retry. */
        TOO_MANY_REQUESTS,
        /** HTTP 5xx, still after every retry. */
        SERVER,
        /** Another HTTP status. */
        HTTP,
        /** A 200 whose answer has a top-level errors list. */
        GRAPHQL,
        /** No answer: connection refused, timeout, interrupted. */
        NETWORK,
        /** The bounded number of requests is spent. */
        REQUEST_LIMIT,
        /** An answer that is not what the API gives (not JSON, no data). */
        ANSWER
    }

    private final Kind kind;
    private final transient Said said;

    DsException(Kind kind, Said said) {
        super(said.en(), null, false, false);
        this.kind = kind;
        this.said = said;
    }

    /** What kind of failure. */
    public Kind kind() {
        return kind;
    }

    /** The message in both languages. */
    public Said said() {
        return said;
    }
}
