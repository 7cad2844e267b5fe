package org.eigrules.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.eigrules.candidacy.CandidateJury;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles.Format;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.SelectionFiles;
import org.eigrules.record.DecisionRecords;
import org.eigrules.record.Replay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.ApplicationDraft.eligible;

/**
 * The seeded fuzz suite's other documents: selection files (with the application files they name),
 * decision records, candidacies and the candidates' jury marks, mutated byte by byte and value by
 * value as {@link ReaderFuzzTest} mutates applications. For each case: only the reader's own
 * refusal escapes reading, and then deciding; a refusal names each problem in both languages with
 * no Java or library name, no raw control character, at most {@link ReadingLimits#MAX_PROBLEMS}
 * problems (and the count of the rest); nothing outside a selection's folder is read.
 */
class DocumentFuzzTest {

    static final long SEED = ReaderFuzzTest.SEED + 10;
    static final int CASES = 600;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SELECTIONS = Path.of(System.getProperty("basedir", ".")).resolve("../selections/p3")
            .toAbsolutePath().normalize();
    private static final Path CANDIDACIES = Path.of(System.getProperty("basedir", ".")).resolve("../candidacies")
            .toAbsolutePath().normalize();

    /** Values put in a selection's place: paths out of its folder, numbers out of range, YAML traps. */
    private static final List<String> SELECTION_VALUES = List.of("../secret.yaml", "\"../secret.yaml\"", "/etc/passwd",
            "\"a\\0b.yaml\"", "..", "applications/../../secret.yaml", "1e-2147483648", "1e2147483647", "!!str x", "*x",
            "[[[[", "{}", "\"\\e[31mred\\r\"", "015", ".nan", "~", "\"\"", "[]", "-1", "4294967297", "\"\\u202Etxt\"",
            "applications/datajust.yaml", "applications");

    private static final List<String> SLOTS = List.of("3", "applications/datajust.yaml", "applications/cartobio.yaml",
            "DataJust", "CartoBio", "A", "1", "4", "FAVOURABLE", "true", "grids", "selected");

    @TempDir
    Path dir;

    @Test
    void no_mutated_selection_escapes_its_reader_or_leaves_its_folder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("jury/applications")).getParent();
        Files.copy(SELECTIONS.resolve("applications/datajust.yaml"), folder.resolve("applications/datajust.yaml"));
        Files.copy(SELECTIONS.resolve("applications/cartobio.yaml"), folder.resolve("applications/cartobio.yaml"));
        Files.writeString(dir.resolve("secret.yaml"), "hunter2: hunter2\n");
        String yaml = """
                promotion: 3
                applications: [applications/datajust.yaml, applications/cartobio.yaml]
                grids:
                  - { application: DataJust, group: A, groupRank: 1, scores: [4, 3, 4, 3, 4], opinion: FAVOURABLE, favourite: true }
                  - { application: CartoBio, group: A, groupRank: 2, scores: [3, 3, 4, 3, 4], opinion: FAVOURABLE }
                selected: [DataJust]
                """;
        String json = JSON.writeValueAsString(new YAMLMapper().readTree(yaml));
        EigRules rules = EigRules.builtIn();
        Random random = new Random(SEED);
        int read = 0;
        int refused = 0;
        for (int n = 0; n < CASES; n++) {
            boolean asJson = random.nextInt(3) == 0;
            byte[] input = switch (random.nextInt(4)) {
                case 0 -> ReaderFuzzTest.bytes(random, asJson ? json : yaml);
                case 1 -> ReaderFuzzTest.tree(random, json, asJson ? Format.JSON : Format.YAML);
                default -> {
                    asJson = false;
                    String slot = SLOTS.get(random.nextInt(SLOTS.size()));
                    yield yaml.replaceFirst(java.util.regex.Pattern.quote(slot), java.util.regex.Matcher.quoteReplacement(
                            SELECTION_VALUES.get(random.nextInt(SELECTION_VALUES.size())))).getBytes(StandardCharsets.UTF_8);
                }
            };
            Path file = Files.write(folder.resolve(asJson ? "selection.json" : "selection.yaml"), input);
            String where = "selection case " + n + " (seed " + SEED + ") for " + ReaderFuzzTest.preview(input);
            try {
                SelectionFiles.SelectionFile selection = SelectionFiles.read(file);
                read++;
                try {
                    assertThat(rules.select(selection.selection())).as(where).isNotNull();
                } catch (InvalidSelectionException e) {
                    check(e.violations(), n, input);
                }
            } catch (InvalidSelectionException e) {
                refused++;
                check(e.violations(), n, input);
            } catch (Throwable t) {
                throw new AssertionError(where + " threw " + t, t);
            } finally {
                Files.delete(file);
            }
        }
        System.out.printf("Fuzzed %d selections (seed %d): %d read, %d refused%n", CASES, SEED, read, refused);
        assertThat(read).as("some mutated selections stay valid").isGreaterThan(CASES / 20);
        assertThat(refused).as("most mutated selections are refused").isGreaterThan(CASES / 3);
    }

    @Test
    void no_mutated_record_escapes_replay() throws Exception {
        EigRules rules = EigRules.builtIn();
        JsonNode application = DocumentReader.parse(eligible().json(), DocumentReader.Syntax.JSON).root();
        String record = DecisionRecords.record(application, "a.json", rules, Language.EN).toString();
        Random random = new Random(SEED + 1);
        int same = 0;
        int refused = 0;
        for (int n = 0; n < CASES; n++) {
            byte[] input = random.nextBoolean() ? ReaderFuzzTest.bytes(random, record)
                    : ReaderFuzzTest.tree(random, record, Format.JSON);
            Replay replay;
            try {
                replay = DecisionRecords.replay(input, rules);
            } catch (Throwable t) {
                throw new AssertionError("record case " + n + " (seed " + (SEED + 1) + ") threw " + t + " for "
                        + ReaderFuzzTest.preview(input), t);
            }
            if (!replay.valid()) {
                refused++;
                check(replay.problems(), n, input);
            } else if (replay.sameDecision()) {
                same++;
            }
        }
        System.out.printf("Fuzzed %d records (seed %d): %d same decision, %d refused%n", CASES, SEED + 1, same, refused);
        assertThat(same).isGreaterThan(CASES / 20);
        assertThat(refused).isGreaterThan(CASES / 5);
    }

    @Test
    void no_mutated_candidacy_or_jury_escapes_its_reader() throws Exception {
        String yaml = Files.readString(CANDIDACIES.resolve("eligible/p4-a-candidacy-meeting-every-clause-is-eligible.yaml"));
        String json = JSON.writeValueAsString(new YAMLMapper().readTree(yaml));
        String jury = """
                promotion: 4
                auditions:
                  - { candidate: Ana, defi: LABEL, profile: DEVELOPMENT, scores: [4, 4, 3, 4, 3] }
                  - { candidate: Ben, profile: DESIGN, scores: [4, 3, 4, 4, 3] }
                """;
        EigRules rules = EigRules.builtIn();
        Random random = new Random(SEED + 2);
        int decided = 0;
        int ranked = 0;
        for (int n = 0; n < CASES; n++) {
            Format format = random.nextBoolean() ? Format.JSON : Format.YAML;
            byte[] input = ReaderFuzzTest.mutate(random, format == Format.JSON ? json : yaml, format);
            try {
                CandidacyFiles.ApplicationOrCandidacy read = CandidacyFiles.readAny(input, format);
                if (read.candidacy() != null) {
                    assertThat(rules.evaluate(read.candidacy()).verdict()).isNotNull();
                } else {
                    assertThat(rules.evaluate(read.application()).verdict()).isNotNull();
                }
                decided++;
            } catch (InvalidApplicationException e) {
                check(e.violations(), n, input);
            } catch (Throwable t) {
                throw new AssertionError("candidacy case " + n + " (seed " + (SEED + 2) + ") threw " + t + " for "
                        + ReaderFuzzTest.preview(input), t);
            }
            byte[] marks = random.nextBoolean() ? ReaderFuzzTest.bytes(random, jury)
                    : ReaderFuzzTest.tree(random, JSON.writeValueAsString(new YAMLMapper().readTree(jury)), Format.YAML);
            Path file = Files.write(dir.resolve("jury.yaml"), marks);
            try {
                CandidateJury read = CandidacyFiles.readJury(file);
                assertThat(rules.rankCandidates(read).lists()).isNotNull();
                ranked++;
            } catch (InvalidApplicationException e) {
                check(e.violations(), n, marks);
            } catch (Throwable t) {
                throw new AssertionError("jury case " + n + " (seed " + (SEED + 2) + ") threw " + t + " for "
                        + ReaderFuzzTest.preview(marks), t);
            }
        }
        System.out.printf("Fuzzed %d candidacies and %d juries (seed %d): %d decided, %d ranked%n", CASES, CASES,
                SEED + 2, decided, ranked);
        assertThat(decided).isGreaterThan(CASES / 20);
        assertThat(ranked).isGreaterThan(CASES / 40);
    }

    private static void check(List<Violation> violations, int n, byte[] input) {
        ReaderFuzzTest.check(violations, n, input);
        assertThat(violations).as("case %d: at most the problems listed, the rest counted", n)
                .hasSizeLessThanOrEqualTo(ReadingLimits.MAX_PROBLEMS + 1);
        for (Violation v : violations) {
            assertThat(v.message() + v.messageFr()).as("case %d: nothing outside the folder is read", n)
                    .doesNotContain("hunter2");
        }
    }
}
