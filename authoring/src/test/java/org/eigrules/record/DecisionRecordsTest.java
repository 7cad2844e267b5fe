package org.eigrules.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.eigrules.reading.DocumentReader;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecisionRecordsTest {

    static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();

    private final EigRules rules = EigRules.builtIn();

    static JsonNode document(Path file) throws IOException {
        DocumentReader.Syntax syntax = file.toString().endsWith(".json") ? DocumentReader.Syntax.JSON : DocumentReader.Syntax.YAML;
        return DocumentReader.parse(Files.readAllBytes(file), syntax).root();
    }

    static List<Path> bundled() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("examples", "candidacies")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
                walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("invalid"))
                        .filter(p -> p.toString().matches(".*\\.(json|ya?ml)")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void the_record_of_every_bundled_example_replays_as_the_same_decision() throws IOException {
        List<Path> files = bundled();
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            for (Language language : Language.values()) {
                ObjectNode record = DecisionRecords.record(document(file), file.toString(), rules, language);
                // Through its text, as a file would carry it.
                Replay replay = DecisionRecords.replay(DecisionRecords.text(record).getBytes(StandardCharsets.UTF_8), rules);
                assertThat(replay.problems()).as(file.toString()).isEmpty();
                assertThat(replay.differences()).as(file.toString()).isEmpty();
                assertThat(replay.sameDecision()).isTrue();
                assertThat(replay.fingerprintChanged()).isFalse();
                assertThat(replay.filesChanged()).isEmpty();
            }
        }
    }

    @Test
    void a_record_holds_the_file_as_read_the_decision_the_version_and_the_fingerprint() throws IOException {
        Path file = ROOT.resolve("examples/selected-p3/datajust.yaml");
        ObjectNode record = DecisionRecords.record(document(file), "examples/selected-p3/datajust.yaml", rules, Language.EN);
        assertThat(record.fieldNames()).toIterable().containsExactly("recordFormat", "library", "fingerprint", "rules",
                "file", "language", "application", "decision");
        assertThat(record.get("recordFormat").intValue()).isEqualTo(DecisionRecords.FORMAT);
        assertThat(record.at("/library/version").textValue()).isEqualTo(LibraryVersion.version()).doesNotContain("$");
        assertThat(record.at("/fingerprint/value").textValue()).isEqualTo(Fingerprints.of(rules).value());
        assertThat(record.at("/fingerprint/files/promotions~1p3.yaml").textValue())
                .isEqualTo(Fingerprints.of(rules).files().get("promotions/p3.yaml"));
        assertThat(record.get("application")).isEqualTo(document(file));
        assertThat(record.at("/decision/verdict").textValue()).isEqualTo("ELIGIBLE");
        assertThat(record.at("/decision/coFinancing/grantAmount").textValue()).isEqualTo("91000.00");
        String text = DecisionRecords.text(record);
        assertThat(text).doesNotContain("\r").endsWith("}\n").contains("\n  \"recordFormat\": 1,\n");
    }

    @Test
    void the_checked_in_records_keep_their_format_and_replay_as_the_same_decision() throws IOException {
        List<Path> records;
        try (Stream<Path> walk = Files.list(ROOT.resolve("records"))) {
            records = walk.filter(p -> p.toString().endsWith(".record.json")).sorted().toList();
        }
        assertThat(records).extracting(p -> p.getFileName().toString()).contains("datajust.record.json",
                "a-company-may-not-host-a-defi.record.json", "p3-a-candidacy-meeting-every-clause-is-eligible.record.json");
        for (Path path : records) {
            JsonNode record = document(path);
            // The format's fields, as docs/accountability.md documents them: a change here is a new format.
            assertThat(record.get("recordFormat").intValue()).isEqualTo(1);
            assertThat(record.at("/library/name").textValue()).isEqualTo("eig-rules");
            assertThat(record.at("/library/version").isTextual()).isTrue();
            assertThat(record.at("/fingerprint/algorithm").textValue()).isEqualTo("SHA-256");
            assertThat(record.at("/fingerprint/value").textValue()).matches("[0-9a-f]{64}");
            assertThat(record.at("/fingerprint/files").size()).isGreaterThan(10);
            assertThat(record.get("rules").textValue()).isEqualTo("built-in rules");
            assertThat(record.get("language").textValue()).isIn("fr", "en");
            assertThat(record.get("application").isObject()).isTrue();
            assertThat(record.at("/decision/verdict").textValue()).isIn("ELIGIBLE", "INELIGIBLE", "INCOMPLETE");
            assertThat(Files.readString(path)).isEqualTo(DecisionRecords.text(record)); // written as the library writes
            // The file it records is still the bundled one, and today's rules decide it the same way.
            assertThat(record.get("application")).isEqualTo(document(ROOT.resolve(record.get("file").textValue())));
            Replay replay = DecisionRecords.replay(Files.readAllBytes(path), rules);
            assertThat(replay.problems()).as(path.toString()).isEmpty();
            assertThat(replay.differences()).as(path + ": " + replay.differences()).isEmpty();
        }
    }

    /**
     * Records made by the rules as they stood before the readings revised on 5 December 2026 (the
     * closing instant, the P4 economic and financial ministries' grant, one reason per clause):
     * replayed today, each names exactly the fields those revisions change, and nothing else.
     */
    @Test
    void records_made_before_the_revised_readings_name_exactly_the_fields_they_change() throws IOException {
        Path folder = ROOT.resolve("records/made-before-the-readings-of-2026-12-05");
        java.util.Map<String, List<String>> expected = java.util.Map.of(
                "datalympics.record.json", List.of("coFinancing.granted", "coFinancing.recipient",
                        "coFinancing.grantAmount", "coFinancing.hostAmount", "coFinancing.notes[0].message",
                        "rulesFired", "rulesFired", "rulesFired", "remedies[0]"),
                "a-promotion-5-file-received-at-23-59-30-is-late.record.json", List.of("verdict", "reasons[0]",
                        "coFinancing.granted", "coFinancing.recipient", "coFinancing.grantAmount",
                        "coFinancing.hostAmount", "coFinancing.notes[0]", "rulesFired", "rulesFired", "remedies[0]"),
                "p5-a-candidacy-received-at-23-59-30-paris-time-is-late.record.json", List.of("verdict", "reasons[0]",
                        "rulesFired", "remedies[0]"),
                "a-one-person-project-team-is-ineligible.record.json", List.of("reasons[0].message", "reasons[1]"));
        List<Path> records;
        try (Stream<Path> walk = Files.list(folder)) {
            records = walk.filter(p -> p.toString().endsWith(".record.json")).sorted().toList();
        }
        assertThat(records).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Path path : records) {
            Replay replay = DecisionRecords.replay(Files.readAllBytes(path), rules);
            assertThat(replay.problems()).as(path.toString()).isEmpty();
            assertThat(replay.sameDecision()).as(path.toString()).isFalse();
            assertThat(replay.fingerprintChanged()).as(path.toString()).isTrue();
            assertThat(replay.differences()).extracting(Difference::field).as(path + ": " + replay.differences())
                    .containsExactlyInAnyOrderElementsOf(expected.get(path.getFileName().toString()));
        }
    }

    @Test
    void replayed_against_a_folder_with_another_rate_the_money_differs_field_by_field(@TempDir Path folder) throws IOException {
        Path file = ROOT.resolve("examples/selected-p3/datajust.yaml");
        ObjectNode record = DecisionRecords.record(document(file), null, rules, Language.EN);
        withTheP3RateAt60(folder);
        Replay replay = DecisionRecords.replay(record, org.eigrules.authoring.RuleFolders.load(folder));
        assertThat(replay.valid()).isTrue();
        assertThat(replay.sameDecision()).isFalse();
        assertThat(replay.fingerprintChanged()).isTrue();
        assertThat(replay.filesChanged()).containsExactly("promotions/p3.yaml");
        assertThat(replay.differences()).extracting(Difference::toString).contains(
                "coFinancing.rate: 0.70 → 0.60",
                "coFinancing.grantAmount: 91000.00 → 78000.00",
                "coFinancing.hostAmount: 39000.00 → 52000.00");
        assertThat(replay.differences()).extracting(Difference::field).doesNotContain("verdict");
    }

    /** A rule folder whose only file is promotion 3's parameters with the PIA rate at 0.60. */
    private static void withTheP3RateAt60(Path folder) throws IOException {
        Path p3 = Files.createDirectories(folder.resolve("promotions")).resolve("p3.yaml");
        Files.writeString(p3, FingerprintTest.resource("org/eigrules/promotions/p3.yaml")
                .replace("    value: 0.70\n", "    value: 0.60\n"));
    }

    /** A record as the first fingerprint scheme wrote it: no scheme, the value by path NUL text NUL. */
    private static ObjectNode firstSchemeRecord(ObjectNode record) {
        ObjectNode print = (ObjectNode) record.get("fingerprint");
        assertThat(print.get("scheme").asInt()).isEqualTo(Fingerprint.SCHEME);
        print.remove("scheme");
        print.put("value", "fd9dc7d8e6f76c4b12ef9d2625ce290cb08ee474616537873475edbbffac2922");
        return record;
    }

    @Test
    void a_record_of_the_first_fingerprint_scheme_replays_and_compares_its_files(@TempDir Path folder) throws IOException {
        Path file = ROOT.resolve("examples/selected-p3/datajust.yaml");
        ObjectNode old = firstSchemeRecord(DecisionRecords.record(document(file), null, rules, Language.EN));
        Replay same = DecisionRecords.replay(old, rules);
        assertThat(same.valid()).isTrue();
        assertThat(same.sameDecision()).isTrue();
        assertThat(same.recordedScheme()).isEqualTo(1);
        assertThat(same.schemeChanged()).isTrue();
        // Its value cannot be compared with today's: its files are, one by one.
        assertThat(same.fingerprintChanged()).isFalse();
        assertThat(same.filesChanged()).isEmpty();
        withTheP3RateAt60(folder);
        Replay changed = DecisionRecords.replay(old, org.eigrules.authoring.RuleFolders.load(folder));
        assertThat(changed.schemeChanged()).isTrue();
        assertThat(changed.fingerprintChanged()).isTrue();
        assertThat(changed.filesChanged()).containsExactly("promotions/p3.yaml");
    }

    @Test
    void a_fingerprint_scheme_that_is_not_a_known_one_is_a_problem_of_the_record() throws IOException {
        ObjectNode record = DecisionRecords.record(document(ROOT.resolve("examples/selected-p3/datajust.yaml")), null,
                rules, Language.EN);
        ((ObjectNode) record.get("fingerprint")).put("scheme", "two");
        assertThat(DecisionRecords.replay(record, rules).problems()).extracting(org.eigrules.validation.Violation::path)
                .containsExactly("fingerprint.scheme");
        ((ObjectNode) record.get("fingerprint")).put("scheme", 3);
        assertThat(DecisionRecords.replay(record, rules).problems()).singleElement()
                .extracting(v -> v.messageIn(Language.EN)).asString()
                .isEqualTo("expected a fingerprint scheme from 1 to 2, found 3");
    }

    @Test
    void a_record_whose_decision_was_edited_is_reported_with_each_change() throws IOException {
        ObjectNode record = DecisionRecords.record(document(ROOT.resolve("examples/selected-p3/datajust.yaml")), null, rules,
                Language.FR);
        ((ObjectNode) record.get("decision")).put("verdict", "INELIGIBLE");
        ((ObjectNode) record.get("decision")).remove("priorities");
        Replay replay = DecisionRecords.replay(record, rules);
        assertThat(replay.fingerprintChanged()).isFalse();
        assertThat(replay.differences()).extracting(Difference::toString)
                .contains("verdict: INELIGIBLE → ELIGIBLE")
                .anyMatch(d -> d.startsWith("priorities: (absent) → [\"PRI-1\""));
        // The rules that applied count, not the order the engine fired them in.
        com.fasterxml.jackson.databind.node.ArrayNode fired = (com.fasterxml.jackson.databind.node.ArrayNode) record.at("/decision/rulesFired");
        String first = fired.get(0).textValue();
        fired.remove(0);
        fired.add(first);
        assertThat(DecisionRecords.replay(record, rules).differences()).extracting(Difference::field)
                .doesNotContain("rulesFired");
        String dropped = fired.remove(0).textValue();
        assertThat(DecisionRecords.replay(record, rules).differences()).extracting(Difference::toString)
                .contains("rulesFired: (absent) → " + dropped);
    }

    @Test
    void an_invalid_record_names_each_problem_by_its_path() throws IOException {
        ObjectNode record = DecisionRecords.record(document(ROOT.resolve("examples/selected-p3/datajust.yaml")), null, rules,
                Language.FR);
        record.put("recordFormat", 2);
        record.put("language", "de");
        Replay replay = DecisionRecords.replay(record, rules);
        assertThat(replay.valid()).isFalse();
        assertThat(replay.sameDecision()).isFalse();
        assertThat(replay.problems()).extracting(Violation::toString)
                .containsExactly("recordFormat: expected 1, found 2", "language: expected fr or en, found \"de\"");

        record.put("recordFormat", 1).put("language", "en");
        ((ObjectNode) record.at("/application/eigs/0")).put("profile", "ASTROLOGY");
        assertThat(DecisionRecords.replay(record, rules).problems()).extracting(Violation::path)
                .containsExactly("application.eigs[0].profile");

        assertThat(DecisionRecords.replay("[1, 2]".getBytes(StandardCharsets.UTF_8), rules).problems())
                .extracting(Violation::toString).containsExactly("expected a decision record (a JSON object), found array");
        assertThat(DecisionRecords.replay("{\"recordFormat\": ".getBytes(StandardCharsets.UTF_8), rules).valid()).isFalse();
    }

    @Test
    void a_malformed_file_is_not_recorded() throws IOException {
        Path file = ROOT.resolve("examples/invalid/a-self-funded-file-cannot-request-pia-money.yaml");
        assertThatThrownBy(() -> DecisionRecords.record(document(file), null, rules, Language.EN))
                .isInstanceOf(InvalidApplicationException.class)
                .satisfies(e -> assertThat(((InvalidApplicationException) e).violations()).extracting(Violation::path)
                        .contains("funding.requestedPiaAmount"));
    }
}
