/**
 * A promotion's policy values (dates, rates, amounts, lists), each with its label and source, as
 * the rules read them.
 */
package org.eigrules.promotion;
