/**
 * What an evaluation returns: a {@link org.eigrules.decision.Decision} with its verdict, reasons,
 * missing fields, co-financing and priorities, with messages in French and English.
 */
package org.eigrules.decision;
