/**
 * The contract's files: applications ({@link org.eigrules.io.ApplicationFiles}), candidacies
 * ({@link org.eigrules.io.CandidacyFiles}) and selections ({@link org.eigrules.io.SelectionFiles})
 * in JSON and YAML, read with every problem reported by path; the contract's JSON for decisions,
 * candidacies and selections ({@link org.eigrules.io.DecisionJson}, {@link
 * org.eigrules.io.CandidacyJson}, {@link org.eigrules.io.SelectionJson}); decisions as text an
 * officer reads ({@link org.eigrules.io.DecisionText}); and the JSON Schema of application files
 * ({@link org.eigrules.io.ApplicationSchema}).
 */
package org.eigrules.io;
