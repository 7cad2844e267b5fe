package org.eigrules.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of an application file: {@link FileSchemas} for
 * {@link FileSchemas.Kind#APPLICATION}, kept for the programs that call it by this name.
 */
public final class ApplicationSchema {

    /** The draft the schema follows. */
    public static final String DRAFT = FileSchemas.DRAFT;

    private ApplicationSchema() {
    }

    /**
     * The schema of an application file.
     *
     * @return the schema as a JSON object
     */
    public static ObjectNode generate() {
        return FileSchemas.generate(FileSchemas.Kind.APPLICATION);
    }

    /**
     * The schema as the repository keeps it: two-space indentation, a final line break.
     *
     * @return the schema's text
     */
    public static String text() {
        return FileSchemas.text(FileSchemas.Kind.APPLICATION);
    }
}
