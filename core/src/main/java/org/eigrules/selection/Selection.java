package org.eigrules.selection;

import org.eigrules.model.Application;

import java.util.List;

/**
 * A promotion's selection as the programme team holds it after the jury (SEL-1): the défis'
 * applications, the jury's grid for each défi it heard and, optionally, the selection the programme
 * decided, to be checked (SEL-6).
 *
 * @param promotion    the promotion
 * @param applications every application of the promotion taking part
 * @param grids        one grid per heard défi
 * @param selected     the names of the défis the programme selected, or null when none is given
 */
public record Selection(Integer promotion, List<Application> applications, List<JuryGrid> grids,
                        List<String> selected) {

    public Selection {
        // Copies that keep null entries, so that validation can name them instead of failing here.
        applications = copy(applications == null ? List.of() : applications);
        grids = copy(grids == null ? List.of() : grids);
        selected = selected == null ? null : copy(selected);
    }

    private static <T> List<T> copy(List<T> list) {
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    /** The same applications and grids without a decided selection. */
    public Selection withoutSelected() {
        return new Selection(promotion, applications, grids, null);
    }
}
