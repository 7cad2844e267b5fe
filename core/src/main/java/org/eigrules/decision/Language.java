package org.eigrules.decision;

/** The languages every decision message is written in. */
public enum Language {
    FR,
    EN
}
