/**
 * The contract's files: applications ({@link org.eigrules.io.ApplicationFiles}), candidacies
 * ({@link org.eigrules.io.CandidacyFiles}) and selections ({@link org.eigrules.io.SelectionFiles})
 * in JSON and YAML, read with every problem reported by path; the contract's JSON for decisions,
 * candidacies and selections ({@link org.eigrules.io.DecisionJson}, {@link
 * org.eigrules.io.CandidacyJson}, {@link org.eigrules.io.SelectionJson}); decisions as text an
 * officer reads ({@link org.eigrules.io.DecisionText}); and the JSON Schemas of the three kinds of
 * file ({@link org.eigrules.io.FileSchemas}; {@link org.eigrules.io.ApplicationSchema} for applications).
 */
package org.eigrules.io;
