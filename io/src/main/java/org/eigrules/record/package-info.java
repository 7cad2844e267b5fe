/**
 * Accounting for a decision months later: the fingerprint of the rule set in force
 * ({@link org.eigrules.record.Fingerprint}), self-contained decision records and their replay
 * against the rules of today ({@link org.eigrules.record.DecisionRecords}).
 */
package org.eigrules.record;
