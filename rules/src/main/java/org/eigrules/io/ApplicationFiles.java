package org.eigrules.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.eigrules.InvalidApplicationException;
import org.eigrules.Violation;
import org.eigrules.engine.InputValidation;
import org.eigrules.parameters.ParameterFiles;
import org.eigrules.model.Application;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads application files in the contract's JSON or YAML format. Every problem in a file is
 * reported by its path — unknown fields, wrong types, unknown enum values, malformed dates,
 * negative amounts, bad SIRETs — instead of stopping at the first. Missing information is not a
 * problem here: the evaluation reports it.
 */
public final class ApplicationFiles {

    /** The file formats, chosen by extension. */
    public enum Format {
        JSON, YAML;

        /** The format of a file name: {@code .json}, or {@code .yaml}/{@code .yml}. */
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
    }

    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());
    private static final ObjectMapper YAML = configure(new YAMLMapper(new YAMLFactory()));

    private ApplicationFiles() {
    }

    /**
     * Reads an application file, JSON or YAML by its extension.
     *
     * @throws InvalidApplicationException listing every problem by its path
     * @throws IOException                 when the file cannot be read
     */
    public static Application read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Format.of(file.getFileName().toString()));
        }
    }

    /**
     * Reads an application from a stream in the given format.
     *
     * @throws InvalidApplicationException listing every problem by its path
     */
    public static Application read(InputStream in, Format format) throws IOException {
        List<Violation> problems = new ArrayList<>();
        ObjectMapper mapper = format == Format.JSON ? JSON : YAML;
        Application application;
        try (JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() == null) {
                throw invalid(List.of(new Violation("", "the file holds no application")));
            }
            application = mapper.readerFor(Application.class).withHandler(new Collector(problems)).readValue(parser);
        } catch (JsonMappingException e) {
            // A value the handler already reported can still fail afterwards inside Jackson (2.19
            // reads a rejected boolean as null text): that failure is the same problem, said once.
            String where = path(e.getPath());
            if (problems.stream().noneMatch(p -> p.path().equals(where))) {
                problems.add(new Violation(where, e.getOriginalMessage()));
            }
            throw invalid(problems);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")";
            throw invalid(List.of(new Violation("", "not readable as " + format + where + ": "
                    + ParameterFiles.oneLine(e.getOriginalMessage()))));
        }
        if (application == null) {
            throw invalid(List.of(new Violation("", "the file holds no application")));
        }
        // Constraint violations of what was read, except on paths a reading problem already names.
        Set<String> reported = problems.stream().map(Violation::path).collect(Collectors.toCollection(HashSet::new));
        for (Violation v : InputValidation.shared().validate(application).invalid()) {
            if (!reported.contains(v.path())) {
                problems.add(v);
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return application;
    }


    private static InvalidApplicationException invalid(List<Violation> problems) {
        List<Violation> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Violation::path));
        return new InvalidApplicationException(sorted);
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Keep the offset the file was written with; the instant is what CAL-1 compares.
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** The contract's path of the value the parser is on: {@code eigs[1].profile}. */
    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
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

    /** Records each problem Jackson meets, reads the value as absent and goes on. */
    private static final class Collector extends DeserializationProblemHandler {
        private final List<Violation> problems;

        Collector(List<Violation> problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            String parent = path(p.getParsingContext().getParent());
            problems.add(new Violation(parent.isEmpty() ? propertyName : parent + "." + propertyName,
                    "unknown field"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            problems.add(new Violation(path(ctxt.getParser().getParsingContext()),
                    "expected " + expected(targetType) + ", found \"" + valueToConvert + "\""));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            problems.add(new Violation(path(ctxt.getParser().getParsingContext()),
                    "expected " + expected(targetType) + ", found " + valueToConvert));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                                            JsonParser p, String failureMsg) throws IOException {
            String found = t == JsonToken.START_OBJECT ? "a mapping" : t == JsonToken.START_ARRAY ? "a list"
                    : t == JsonToken.VALUE_STRING ? "\"" + p.getText() + "\"" : p.getText();
            problems.add(new Violation(path(p.getParsingContext()),
                    "expected " + expected(targetType.getRawClass()) + ", found " + found));
            p.skipChildren();
            return null;
        }

        private static String expected(Class<?> type) {
            if (type.isEnum()) {
                return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
            }
            if (type == Integer.class || type == int.class) {
                return "a whole number";
            }
            if (type == BigDecimal.class) {
                return "an amount in euros";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (type == OffsetDateTime.class) {
                return "an ISO-8601 date-time with offset, such as 2018-06-14T16:30:00+02:00";
            }
            if (type == String.class) {
                return "text";
            }
            if (List.class.isAssignableFrom(type)) {
                return "a list";
            }
            return "a " + type.getSimpleName() + " mapping";
        }
    }
}
