package org.eigrules.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.CandidacyJson;
import org.eigrules.io.DecisionJson;
import org.eigrules.model.Application;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;

/**
 * The contract's reading and writing as a Jackson 2 module, for applications whose framework
 * binds bodies with its own {@code ObjectMapper} (JAX-RS, Micronaut, Quarkus, Vert.x…):
 * {@code mapper.registerModule(new EigJacksonModule())}.
 *
 * <p>{@link Application} and {@link Candidacy} are read by the library's strict reader, not by
 * the mapper's bean binding, whatever the mapper's settings: an unknown field, {@code "10"} for a
 * number or {@code 3.0} for a promotion raise {@link InvalidApplicationException} with every
 * problem by its path, as for a file. Numbers reach the reader as written (their text), never
 * through a {@code double}. {@link Decision} and {@link CandidacyDecision} are written as the
 * contract's JSON in the module's language.
 */
public final class EigJacksonModule extends SimpleModule {

    private static final JsonFactory JSON = new JsonFactory();

    /** Decisions written in French, the policy's language. */
    public EigJacksonModule() {
        this(Language.FR);
    }

    /** Decisions written in {@code language}. */
    public EigJacksonModule(Language language) {
        super("eig-rules", Version.unknownVersion());
        addDeserializer(Application.class, reader(text -> ApplicationFiles.read(text, ApplicationFiles.Format.JSON)));
        addDeserializer(Candidacy.class, reader(text -> CandidacyFiles.read(text, ApplicationFiles.Format.JSON)));
        addDeserializer(CandidacyFiles.ApplicationOrCandidacy.class,
                reader(text -> CandidacyFiles.readAny(text, ApplicationFiles.Format.JSON)));
        addSerializer(Decision.class, new JsonSerializer<>() {
            @Override
            public void serialize(Decision decision, JsonGenerator out, SerializerProvider provider) throws IOException {
                provider.defaultSerializeValue(DecisionJson.tree(decision, language), out);
            }
        });
        addSerializer(CandidacyDecision.class, new JsonSerializer<>() {
            @Override
            public void serialize(CandidacyDecision decision, JsonGenerator out, SerializerProvider provider)
                    throws IOException {
                provider.defaultSerializeValue(CandidacyJson.tree(decision, language), out);
            }
        });
    }

    private static <T> JsonDeserializer<T> reader(Function<String, T> read) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
                return read.apply(asWritten(in));
            }
        };
    }

    /**
     * The value under the parser as JSON text, token by token, numbers and names exactly as written
     * (a repeated name stays repeated, for the reader to refuse), so the strict reader judges what
     * the client sent rather than what a mapper made of it.
     */
    static String asWritten(JsonParser in) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            int depth = 0;
            JsonToken token = in.currentToken();
            while (token != null) {
                switch (token) {
                    case START_OBJECT -> {
                        out.writeStartObject();
                        depth++;
                    }
                    case END_OBJECT -> {
                        out.writeEndObject();
                        depth--;
                    }
                    case START_ARRAY -> {
                        out.writeStartArray();
                        depth++;
                    }
                    case END_ARRAY -> {
                        out.writeEndArray();
                        depth--;
                    }
                    case FIELD_NAME -> out.writeFieldName(in.currentName());
                    case VALUE_STRING -> out.writeString(in.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getText());
                    case VALUE_TRUE -> out.writeBoolean(true);
                    case VALUE_FALSE -> out.writeBoolean(false);
                    case VALUE_NULL -> out.writeNull();
                    // Only a mapper's own buffers hold embedded objects; a client's text never does.
                    default -> throw new InvalidApplicationException(List.of(new Violation("",
                            "expected a JSON value, found binary data", "valeur JSON attendue, données binaires trouvées")));
                }
                if (depth == 0) {
                    break;
                }
                token = in.nextToken();
            }
        }
        return text.toString();
    }
}
