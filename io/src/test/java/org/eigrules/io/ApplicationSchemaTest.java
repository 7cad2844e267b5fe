package org.eigrules.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.eigrules.ApplicationDraft;
import org.eigrules.validation.InvalidApplicationException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The JSON Schema of application files: generated from the model, kept current in the repository,
 * and in agreement with the examples.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApplicationSchemaTest {

    private static final Path ROOT = Path.of("..");
    private static final Path CHECKED_IN = ROOT.resolve("schema/application.schema.json");
    static final String REGENERATE = "mvn -B -ntp test -pl io -am -Dtest=ApplicationSchemaTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Deig.schema.write=true";

    private static final ObjectMapper YAML = new YAMLMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema SCHEMA = FACTORY.getSchema(ApplicationSchema.generate(),
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    @Test
    void the_checked_in_schema_is_the_generated_one() throws IOException {
        String generated = ApplicationSchema.text();
        if (Boolean.getBoolean("eig.schema.write")) {
            Files.createDirectories(CHECKED_IN.getParent());
            Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN) : "")
                .as("schema/application.schema.json is stale; regenerate it with%n  %s", REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void the_schema_is_a_valid_draft_2020_12_schema() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(ApplicationSchema.DRAFT));
        assertThat(metaSchema.validate(ApplicationSchema.generate())).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> every_example_validates_and_every_invalid_one_does_not() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT.resolve("examples"))) {
            files = walk.filter(Files::isRegularFile).filter(ApplicationSchemaTest::isApplicationFile).sorted().toList();
        }
        assertThat(files).as("example files").isNotEmpty();
        assertThat(files).as("invalid examples").anyMatch(ApplicationSchemaTest::meantToBeInvalid);
        return files.stream().map(file -> DynamicTest.dynamicTest(ROOT.resolve("examples").relativize(file).toString(), () -> {
            Set<ValidationMessage> problems = SCHEMA.validate(read(file));
            if (meantToBeInvalid(file) && problems.isEmpty()) {
                // One schema serves every promotion, so it cannot refuse a field of another
                // promotion than the file's: the library does, and that must be all that is wrong.
                InvalidApplicationException refused = catchThrowableOfType(InvalidApplicationException.class,
                        () -> ApplicationFiles.read(file));
                assertThat(refused).as("the library's verdict on an example the schema cannot refuse").isNotNull();
                assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.message()).as(v.path())
                        .containsAnyOf("is a field of promotion", "is promotion 3's name"));
            } else if (meantToBeInvalid(file)) {
                assertThat(problems).as("the schema's verdict on a malformed example").isNotEmpty();
            } else {
                assertThat(problems).as("the schema's problems with a well-formed example").isEmpty();
            }
        }));
    }

    @Test
    void what_a_schema_can_say_it_says() throws IOException {
        ObjectNode eligible = (ObjectNode) JSON.readTree(ApplicationDraft.eligible().json());
        assertThat(SCHEMA.validate(eligible)).isEmpty();

        assertThat(problems(ApplicationDraft.eligible().with("challenge.colour", "blue"))).anyMatch(m -> m.contains("colour"));
        assertThat(problems(ApplicationDraft.eligible().with("eigs[1].profile", "ROBOTICS"))).isNotEmpty();
        assertThat(problems(ApplicationDraft.eligible().with("host.siret", "1234"))).isNotEmpty();
        assertThat(problems(ApplicationDraft.eligible().with("funding.totalEmployerCost", -1))).isNotEmpty();
        assertThat(problems(ApplicationDraft.eligible().with("funding.totalEmployerCost", 1.005))).isNotEmpty();
        assertThat(problems(ApplicationDraft.eligible().with("challenge.durationMonths", 0))).isNotEmpty();
        assertThat(problems(ApplicationDraft.eligible().with("team[0].involvementPercent", 101))).isNotEmpty();
        assertThat(problems(ApplicationDraft.eligible().with("mentors.operational.email", "not an address"))).isNotEmpty();
        assertThat(problems(ApplicationDraft.eligible().with("receivedAt", "2018-06-14T16:30:00"))).isNotEmpty();
        assertThat(problems(ApplicationDraft.eligible().with("challenge.name", "  "))).isNotEmpty();
        assertThat(problems(ApplicationDraft.eligible().without("promotion"))).anyMatch(m -> m.contains("promotion"));
        assertThat(problems(ApplicationDraft.eligible().with("funding.mode", "SELF_FUNDED"))).isNotEmpty();
        assertThat(problems(ApplicationDraft.eligible().with("funding.mode", "SELF_FUNDED")
                .without("funding.requestedPiaAmount"))).isEmpty();
        // Missing information is not malformed: a file may leave out (or null) what a clause needs.
        assertThat(problems(ApplicationDraft.eligible().without("receivedAt").without("documents")
                .with("host.kind", null))).isEmpty();
    }

    private static List<String> problems(ApplicationDraft draft) throws IOException {
        return SCHEMA.validate(JSON.readTree(draft.json())).stream().map(ValidationMessage::getMessage).toList();
    }

    private static boolean isApplicationFile(Path file) {
        String name = file.getFileName().toString();
        // selections/ holds selection files (grids and envelopes), not applications.
        if (ROOT.resolve("examples").relativize(file).startsWith("selections")) {
            return false;
        }
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static boolean meantToBeInvalid(Path file) {
        return ROOT.resolve("examples").relativize(file).startsWith("invalid");
    }

    private static JsonNode read(Path file) throws IOException {
        return (file.toString().endsWith(".json") ? JSON : YAML).readTree(file.toFile());
    }
}
