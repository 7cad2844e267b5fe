/**
 * Internal: the candidates' rules run over one candidacy — one rule base per promotion, what they
 * found ({@code CandidateFindings}, the rule files' global {@code findings}), their messages, and
 * the ranking of candidates from the jury's marks.
 */
package org.eigrules.engine.candidacy;
