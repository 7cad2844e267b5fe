package org.eigrules.model;

import jakarta.validation.constraints.PositiveOrZero;
import org.eigrules.validation.NeededBy;

/**
 * The pieces the file holds (DOC-1).
 *
 * @param detailedForm        the detailed application form is attached
 * @param pitchSlides         the number of slides of the pitch deck; 0 means no deck
 * @param financialSimulation the financial simulation of each EIG's contract is attached
 */
public record Documents(
        @NeededBy("DOC-1") Boolean detailedForm,
        @NeededBy("DOC-1") @PositiveOrZero Integer pitchSlides,
        @NeededBy("DOC-1") Boolean financialSimulation) {
}
