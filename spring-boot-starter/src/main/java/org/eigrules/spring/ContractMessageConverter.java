package org.eigrules.spring;

import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.CandidacyJson;
import org.eigrules.io.DecisionJson;
import org.eigrules.model.Application;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.ReadingException;
import org.eigrules.validation.InvalidApplicationException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Reads request bodies with the library's own strict reader and writes decisions as the contract's
 * JSON, so that a controller's {@code @RequestBody Application} is refused exactly as {@code eig
 * evaluate} refuses the file (an unknown field, {@code "10"} for a number, {@code 3.0} for a
 * promotion, a percentage with decimals), and a returned {@link Decision} is the contract's answer
 * (amounts as strings with two decimals, {@code grantAmount}, messages in the request's language).
 *
 * <p>Bodies are JSON or, with {@code Content-Type: application/yaml}, YAML. An invalid body raises
 * {@link InvalidApplicationException} with every problem by its path, which {@link ContractProblems}
 * answers with 400.
 */
public final class ContractMessageConverter extends AbstractHttpMessageConverter<Object> {

    /** YAML bodies, as the command line reads {@code .yaml} files. */
    public static final MediaType APPLICATION_YAML = MediaType.parseMediaType("application/yaml");

    private static final Set<Class<?>> READ = Set.of(Application.class, Candidacy.class,
            CandidacyFiles.ApplicationOrCandidacy.class);
    private static final Set<Class<?>> WRITTEN = Set.of(Decision.class, CandidacyDecision.class);

    private final Language defaultLanguage;

    /** A converter that answers in {@code defaultLanguage} when a request asks for neither French nor English. */
    public ContractMessageConverter(Language defaultLanguage) {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"),
                APPLICATION_YAML, MediaType.parseMediaType("application/x-yaml"));
        this.defaultLanguage = defaultLanguage;
    }

    /** Whether a request body of this type is read by the library's reader. */
    static boolean reads(Class<?> type) {
        return READ.contains(type);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return READ.contains(type) || WRITTEN.contains(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return READ.contains(type) && canRead(mediaType);
    }

    @Override
    public boolean canWrite(Class<?> type, MediaType mediaType) {
        // Whatever JSON type the client asks for, the answer says what it is: application/json (below).
        return WRITTEN.contains(type) && (mediaType == null || mediaType.isWildcardType()
                || MediaType.APPLICATION_JSON.isCompatibleWith(mediaType)
                || mediaType.getSubtype().endsWith("+json"));
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        byte[] body;
        try {
            body = DocumentReader.readBounded(input.getBody());
        } catch (ReadingException tooLong) {
            throw new InvalidApplicationException(List.of(tooLong.violation()));
        }
        ApplicationFiles.Format format = isYaml(input.getHeaders().getContentType())
                ? ApplicationFiles.Format.YAML : ApplicationFiles.Format.JSON;
        if (type == Application.class) {
            return ApplicationFiles.read(body, format);
        }
        if (type == Candidacy.class) {
            return CandidacyFiles.read(body, format);
        }
        return CandidacyFiles.readAny(body, format);
    }

    @Override
    protected void writeInternal(Object answer, HttpOutputMessage output) throws IOException {
        Language language = RequestLanguage.of(defaultLanguage);
        String json = answer instanceof Decision decision ? DecisionJson.write(decision, language)
                : CandidacyJson.write((CandidacyDecision) answer, language);
        output.getHeaders().set("Content-Language", language.name().toLowerCase(java.util.Locale.ROOT));
        output.getBody().write(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A decision is the contract's JSON, never labelled as another JSON type (a problem's, say). */
    @Override
    protected void addDefaultHeaders(org.springframework.http.HttpHeaders headers, Object answer, MediaType contentType)
            throws IOException {
        super.addDefaultHeaders(headers, answer, MediaType.APPLICATION_JSON);
    }

    @Override
    protected MediaType getDefaultContentType(Object answer) {
        return MediaType.APPLICATION_JSON;
    }

    private static boolean isYaml(MediaType contentType) {
        return contentType != null && contentType.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("yaml");
    }
}
