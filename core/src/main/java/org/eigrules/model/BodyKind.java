package org.eigrules.model;

/** The legal kind of a public or private body (ADM-1, FIN-1, FIN-2). */
public enum BodyKind {
    MINISTRY,
    CENTRAL_ADMINISTRATION,
    STATE_OPERATOR,
    DEVOLVED_STATE_SERVICE,
    INDEPENDENT_AUTHORITY,
    TERRITORIAL_AUTHORITY,
    HEALTH_ESTABLISHMENT,
    COMPANY,
    ASSOCIATION,
    OTHER
}
