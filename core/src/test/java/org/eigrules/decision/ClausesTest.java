package org.eigrules.decision;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order of clause ids in decisions and documents. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClausesTest {

    @Test
    void clauses_go_by_family_then_by_number_not_by_text() {
        List<String> clauses = new ArrayList<>(List.of("FIN-10", "CHL-10", "CHL-2", "ADM-1", "FIN-4", "CHL-1", "COM-7",
                "CAL-1", "FIN-1"));
        clauses.sort(Clauses.ORDER);
        assertThat(clauses).containsExactly("ADM-1", "CAL-1", "CHL-1", "CHL-2", "CHL-10", "COM-7", "FIN-1", "FIN-4",
                "FIN-10");
    }

    @Test
    void a_family_that_begins_another_comes_first_and_ids_without_a_number_come_last_in_their_family() {
        List<String> clauses = new ArrayList<>(List.of("CHLX-1", "CHL-x", "CHL", "CHL-3", "CH-9", "CHL-03"));
        clauses.sort(Clauses.ORDER);
        // CHL-03 and CHL-3 share a number: their text decides.
        assertThat(clauses).containsExactly("CH-9", "CHL-03", "CHL-3", "CHL", "CHL-x", "CHLX-1");
        assertThat(Clauses.ORDER.compare("CHL-3", "CHL-3")).isZero();
        assertThat(Clauses.family("CHL-3")).isEqualTo("CHL");
    }

    @Test
    void numbers_in_other_scripts_and_long_numbers_are_read_as_before() {
        List<String> clauses = new ArrayList<>(List.of("CHL-\u0661\u0662", "CHL-3", "CHL-1234567890", "CHL-20"));
        clauses.sort(Clauses.ORDER);
        // Arabic-Indic 12 counts as 12; a ten-digit number is still a number.
        assertThat(clauses).containsExactly("CHL-3", "CHL-\u0661\u0662", "CHL-20", "CHL-1234567890");
    }
}
