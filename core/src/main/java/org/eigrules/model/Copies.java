package org.eigrules.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies that keep null (absent) and null elements, so validation can report them. */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(List<T> source) {
        return source == null ? null : Collections.unmodifiableList(new ArrayList<>(source));
    }
}
