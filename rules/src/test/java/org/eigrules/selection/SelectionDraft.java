package org.eigrules.selection;

import org.eigrules.ApplicationDraft;
import org.eigrules.model.Application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A promotion 3 selection under construction for tests: défis named by the test, each eligible
 * with the PIA money it asks for, and their grids.
 */
final class SelectionDraft {

    private final List<Application> applications = new ArrayList<>();
    private final List<JuryGrid> grids = new ArrayList<>();
    private List<String> selected;
    private int promotion = 3;

    static SelectionDraft selection() {
        return new SelectionDraft();
    }

    /** An eligible défi whose decision grants {@code pia} euros (a total of 200,000 € leaves room up to 140,000 €). */
    SelectionDraft defi(String name, String pia) {
        return application(ApplicationDraft.eligible().with("challenge.name", name)
                .with("funding.totalEmployerCost", new BigDecimal("200000.00"))
                .with("funding.requestedPiaAmount", new BigDecimal(pia)).build());
    }

    /** A self-funded eligible défi: no programme money. */
    SelectionDraft selfFunded(String name) {
        return application(ApplicationDraft.eligible().with("challenge.name", name)
                .with("funding.mode", "SELF_FUNDED").without("funding.requestedPiaAmount").build());
    }

    SelectionDraft application(Application application) {
        applications.add(application);
        return this;
    }

    SelectionDraft grid(String name, String group, int groupRank, String opinion, boolean favourite, Integer... scores) {
        grids.add(new JuryGrid(name, group, groupRank, Arrays.asList(scores), Opinion.valueOf(opinion), favourite));
        return this;
    }

    /** A favourable grid, not a favourite. */
    SelectionDraft grid(String name, String group, int groupRank, Integer... scores) {
        return grid(name, group, groupRank, "FAVOURABLE", false, scores);
    }

    SelectionDraft grid(JuryGrid grid) {
        grids.add(grid);
        return this;
    }

    SelectionDraft selected(String... names) {
        selected = List.of(names);
        return this;
    }

    SelectionDraft promotion(int promotion) {
        this.promotion = promotion;
        return this;
    }

    Selection build() {
        return new Selection(promotion, applications, grids, selected);
    }
}
