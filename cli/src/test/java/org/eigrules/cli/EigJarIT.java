package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged command, {@code cli/target/eig.jar}, run as a user runs it: a separate JVM on the
 * bundled examples. Catches what in-process tests cannot, such as a fat jar that lost the rules.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EigJarIT {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
    private static final Path JAR = BASEDIR.resolve("target/eig.jar");

    private record Result(int status, String out, String err) {
    }

    private static Result java(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        return new Result(process.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static List<String> files(String folder) throws IOException {
        try (Stream<Path> files = Files.list(EvaluateCommandTest.EXAMPLES.resolve(folder))) {
            return files.map(Path::toString).sorted().toList();
        }
    }

    @Test
    void the_jar_evaluates_every_bundled_example_and_exits_1_for_the_invalid_ones() throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate", "--json"));
        for (String folder : List.of("selected-p3", "selected-p4", "selected-p5", "eligible", "ineligible", "incomplete", "invalid")) {
            args.addAll(files(folder));
        }
        Result result = java(args);
        assertThat(result.status()).as(result.err()).isEqualTo(1);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(args.size() - 2);
        long decisions = 0;
        for (String line : lines) {
            JsonNode node = new ObjectMapper().readTree(line);
            if (node.has("verdict")) {
                decisions++;
            } else {
                assertThat(node.get("errors")).isNotEmpty();
            }
        }
        assertThat(decisions).isEqualTo(args.size() - 2 - files("invalid").size());
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void json_lines_stream_from_the_standard_input_in_a_small_heap() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String file : files("selected-p3")) {
            JsonNode application = file.endsWith(".json") ? new ObjectMapper().readTree(Path.of(file).toFile())
                    : new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(Path.of(file).toFile());
            lines.add(new ObjectMapper().writeValueAsString(application));
        }
        int count = 20_000;
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-jar", JAR.toString(), "evaluate", "--jsonl", "-").redirectErrorStream(false).start();
        Thread feeder = new Thread(() -> {
            try (var in = new java.io.BufferedWriter(new java.io.OutputStreamWriter(process.getOutputStream(),
                    StandardCharsets.UTF_8))) {
                for (int i = 0; i < count; i++) {
                    in.write(lines.get(i % lines.size()));
                    in.write('\n');
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        feeder.start();
        long decisions;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            decisions = out.lines().filter(l -> l.contains("\"verdict\":\"ELIGIBLE\"")).count();
        }
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        feeder.join();
        assertThat(process.waitFor()).as(err).isZero();
        assertThat(decisions).isEqualTo(count);
        assertThat(err).doesNotContain("OutOfMemoryError").doesNotContain("applications in").doesNotContain("demandes en");
    }

    @Test
    void the_jar_prints_french_summaries_in_utf_8_and_exits_0() throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate"));
        args.addAll(files("selected-p3"));
        Result result = java(args);
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("Karfu’R").contains("ÉLIGIBLE").contains("Délégation Interministérielle pour l’Accueil");
        // Only the closing tally on the error stream, in UTF-8 too.
        assertThat(result.err()).isEqualTo("15 fichiers : 15 décisions (15 éligibles, 0 inéligible, 0 incomplète), 0 non évalué\n");
    }

    @Test
    void the_jar_fingerprints_its_own_resources_as_the_library_does_and_replays_the_checked_in_records() throws Exception {
        // The jar lists its rule, parameter and message files from inside itself: same fingerprint,
        // same files, as the library's classes give.
        // The bundled records of today's rules (the folder below them holds older ones, which differ).
        List<String> replay = new ArrayList<>(List.of("replay", "--lang", "en"));
        try (java.util.stream.Stream<Path> records = java.nio.file.Files.list(BASEDIR.resolve("../records").normalize())) {
            records.filter(p -> p.toString().endsWith(".record.json")).sorted().map(Path::toString).forEach(replay::add);
        }
        Result result = java(replay);
        assertThat(result.status()).as(result.out() + result.err()).isZero();
        String shortPrint = org.eigrules.record.Fingerprints.of(org.eigrules.EigRules.builtIn()).shortValue();
        assertThat(result.out().lines()).hasSize(4)
                .allMatch(l -> l.contains(": same decision (rule set fingerprint"))
                .allMatch(l -> l.contains(shortPrint + ")") || l.contains(" → " + shortPrint + ";"));
    }
}
