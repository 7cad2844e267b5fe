package org.eigrules.engine.selection;

/** A défi of the programme's decided selection (SEL-6). */
public record Chosen(Candidate candidate) {
}
