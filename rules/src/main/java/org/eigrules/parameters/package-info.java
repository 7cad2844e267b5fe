/**
 * Per-promotion parameter files ({@code p<N>.yaml}): every value with its label and source, checked
 * on load; and the field table ({@code fields.yaml}, {@link org.eigrules.parameters.FieldTable}):
 * which clauses need which fields of the application file, and which promotions use a field.
 */
package org.eigrules.parameters;
