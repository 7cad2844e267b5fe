package org.eigrules.decision;

/** The languages every decision message is written in. */
public enum Language {
    /** French, the language of the policy. */
    FR,
    /** English. */
    EN
}
