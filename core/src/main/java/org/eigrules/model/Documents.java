package org.eigrules.model;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * The pieces the file holds (DOC-1). A piece that is absent, answered {@code false} or a deck of
 * 0 slides is missing, unless a deck over the limit already fails the clause: the rules decide.
 *
 * @param detailedForm        the detailed application form is attached
 * @param pitchSlides         the number of slides of the pitch deck; 0 means no deck
 * @param financialSimulation the financial simulation of each EIG's contract is attached
 */
public record Documents(
        Boolean detailedForm,
        @PositiveOrZero Integer pitchSlides,
        Boolean financialSimulation) {
}
