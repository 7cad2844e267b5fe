package org.eigrules;

import org.eigrules.decision.Decision;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.model.Application;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.DecisionAssert.assertThat;

/**
 * Every bundled example against what it expects. The folder gives the verdict; a YAML file's first
 * line may say more: {@code # expected: INELIGIBLE (CAL-1, DOC-1)}, {@code INCOMPLETE (field CLAUSE, …)},
 * {@code ELIGIBLE (notes: FIN-2)} or {@code INVALID (path, …)}.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("../examples").normalize();
    private static final Pattern EXPECTED = Pattern.compile("^# expected: (\\w+)(?: \\((?:notes: )?([^)]*)\\))?");

    private record Example(Path file, String folder, String verdict, List<String> details) {
        String name() {
            return folder + "/" + file.getFileName();
        }
    }

    private static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String folder = EXAMPLES.relativize(file).getName(0).toString();
                String firstLine = Files.readAllLines(file).get(0);
                Matcher m = EXPECTED.matcher(firstLine);
                List<String> details = m.find() && m.group(2) != null
                        ? Arrays.stream(m.group(2).split(",")).map(String::strip).toList() : List.of();
                examples.add(new Example(file, folder, verdictOf(folder), details));
            }
        }
        return examples;
    }

    private static String verdictOf(String folder) {
        return switch (folder) {
            case "selected-p3", "eligible" -> "ELIGIBLE";
            case "ineligible" -> "INELIGIBLE";
            case "incomplete" -> "INCOMPLETE";
            case "invalid" -> "INVALID";
            default -> throw new IllegalStateException("examples/" + folder + ": unknown folder");
        };
    }

    private static Decision decide(Example example) throws IOException {
        return Evaluation.rules().evaluate(ApplicationFiles.read(example.file()));
    }

    @TestFactory
    Stream<DynamicTest> every_example_gets_its_expected_decision() throws IOException {
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            switch (example.verdict()) {
                case "ELIGIBLE" -> {
                    DecisionAssert decision = assertThat(decide(example)).isEligible();
                    example.details().forEach(decision::notes);
                }
                case "INELIGIBLE" -> assertThat(decide(example)).isIneligibleFor(example.details().toArray(String[]::new));
                case "INCOMPLETE" -> assertThat(decide(example)).isIncompleteWith(example.details().toArray(String[]::new));
                default -> {
                    InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                            () -> Evaluation.rules().evaluate(ApplicationFiles.read(example.file())));
                    assertThat(e).as("%s should be rejected as invalid", example.name()).isNotNull();
                    assertThat(e.violations()).extracting(Violation::path)
                            .containsExactlyInAnyOrderElementsOf(example.details());
                }
            }
        }));
    }

    @Test
    void the_fifteen_selected_defis_of_promotion_3_are_all_eligible_with_32_eigs() throws IOException {
        List<Application> selected = new ArrayList<>();
        for (Example example : examples()) {
            if (example.folder().equals("selected-p3")) {
                selected.add(ApplicationFiles.read(example.file()));
            }
        }
        assertThat(selected).hasSize(15);
        assertThat(selected).extracting(Application::eigCount).containsOnly(2, 3);
        assertThat(selected.stream().mapToInt(Application::eigCount).sum()).isEqualTo(32);
        assertThat(selected).filteredOn(a -> a.eigCount() == 3).extracting(a -> a.challenge().name())
                .containsExactlyInAnyOrder("Open Justice", "Plume");
        assertThat(Evaluation.rules().evaluateAll(selected))
                .allSatisfy(d -> assertThat(d).isEligible());
    }

    @Test
    void the_ineligible_and_incomplete_examples_together_exercise_every_promotion_3_clause() throws IOException {
        Set<String> exercised = new TreeSet<>();
        for (Example example : examples()) {
            if (example.verdict().equals("INVALID")) {
                continue;
            }
            Decision decision = decide(example);
            decision.reasons().stream().map(Reason::clause).forEach(exercised::add);
            decision.missing().stream().map(MissingField::clause).forEach(exercised::add);
            if (!decision.coFinancing().granted()) {
                decision.coFinancing().notes().stream().map(Note::clause).forEach(exercised::add);
            }
        }
        assertThat(exercised).containsAll(List.of("ADM-1", "CHL-1", "CHL-2", "CHL-3", "CHL-4", "CHL-5", "CHL-6",
                "COM-1", "COM-2", "COM-3", "COM-4", "COM-5", "COM-6", "CAL-1", "DOC-1",
                "FIN-1", "FIN-2", "FIN-3", "FIN-4", "FIN-5"));
    }
}
