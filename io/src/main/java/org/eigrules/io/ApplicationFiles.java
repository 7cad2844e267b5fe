package org.eigrules.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.engine.ApplicationBinding;
import org.eigrules.model.Application;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.InputText;
import org.eigrules.reading.ModelCheck;
import org.eigrules.reading.ReadingException;
import org.eigrules.reading.ReadingLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads application files in the contract's JSON or YAML format, from a file, a stream or a
 * string. Reading goes through the one reading layer ({@code org.eigrules.reading}) and its
 * limits; every problem in a file is then reported by its path — unknown fields, wrong types
 * (nothing is coerced), unknown enum values, malformed dates, duplicate keys, negative amounts,
 * bad SIRETs — instead of stopping at the first, in English and French. Missing information is
 * not a problem here: the evaluation reports it.
 */
public final class ApplicationFiles {

    /** The file formats, chosen by extension. */
    public enum Format {
        JSON, YAML;

        /**
         * The format of a file name: {@code .json}, or {@code .yaml}/{@code .yml}.
         *
         * @throws IllegalArgumentException for any other extension
         */
        public static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                return JSON;
            }
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                return YAML;
            }
            throw new IllegalArgumentException(fileName + ": expected a .json, .yaml or .yml file");
        }

        DocumentReader.Syntax syntax() {
            return this == JSON ? DocumentReader.Syntax.JSON : DocumentReader.Syntax.YAML;
        }
    }

    // Candidacy files are bound by the same mapper and check as applications.
    static final ObjectMapper MAPPER = ApplicationBinding.MAPPER;
    static final ModelCheck CHECK = ApplicationBinding.CHECK;

    private ApplicationFiles() {
    }

    /**
     * Reads an application file, JSON or YAML by its extension. A file over
     * {@link ReadingLimits#MAX_DOCUMENT_BYTES} is refused without being read.
     *
     * @throws InvalidApplicationException listing every problem by its path
     * @throws IllegalArgumentException    when the extension is none of .json, .yaml, .yml
     * @throws IOException                 when the file cannot be read
     */
    public static Application read(Path file) throws IOException {
        Format format = Format.of(file.getFileName().toString());
        return read(bytesOf(file), format);
    }

    /**
     * A file's bytes, refused without being read whole when it is over
     * {@link ReadingLimits#MAX_DOCUMENT_BYTES}: the one way every document file is read.
     *
     * @throws InvalidApplicationException when the file is too large
     * @throws IOException                 when the file cannot be read
     */
    public static byte[] bytesOf(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > ReadingLimits.MAX_DOCUMENT_BYTES) {
            throw invalid(List.of(InputText.violation("", "too-large", ReadingLimits.MAX_DOCUMENT_BYTES)));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentReader.readBounded(in);
        } catch (ReadingException e) {
            throw invalid(List.of(e.violation()));
        }
    }

    /**
     * Reads an application from a stream in the given format (UTF-8), at most
     * {@link ReadingLimits#MAX_DOCUMENT_BYTES}. The stream is not closed.
     *
     * @throws InvalidApplicationException listing every problem by its path
     * @throws IOException                 when the stream cannot be read
     */
    public static Application read(InputStream in, Format format) throws IOException {
        byte[] bytes;
        try {
            bytes = DocumentReader.readBounded(in);
        } catch (ReadingException e) {
            throw invalid(List.of(e.violation()));
        }
        return read(bytes, format);
    }

    /**
     * Reads an application from UTF-8 bytes in the given format.
     *
     * @throws InvalidApplicationException listing every problem by its path
     */
    public static Application read(byte[] bytes, Format format) {
        try {
            return ApplicationBinding.bind(DocumentReader.parse(bytes, format.syntax()).root());
        } catch (ReadingException e) {
            throw invalid(List.of(e.violation()));
        }
    }

    /**
     * Reads an application from text in the given format, for callers that hold the file's
     * content already: {@code ApplicationFiles.read(text, Format.YAML)}.
     *
     * @throws InvalidApplicationException listing every problem by its path
     */
    public static Application read(String text, Format format) {
        try {
            return ApplicationBinding.bind(DocumentReader.parse(text, format.syntax()).root());
        } catch (ReadingException e) {
            throw invalid(List.of(e.violation()));
        }
    }

    /**
     * Builds an application from a tree of values already read (a scenario's inline
     * application, for instance), with the same checks as a file.
     *
     * @throws InvalidApplicationException listing every problem by its path
     */
    public static Application read(JsonNode tree) {
        return ApplicationBinding.bind(tree);
    }

    private static InvalidApplicationException invalid(List<Violation> problems) {
        return new InvalidApplicationException(problems);
    }
}
