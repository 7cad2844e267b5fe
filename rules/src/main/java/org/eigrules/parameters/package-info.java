/**
 * Per-promotion parameter files ({@code p<N>.yaml}): every value with its label and source, checked
 * on load.
 */
package org.eigrules.parameters;
