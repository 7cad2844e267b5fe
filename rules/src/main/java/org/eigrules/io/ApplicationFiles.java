package org.eigrules.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.eigrules.InvalidApplicationException;
import org.eigrules.Violation;
import org.eigrules.engine.InputValidation;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

    // Binds trees the reading layer made and ModelCheck accepted: no coercion is left to do, and
    // none is allowed should a type slip through. Candidacy files are bound by the same two.
    static final ObjectMapper MAPPER = configure(JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build());
    static final ModelCheck CHECK = new ModelCheck(MAPPER);

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
            return bind(DocumentReader.parse(bytes, format.syntax()).root());
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
            return bind(DocumentReader.parse(text, format.syntax()).root());
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
        return bind(tree);
    }

    private static Application bind(JsonNode tree) {
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw invalid(List.of(InputText.violation("", "no-document")));
        }
        // Malformed values are reported and left out, so that validation can still report the
        // problems of everything else: every problem of a file at once.
        ModelCheck.Result checked = CHECK.check(tree, Application.class);
        List<Violation> problems = new ArrayList<>(checked.problems());
        if (checked.wellTyped().isNull()) {
            throw invalid(problems); // the document itself is not a mapping: nothing more to check
        }
        Application application;
        try {
            application = MAPPER.treeToValue(checked.wellTyped(), Application.class);
        } catch (JsonMappingException e) {
            // The checks above leave only a model's own refusal (a record constructor's) to get here.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw invalid(List.of(InputText.violation(path(e.getPath()), "file.unreadable",
                    InputText.escaped(String.valueOf(cause.getMessage())))));
        } catch (IOException | IllegalArgumentException e) {
            throw invalid(List.of(InputText.violation("", "file.unreadable", InputText.escaped(String.valueOf(e.getMessage())))));
        }
        if (application == null) {
            throw invalid(problems.isEmpty() ? List.of(InputText.violation("", "no-document")) : problems);
        }
        // Constraint violations of what was read, except on paths a reading problem already names.
        Set<String> reported = problems.stream().map(Violation::path).collect(Collectors.toCollection(HashSet::new));
        for (Violation v : InputValidation.shared().validate(application).invalid()) {
            if (!reported.contains(v.path()) && problems.size() < ReadingLimits.MAX_PROBLEMS) {
                problems.add(v);
            }
        }
        problems.sort(java.util.Comparator.comparing(Violation::path));
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return application;
    }

    private static InvalidApplicationException invalid(List<Violation> problems) {
        return new InvalidApplicationException(problems);
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Keep the offset the file was written with; the instant is what CAL-1 and CND-6 compare.
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
