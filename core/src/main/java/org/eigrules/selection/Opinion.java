package org.eigrules.selection;

/** A jury group's opinion on a défi it heard (JRY-5, SEL-1). */
public enum Opinion {
    FAVOURABLE,
    UNFAVOURABLE
}
