package org.eigrules.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.eigrules.EigRules;
import org.eigrules.io.FileSchemas.Kind;
import org.eigrules.reading.DocumentReader;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas of the three kinds of file: generated, kept current in the repository, and
 * never refusing what the library accepts. Every bundled file is judged by both, and so are
 * hostile inputs, on both sides of each limit.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FileSchemasTest {

    private static final Path ROOT = Path.of("..");
    static final String REGENERATE = "mvn -B -ntp test -pl io -am -Dtest=FileSchemasTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Deig.schema.write=true";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<Kind, JsonSchema> SCHEMAS = new EnumMap<>(Kind.class);

    static {
        for (Kind kind : Kind.values()) {
            SCHEMAS.put(kind, FACTORY.getSchema(FileSchemas.generate(kind)));
        }
    }


    @Test
    void the_checked_in_schemas_are_the_generated_ones() throws IOException {
        for (Kind kind : Kind.values()) {
            Path checkedIn = ROOT.resolve("schema").resolve(kind.fileName());
            String generated = FileSchemas.text(kind);
            if (Boolean.getBoolean("eig.schema.write")) {
                Files.createDirectories(checkedIn.getParent());
                Files.writeString(checkedIn, generated, StandardCharsets.UTF_8);
            }
            assertThat(Files.exists(checkedIn) ? Files.readString(checkedIn) : "")
                    .as("schema/%s is stale; regenerate it with%n  %s", kind.fileName(), REGENERATE)
                    .isEqualTo(generated);
        }
        assertThat(ApplicationSchema.text()).isEqualTo(FileSchemas.text(Kind.APPLICATION));
    }

    @Test
    void each_schema_is_a_valid_draft_2020_12_schema() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(FileSchemas.DRAFT));
        for (Kind kind : Kind.values()) {
            assertThat(metaSchema.validate(FileSchemas.generate(kind))).as(kind.name()).isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> every_bundled_file_is_judged_by_its_schema_as_by_the_library() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("examples", "candidacies", "selections")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
                walk.filter(Files::isRegularFile).filter(FileSchemasTest::isDocument).sorted().forEach(files::add);
            }
        }
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        files.forEach(f -> counts.merge(kindOf(f), 1, Integer::sum));
        assertThat(counts).as("bundled files of each kind").containsOnlyKeys(Kind.values());
        assertThat(counts.get(Kind.APPLICATION)).isGreaterThan(100);
        return files.stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> {
            Kind kind = kindOf(file);
            List<String> schemaProblems = problems(kind, read(file));
            List<Violation> libraryProblems = library(kind, file);
            if (libraryProblems.isEmpty()) {
                assertThat(schemaProblems).as("the schema's problems with a file the library accepts").isEmpty();
            } else {
                // Every bundled file the library refuses breaks something a schema can state.
                assertThat(schemaProblems).as("the schema's verdict on a file the library refuses: " + libraryProblems)
                        .isNotEmpty();
            }
        }));
    }

    // ---------------------------------------------------------------- hostile applications

    @Test
    void a_promotion_the_rules_do_not_decide_is_refused_by_both() {
        assertBothRefuse(p3(a -> a.put("promotion", 7)));
        assertBothRefuse(p3(a -> a.put("promotion", 2)));
        assertBothRefuse(p3(a -> a.put("promotion", "3")));
        assertBothAccept(p3(a -> a.put("promotion", 3)));
    }

    @Test
    void a_whole_number_written_with_a_decimal_point_is_refused_by_the_library_alone() {
        // JSON Schema's data model has one kind of number: 3.0 is the integer 3 to it. Python's
        // jsonschema with decimal parsing happens to refuse it; the Java validator and float
        // parsing do not. The docs list it among what only the library checks.
        ObjectNode promotion = p3(a -> a.put("promotion", new BigDecimal("3.0")));
        assertThat(library(Kind.APPLICATION, promotion)).isNotEmpty();
        assertThat(problems(Kind.APPLICATION, promotion)).isEmpty();
        ObjectNode months = p3(a -> ((ObjectNode) a.get("challenge")).put("durationMonths", new BigDecimal("10.0")));
        assertThat(library(Kind.APPLICATION, months)).isNotEmpty();
        assertThat(problems(Kind.APPLICATION, months)).isEmpty();
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("challenge")).put("durationMonths", new BigDecimal("10.5"))));
    }

    @Test
    void a_text_is_read_up_to_the_readers_limit() {
        assertBothAccept(p3(a -> ((ObjectNode) a.get("challenge")).put("problem", "x".repeat(20_000))));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("challenge")).put("problem", "x".repeat(20_001))));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("challenge")).put("problem", "a bell \u0007")));
        assertBothAccept(p3(a -> ((ObjectNode) a.get("challenge")).put("problem", "two lines\n\tand a tab")));
    }

    @Test
    void a_list_is_read_up_to_the_readers_limit() {
        assertBothAccept(p3(a -> team(a, 100)));
        assertBothRefuse(p3(a -> team(a, 101)));
    }

    @Test
    void a_field_or_value_of_another_promotion_is_refused_by_both() {
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("funding")).put("employerCostUpTo5Years", 52000)));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("eigs").get(0)).put("experienceBand", "UP_TO_5_YEARS")));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("host")).put("payrollBudgetProgramme", "166")));
        assertBothRefuse(p5(a -> ((ObjectNode) a.get("funding")).put("mode", "PIA")));
        assertBothRefuse(p5(a -> ((ObjectNode) a.get("challenge")).put("techGouvStakes", true)));
        // Null is no value: a field left null is missing, not given.
        assertBothAccept(p3(a -> ((ObjectNode) a.get("funding")).putNull("employerCostUpTo5Years")));
        assertBothAccept(p5(a -> ((ObjectNode) a.get("eigs").get(0)).put("experienceBand", "UP_TO_5_YEARS")));
    }

    @Test
    void an_unknown_field_is_refused_by_both() {
        assertBothRefuse(p3(a -> a.put("colour", "blue")));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("host")).put("colour", "blue")));
        assertBothRefuse(p3(a -> a.put("kind", "APPLICATION")));
    }

    @Test
    void names_and_addresses_the_library_accepts_are_accepted() {
        // Blank is what Character.isWhitespace says: not the no-break spaces, which are a name
        // to the library and must be to the schema (the former schema's \S refused them).
        assertBothAccept(p3(a -> ((ObjectNode) a.get("host")).put("name", "\u00A0")));
        assertBothAccept(p3(a -> ((ObjectNode) a.get("host")).put("name", "\u2007\u202F")));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("host")).put("name", "\u3000\u2028")));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("host")).put("name", " \t ")));
        // Host names without a dot or a known top-level domain are e-mail host names to the library.
        assertBothAccept(p3(a -> ((ObjectNode) a.get("mentors").get("operational")).put("email", "mentor@intranet")));
        assertBothAccept(p3(a -> ((ObjectNode) a.get("mentors").get("operational")).put("email", "mentor@justice.gouv")));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("mentors").get("operational")).put("email", "not an address")));
    }

    @Test
    void amounts_are_checked_without_float_arithmetic() {
        assertBothAccept(p3(a -> ((ObjectNode) a.get("funding")).put("requestedPiaAmount", new BigDecimal("58533.34"))));
        assertBothAccept(p3(a -> ((ObjectNode) a.get("funding")).put("totalEmployerCost", new BigDecimal("999999999999.99"))));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("funding")).put("totalEmployerCost", new BigDecimal("1000000000000"))));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("funding")).put("totalEmployerCost", -1)));
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("funding")).put("totalEmployerCost", "140000.00")));
        // Counting decimals is the library's: a binary float cannot tell 0.005 from its neighbours.
        ObjectNode decimals = p3(a -> ((ObjectNode) a.get("funding")).put("totalEmployerCost", new BigDecimal("1.005")));
        assertThat(library(Kind.APPLICATION, decimals)).isNotEmpty();
        assertThat(problems(Kind.APPLICATION, decimals)).isEmpty();
    }

    @Test
    void what_only_the_library_checks_passes_the_schema() {
        ObjectNode checksum = p3(a -> ((ObjectNode) a.get("host")).put("siret", "11000201100045"));
        assertThat(library(Kind.APPLICATION, checksum)).anyMatch(v -> v.path().equals("host.siret"));
        assertThat(problems(Kind.APPLICATION, checksum)).isEmpty();
        ObjectNode calendar = p3(a -> a.put("receivedAt", "2018-02-30T16:30:00+02:00"));
        assertThat(library(Kind.APPLICATION, calendar)).anyMatch(v -> v.path().equals("receivedAt"));
        assertThat(problems(Kind.APPLICATION, calendar)).isEmpty();
        assertBothRefuse(p3(a -> ((ObjectNode) a.get("host")).put("siret", "1100020110004")));
    }

    @Test
    void date_times_are_read_as_the_library_reads_them() {
        assertBothAccept(p3(a -> a.put("receivedAt", "2018-06-14T16:30+02:00")));
        assertBothAccept(p3(a -> a.put("receivedAt", "2018-06-14t14:30:00.5z")));
        assertBothRefuse(p3(a -> a.put("receivedAt", "2018-06-14T16:30:00")));
        assertBothRefuse(p3(a -> a.put("receivedAt", "2018-06-14 16:30:00+02:00")));
        assertBothRefuse(p3(a -> a.put("receivedAt", "2018-06-14T24:00:00Z")));
    }

    @Test
    void missing_information_is_not_malformed() {
        assertBothAccept(p3(a -> {
            a.remove("receivedAt");
            a.remove("documents");
            ((ObjectNode) a.get("host")).putNull("kind");
        }));
        assertBothRefuse(p3(a -> a.remove("promotion")));
        assertBothRefuse(p3(a -> a.putNull("challenge")));
    }

    // ---------------------------------------------------------------- hostile candidacies

    @Test
    void hostile_candidacies_are_refused_by_both() {
        assertBothRefuse(candidacy(c -> c.put("promotion", 7)));
        assertBothRefuse(candidacy(c -> c.put("kind", "APPLICATION")));
        assertBothRefuse(candidacy(c -> c.put("colour", "blue")));
        assertBothRefuse(candidacy(c -> ((ObjectNode) c.get("publicService")).put("leavesPostOn", "2018-12-01T00:00")));
        assertBothRefuse(candidacy(c -> choices(c, 101)));
        assertBothRefuse(candidacy(c -> ((ArrayNode) c.get("choices")).addNull()));
        assertBothAccept(candidacy(c -> choices(c, 100)));
        assertBothAccept(candidacy(c -> ((ObjectNode) c.get("applicant")).put("email", "candidate@localhost")));
    }

    // ---------------------------------------------------------------- hostile selections

    @Test
    void hostile_selections_are_refused_by_both(@TempDir Path folder) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("selections/clauses/applications"))) {
            Files.createDirectories(folder.resolve("applications"));
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve("applications").resolve(file.getFileName()));
            }
        }
        ObjectNode base = (ObjectNode) read(ROOT.resolve(
                "selections/clauses/an-unfavourable-opinion-is-ranked-but-not-proposed.yaml"));
        assertThat(library(Kind.SELECTION, base, folder)).isEmpty();
        assertThat(problems(Kind.SELECTION, base)).isEmpty();
        List<Consumer<ObjectNode>> hostile = List.of(
                s -> ((ArrayNode) s.get("grids").get(0).get("scores")).set(0, 5),
                s -> ((ArrayNode) s.get("grids").get(0).get("scores")).remove(0),
                s -> ((ObjectNode) s.get("grids").get(0)).put("colour", "blue"),
                s -> ((ObjectNode) s.get("grids").get(0)).remove("opinion"),
                s -> ((ObjectNode) s.get("grids").get(0)).put("groupRank", 0),
                s -> s.put("promotion", 7),
                s -> s.put("colour", "blue"),
                s -> s.put("applications", "/applications"),
                s -> s.put("applications", "../applications"),
                s -> s.putArray("selected").add("  "));
        for (Consumer<ObjectNode> change : hostile) {
            ObjectNode selection = base.deepCopy();
            change.accept(selection);
            assertThat(library(Kind.SELECTION, selection, folder)).as("the library's verdict on %s", selection).isNotEmpty();
            assertThat(problems(Kind.SELECTION, selection)).as("the schema's verdict on %s", selection).isNotEmpty();
        }
        ObjectNode numbered = base.deepCopy();
        ((ObjectNode) numbered.get("grids").get(0)).put("group", 1);
        assertThat(library(Kind.SELECTION, numbered, folder)).isEmpty();
        assertThat(problems(Kind.SELECTION, numbered)).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private static void assertBothAccept(ObjectNode application) {
        Kind kind = application.has("kind") ? Kind.CANDIDACY : Kind.APPLICATION;
        assertThat(library(kind, application)).as("the library's problems").isEmpty();
        assertThat(problems(kind, application)).as("the schema's problems").isEmpty();
    }

    private static void assertBothRefuse(ObjectNode application) {
        Kind kind = application.has("kind") ? Kind.CANDIDACY : Kind.APPLICATION; // as CandidacyFiles tells them
        assertThat(library(kind, application)).as("the library's verdict").isNotEmpty();
        assertThat(problems(kind, application)).as("the schema's verdict").isNotEmpty();
    }

    private static ObjectNode p3(Consumer<ObjectNode> change) {
        return changed("examples/selected-p3/datajust.yaml", change);
    }

    private static ObjectNode p5(Consumer<ObjectNode> change) {
        return changed("examples/eligible/a-promotion-5-file-with-every-band-stated-gets-an-exact-grant.yaml", change);
    }

    private static ObjectNode candidacy(Consumer<ObjectNode> change) {
        return changed("candidacies/eligible/p3-a-candidacy-meeting-every-clause-is-eligible.yaml", change);
    }

    private static ObjectNode changed(String file, Consumer<ObjectNode> change) {
        try {
            ObjectNode tree = (ObjectNode) read(ROOT.resolve(file));
            change.accept(tree);
            return tree;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void team(ObjectNode application, int members) {
        ArrayNode team = application.putArray("team");
        for (int i = 0; i < members; i++) {
            team.addObject().put("name", "Member " + i).put("role", "role " + i).put("involvementPercent", 10);
        }
    }

    private static void choices(ObjectNode candidacy, int count) {
        ArrayNode choices = candidacy.putArray("choices");
        for (int i = 0; i < count; i++) {
            choices.add("Défi " + i);
        }
    }

    private static List<String> problems(Kind kind, JsonNode document) {
        return SCHEMAS.get(kind).validate(document).stream().map(ValidationMessage::getMessage).toList();
    }

    /** The library's problems with a document, read and then checked as {@code eig} does before deciding. */
    private static List<Violation> library(Kind kind, JsonNode document) {
        try {
            // As text, so that the reader's limits apply as they do to a file.
            String json = new ObjectMapper().writeValueAsString(document);
            if (kind == Kind.CANDIDACY) {
                return EigRules.builtIn().violations(CandidacyFiles.read(json, ApplicationFiles.Format.JSON));
            }
            return EigRules.builtIn().violations(ApplicationFiles.read(json, ApplicationFiles.Format.JSON));
        } catch (InvalidApplicationException e) {
            return e.violations();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Violation> library(Kind kind, Path file) throws IOException {
        if (kind == Kind.SELECTION) {
            return librarySelection(file);
        }
        try {
            if (kind == Kind.CANDIDACY) {
                return EigRules.builtIn().violations(CandidacyFiles.read(file));
            }
            return EigRules.builtIn().violations(ApplicationFiles.read(file));
        } catch (InvalidApplicationException e) {
            return e.violations();
        }
    }

    private static List<Violation> library(Kind kind, ObjectNode selection, Path folder) {
        try {
            Path file = folder.resolve("selection.json");
            Files.writeString(file, new ObjectMapper().writeValueAsString(selection));
            return librarySelection(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Violation> librarySelection(Path file) {
        try {
            EigRules.builtIn().select(SelectionFiles.read(file).selection());
            return List.of();
        } catch (InvalidSelectionException e) {
            return e.violations();
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        // scenarios.yaml files hold test scenarios, not documents of the contract.
        return (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) && !name.equals("scenarios.yaml");
    }

    private static Kind kindOf(Path file) {
        try {
            JsonNode tree = read(file);
            return tree.has("kind") ? Kind.CANDIDACY : tree.has("grids") || tree.has("applications") ? Kind.SELECTION
                    : Kind.APPLICATION;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A document as the library reads it: numbers exact, YAML 1.2's core schema. */
    private static JsonNode read(Path file) throws IOException {
        DocumentReader.Syntax syntax = file.toString().endsWith(".json") ? DocumentReader.Syntax.JSON
                : DocumentReader.Syntax.YAML;
        return DocumentReader.parse(Files.readAllBytes(file), syntax).root();
    }
}
