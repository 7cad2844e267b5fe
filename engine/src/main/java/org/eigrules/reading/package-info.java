/**
 * The one reading layer every file of the library goes through, within {@link
 * org.eigrules.reading.ReadingLimits}: {@link org.eigrules.reading.DocumentReader} turns bytes or
 * text into a tree of values (strict UTF-8, JSON or YAML, duplicate keys, several documents and
 * tags refused, aliases expanded and counted); {@link org.eigrules.reading.ModelCheck} checks a
 * tree against a model type without coercion, naming every problem by its path; {@link
 * org.eigrules.reading.InputText} gives the messages in French and English. A new file format
 * (a selection, a candidacy) reads its documents with the first, checks them with the second, and
 * adds its own messages to the third's files.
 */
package org.eigrules.reading;
