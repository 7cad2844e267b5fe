package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.DATAJUST;
import static org.eigrules.cli.EvaluateCommandTest.EXAMPLES;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/** {@code eig record} and {@code eig replay}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordReplayCommandTest {

    private static final Path ROOT = EXAMPLES.getParent();
    private static final Path CANDIDACY = ROOT.resolve("candidacies/eligible/p3-a-candidacy-meeting-every-clause-is-eligible.yaml");

    @Test
    void records_of_a_folder_and_a_candidacy_replay_as_the_same_decision(@TempDir Path out) {
        EvaluateCommandTest.Run recorded = eig("record", "--out", out, EXAMPLES.resolve("ineligible"), CANDIDACY);
        assertThat(recorded.status()).as(recorded.err()).isZero();
        long files;
        try (var listing = java.nio.file.Files.list(EXAMPLES.resolve("ineligible"))) {
            files = listing.count() + 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(recorded.out().lines()).hasSize((int) files).allMatch(l -> l.endsWith(".record.json"));
        EvaluateCommandTest.Run replayed = eig("replay", "--lang", "en", out);
        assertThat(replayed.status()).as(replayed.out() + replayed.err()).isZero();
        assertThat(replayed.out().lines()).hasSize((int) files)
                .allMatch(l -> l.contains(": same decision (rule set fingerprint unchanged: "));
    }

    @Test
    void a_record_of_the_first_fingerprint_scheme_says_the_scheme_changed_and_compares_its_files(@TempDir Path dir)
            throws IOException {
        EvaluateCommandTest.Run run = eig("record", "--lang", "en", DATAJUST);
        assertThat(run.out()).contains("\"scheme\":2");
        // As records were written before schemes were named: no scheme, the first scheme's value.
        String old = run.out().replace("\"scheme\":2,", "").replaceFirst("\"value\":\"[0-9a-f]{64}\"",
                "\"value\":\"fd9dc7d8e6f76c4b12ef9d2625ce290cb08ee474616537873475edbbffac2922\"");
        Path file = Files.writeString(dir.resolve("old.json"), old);
        EvaluateCommandTest.Run replayed = eig("replay", "--lang", "en", file);
        assertThat(replayed.status()).as(replayed.err()).isZero();
        assertThat(replayed.out()).contains(": same decision (rule set fingerprint scheme changed (1 → 2): no file changed)")
                .doesNotContain("fingerprint unchanged").doesNotContain("fingerprint changed:");
        assertThat(eig("replay", file).out()).contains("méthode d’empreinte des règles changée (1 → 2) : aucun fichier modifié");
    }

    @Test
    void without_out_each_record_is_one_line_of_json(@TempDir Path dir) throws IOException {
        EvaluateCommandTest.Run run = eig("record", "--lang", "en", DATAJUST);
        assertThat(run.status()).isZero();
        JsonNode record = new ObjectMapper().readTree(run.out());
        assertThat(record.get("recordFormat").intValue()).isEqualTo(1);
        assertThat(record.at("/decision/verdict").textValue()).isEqualTo("ELIGIBLE");
        assertThat(record.get("language").textValue()).isEqualTo("en");
        Path file = Files.writeString(dir.resolve("one.json"), run.out());
        assertThat(eig("replay", file).out()).contains("même décision");
    }

    @Test
    void against_a_folder_with_another_rate_the_money_and_the_fingerprint_differ(@TempDir Path dir) throws IOException {
        Path records = dir.resolve("records");
        assertThat(eig("record", "--out", records, DATAJUST).status()).isZero();
        Path rules = dir.resolve("rules");
        assertThat(eig("init", rules).status()).isZero();
        EvaluateCommandTest.Run same = eig("replay", "--rules", rules, records);
        assertThat(same.status()).as(same.out() + same.err()).isZero();
        Path p3 = rules.resolve("promotions/p3.yaml");
        Files.writeString(p3, Files.readString(p3).replace("    value: 0.70\n", "    value: 0.60\n"));
        EvaluateCommandTest.Run run = eig("replay", "--lang", "en", "--rules", rules, records);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("datajust.record.json: different decision (rule set fingerprint changed: ")
                .contains("; files changed: promotions/p3.yaml)")
                .contains("  coFinancing.rate: 0.70 → 0.60\n")
                .contains("  coFinancing.grantAmount: 91000.00 → 78000.00\n")
                .contains("  coFinancing.hostAmount: 39000.00 → 52000.00\n")
                .doesNotContain("verdict:");
    }

    @Test
    void an_invalid_record_is_named_and_the_others_are_still_replayed(@TempDir Path dir) throws IOException {
        assertThat(eig("record", "--out", dir, DATAJUST).status()).isZero();
        Files.writeString(dir.resolve("broken.json"), "{\"recordFormat\": 7, \"language\": \"fr\"}");
        EvaluateCommandTest.Run run = eig("replay", "--lang", "en", dir.resolve("broken.json"), dir.resolve("missing.json"),
                dir.resolve("datajust.record.json"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("broken.json: invalid record, not replayed\n  recordFormat: expected 1, found 7")
                .contains("  fingerprint.value: expected the rule set's SHA-256, found nothing")
                .contains("missing.json: invalid record, not replayed")
                .doesNotContain("Exception");
        assertThat(run.out()).contains("datajust.record.json: same decision");
    }

    @Test
    void an_invalid_file_is_not_recorded_and_the_others_are(@TempDir Path dir) {
        EvaluateCommandTest.Run run = eig("record", "--lang", "en", "--out", dir,
                EXAMPLES.resolve("invalid/a-self-funded-file-cannot-request-pia-money.yaml"), DATAJUST);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("funding.requestedPiaAmount");
        assertThat(dir.resolve("datajust.record.json")).exists();
        assertThat(eig("replay").status()).as("no RECORD is a usage error").isEqualTo(2);
        EvaluateCommandTest.Run notAFolder = eig("record", "--lang", "en", "--out", dir.resolve("datajust.record.json"), DATAJUST);
        assertThat(notAFolder.status()).isEqualTo(1);
        assertThat(notAFolder.err()).contains("datajust.record.json: cannot write there (not a folder, or not writable)");
    }
}
