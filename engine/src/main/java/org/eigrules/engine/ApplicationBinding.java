package org.eigrules.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.eigrules.model.Application;
import org.eigrules.reading.InputText;
import org.eigrules.reading.ModelCheck;
import org.eigrules.reading.ReadingLimits;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a tree of values the reading layer made (from a file, a scenario's inline application or a
 * test's draft) to an {@link Application}: every type problem and every constraint violation at
 * once, by path, nothing coerced. The file formats build on it; it knows none of them.
 */
public final class ApplicationBinding {

    // Binds trees the reading layer made and ModelCheck accepted: no coercion is left to do, and
    // none is allowed should a type slip through. Candidacy files are bound by the same two.
    public static final ObjectMapper MAPPER = configure(JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build());
    public static final ModelCheck CHECK = new ModelCheck(MAPPER);

    private ApplicationBinding() {
    }

    /**
     * The application a tree describes.
     *
     * @throws InvalidApplicationException listing every problem by its path
     */
    public static Application bind(JsonNode tree) {
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
