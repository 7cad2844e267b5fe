package org.eigrules.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidateJury;
import org.eigrules.model.Application;
import org.eigrules.engine.InputValidation;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads candidacy files (the contract's "A candidacy", {@code kind: CANDIDACY}), JSON or YAML,
 * through the same reading layer as application files: its limits, no coercion, every problem at
 * once at its path, in English and French.
 */
public final class CandidacyFiles {

    // The application files' binder and model check: one configuration for every document.
    private static final ObjectMapper MAPPER = ApplicationFiles.MAPPER;
    private static final ModelCheck CHECK = ApplicationFiles.CHECK;

    private CandidacyFiles() {
    }

    /**
     * Whether a document is a candidacy: a mapping whose {@code kind} is given. A {@code kind} other
     * than CANDIDACY is read as a candidacy too, so that its error names the field.
     */
    public static boolean isCandidacy(JsonNode tree) {
        return tree != null && tree.isObject() && tree.has("kind");
    }

    /**
     * What a file holds: a défi application or a candidacy, told apart by {@code kind}; exactly one
     * of the two is given.
     *
     * @param application the application, when the file has no {@code kind}
     * @param candidacy   the candidacy, when it has one
     */
    public record ApplicationOrCandidacy(Application application, Candidacy candidacy) {
    }

    /**
     * Reads a file that may hold either, JSON or YAML by extension, parsing it once.
     *
     * @throws InvalidApplicationException every problem of the file, by path
     * @throws IOException                 when the file cannot be read
     */
    public static ApplicationOrCandidacy readAny(Path file) throws IOException {
        ApplicationFiles.Format format = ApplicationFiles.Format.of(file.getFileName().toString());
        return readAny(ApplicationFiles.bytesOf(file), format);
    }

    /** Reads bytes that may hold either, parsing them once. */
    public static ApplicationOrCandidacy readAny(byte[] bytes, ApplicationFiles.Format format) {
        try {
            return either(DocumentReader.parse(bytes, syntax(format)).root());
        } catch (ReadingException e) {
            throw new InvalidApplicationException(List.of(e.violation()));
        }
    }

    /** Reads text already decoded (a JSON Lines line) that may hold either, parsing it once. */
    public static ApplicationOrCandidacy readAny(String text, ApplicationFiles.Format format) {
        try {
            return either(DocumentReader.parse(text, syntax(format)).root());
        } catch (ReadingException e) {
            throw new InvalidApplicationException(List.of(e.violation()));
        }
    }

    private static ApplicationOrCandidacy either(JsonNode tree) {
        return isCandidacy(tree) ? new ApplicationOrCandidacy(null, read(tree))
                : new ApplicationOrCandidacy(ApplicationFiles.read(tree), null);
    }

    private static String shown(JsonNode node) {
        return node.isTextual() ? InputText.shown(node.textValue()) : InputText.escaped(node.toString());
    }

    private static DocumentReader.Syntax syntax(ApplicationFiles.Format format) {
        return format == ApplicationFiles.Format.JSON ? DocumentReader.Syntax.JSON : DocumentReader.Syntax.YAML;
    }

    /**
     * Reads a candidacy file, JSON or YAML by extension.
     *
     * @throws InvalidApplicationException every problem of the file, by path
     * @throws IOException                 when the file cannot be read
     */
    public static Candidacy read(Path file) throws IOException {
        ApplicationFiles.Format format = ApplicationFiles.Format.of(file.getFileName().toString());
        return read(ApplicationFiles.bytesOf(file), format);
    }

    /** Reads a candidacy from its bytes. */
    public static Candidacy read(byte[] bytes, ApplicationFiles.Format format) {
        try {
            return read(DocumentReader.parse(bytes, format == ApplicationFiles.Format.JSON
                    ? DocumentReader.Syntax.JSON : DocumentReader.Syntax.YAML).root());
        } catch (ReadingException e) {
            throw new InvalidApplicationException(List.of(e.violation()));
        }
    }

    /** Reads a candidacy from text. */
    public static Candidacy read(String text, ApplicationFiles.Format format) {
        try {
            return read(DocumentReader.parse(text, format == ApplicationFiles.Format.JSON
                    ? DocumentReader.Syntax.JSON : DocumentReader.Syntax.YAML).root());
        } catch (ReadingException e) {
            throw new InvalidApplicationException(List.of(e.violation()));
        }
    }

    /** Binds a tree the reading layer made (a line of JSON Lines, say). */
    public static Candidacy read(JsonNode tree) {
        return bind(tree, Candidacy.class);
    }

    /**
     * Reads the candidates' jury marks of a promotion (CND-10), JSON or YAML by extension.
     *
     * @throws InvalidApplicationException every problem of the file, by path
     * @throws IOException                 when the file cannot be read
     */
    public static CandidateJury readJury(Path file) throws IOException {
        ApplicationFiles.Format format = ApplicationFiles.Format.of(file.getFileName().toString());
        if (Files.isRegularFile(file) && Files.size(file) > ReadingLimits.MAX_DOCUMENT_BYTES) {
            throw new InvalidApplicationException(List.of(InputText.violation("", "too-large", ReadingLimits.MAX_DOCUMENT_BYTES)));
        }
        try (InputStream in = Files.newInputStream(file)) {
            try {
                return bind(DocumentReader.parse(DocumentReader.readBounded(in), syntax(format)).root(), CandidateJury.class);
            } catch (ReadingException e) {
                throw new InvalidApplicationException(List.of(e.violation()));
            }
        }
    }

    private static <T> T bind(JsonNode tree, Class<T> type) {
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw new InvalidApplicationException(List.of(InputText.violation("", "no-document")));
        }
        ModelCheck.Result checked = CHECK.check(tree, type);
        List<Violation> problems = new ArrayList<>();
        for (Violation v : checked.problems()) {
            // The kind is what tells the two files apart: say so rather than list one call's values.
            problems.add(type == Candidacy.class && v.path().equals("kind") ? InputText.violation("kind", "kind.unknown",
                    shown(tree.get("kind"))) : v);
        }
        if (checked.wellTyped().isNull()) {
            throw new InvalidApplicationException(problems);
        }
        T value;
        try {
            value = MAPPER.treeToValue(checked.wellTyped(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidApplicationException(List.of(InputText.violation("", "file.unreadable",
                    InputText.escaped(String.valueOf(e.getMessage())))));
        }
        if (value == null) {
            throw new InvalidApplicationException(problems.isEmpty() ? List.of(InputText.violation("", "no-document")) : problems);
        }
        Set<String> reported = problems.stream().map(Violation::path).collect(Collectors.toCollection(HashSet::new));
        for (Violation v : InputValidation.shared().validateBean(value).invalid()) {
            if (!reported.contains(v.path()) && problems.size() < ReadingLimits.MAX_PROBLEMS) {
                problems.add(v);
            }
        }
        problems.sort(Comparator.comparing(Violation::path));
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        return value;
    }

}
