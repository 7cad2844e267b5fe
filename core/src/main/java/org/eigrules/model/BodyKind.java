package org.eigrules.model;

/** The legal kind of a public or private body (ADM-1, FIN-1, FIN-2). */
public enum BodyKind {
    /** A ministry. */
    MINISTRY,
    /** A central administration (a directorate of a ministry). */
    CENTRAL_ADMINISTRATION,
    /** A state operator (public establishment under a ministry). */
    STATE_OPERATOR,
    /** A devolved state service (services déconcentrés). */
    DEVOLVED_STATE_SERVICE,
    /** An independent administrative authority. */
    INDEPENDENT_AUTHORITY,
    /** A territorial authority (collectivité territoriale). */
    TERRITORIAL_AUTHORITY,
    /** A public health establishment. */
    HEALTH_ESTABLISHMENT,
    /** A company. */
    COMPANY,
    /** An association. */
    ASSOCIATION,
    /** Any other kind of body. */
    OTHER
}
