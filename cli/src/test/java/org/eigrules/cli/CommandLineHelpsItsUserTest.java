package org.eigrules.cli;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.DATAJUST;
import static org.eigrules.cli.EvaluateCommandTest.EXAMPLES;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/**
 * What a person at the command line needs beyond the decisions: a tally at the end, a missing file
 * called missing, YAML mistakes named, records replayed straight from {@code eig record}, and
 * completion for the shell.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandLineHelpsItsUserTest {

    @Test
    void evaluate_ends_with_a_tally_of_the_verdicts_and_of_the_files_not_evaluated(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "kind: APPLICATION\npromotion: [\n");
        EvaluateCommandTest.Run run = eig("evaluate", DATAJUST, EXAMPLES.resolve("ineligible"), broken);
        long ineligible;
        try (var listing = Files.list(EXAMPLES.resolve("ineligible"))) {
            ineligible = listing.count();
        }
        int files = (int) ineligible + 2;
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo(files + " fichiers : "
                + (files - 1) + " décisions (1 éligible, " + ineligible + " inéligibles, 0 incomplète), 1 non évalué");
        assertThat(run.out()).doesNotContain("fichiers :");
        EvaluateCommandTest.Run english = eig("evaluate", "--lang", "en", "--json", DATAJUST);
        assertThat(english.status()).isZero();
        assertThat(english.err().strip()).isEqualTo("1 file: 1 decision (1 eligible, 0 ineligible, 0 incomplete), 0 not evaluated");
        assertThat(english.out().strip()).startsWith("{").endsWith("}");
    }

    @Test
    void a_file_that_does_not_exist_is_said_to_be_missing_not_invalid(@TempDir Path dir) {
        Path typo = dir.resolve("datajsut.yaml");
        EvaluateCommandTest.Run run = eig("evaluate", typo, DATAJUST);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(typo + " : fichier introuvable, non évalué").doesNotContain("fichier invalide");
        assertThat(run.out()).contains("DataJust");
        assertThat(eig("evaluate", "--lang", "en", typo).err()).contains(typo + ": no such file, not evaluated");
    }

    @Test
    void a_tab_used_to_indent_is_named_with_its_line() throws IOException {
        Path file = Files.createTempFile("tab", ".yaml");
        try {
            Files.writeString(file, "kind: APPLICATION\npromotion: 3\n\tid: x\n");
            assertThat(eig("evaluate", file).err())
                    .contains("YAML invalide ligne 3, colonne 1 : une tabulation ne peut pas indenter du YAML");
            assertThat(eig("evaluate", "--lang", "en", file).err())
                    .contains("not valid YAML at line 3, column 1: a tab cannot indent YAML, indent with spaces");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void quotes_never_closed_are_placed_where_they_open_and_a_bare_colon_is_named(@TempDir Path dir) throws IOException {
        Path quote = Files.writeString(dir.resolve("quote.yaml"), "kind: APPLICATION\nid: \"abc\npromotion: 3\n");
        assertThat(eig("evaluate", "--lang", "en", quote).err())
                .contains("not valid YAML: the quotes opened at line 2, column 5 are never closed");
        Path colon = Files.writeString(dir.resolve("colon.yaml"), "kind: APPLICATION\nid: a: b\n");
        assertThat(eig("evaluate", "--lang", "en", colon).err())
                .contains("not valid YAML at line 2, column 6: an unexpected colon");
        Path other = Files.writeString(dir.resolve("other.yaml"), "kind: APPLICATION\npromotion: [\n");
        assertThat(eig("evaluate", "--lang", "en", other).err()).contains("not valid YAML at line");
    }

    @Test
    void replay_reads_what_record_prints_from_a_file_or_the_standard_input(@TempDir Path dir) throws IOException {
        Path incomplete = EXAMPLES.resolve("incomplete").resolve(firstIn(EXAMPLES.resolve("incomplete")));
        EvaluateCommandTest.Run recorded = eig("record", DATAJUST, incomplete);
        assertThat(recorded.status()).as(recorded.err()).isZero();
        assertThat(recorded.out().strip().lines()).hasSize(2);
        Path lines = Files.writeString(dir.resolve("records.jsonl"), recorded.out() + "\n");
        EvaluateCommandTest.Run fromFile = eig("replay", "--lang", "en", lines);
        assertThat(fromFile.status()).as(fromFile.err()).isZero();
        assertThat(fromFile.out().strip().lines()).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith(lines + " line 1: same decision (rule set fingerprint unchanged: "))
                .anySatisfy(l -> assertThat(l).startsWith(lines + " line 2: same decision"));

        EvaluateCommandTest.Run fromStdin = CommandLineDetailsTest.withStdin(
                recorded.out().getBytes(StandardCharsets.UTF_8), "replay", "-");
        assertThat(fromStdin.status()).as(fromStdin.err()).isZero();
        assertThat(fromStdin.out().strip().lines()).hasSize(2).allMatch(l -> l.contains(" : même décision"));

        // One bad line costs only itself; a pretty-printed record is still read whole.
        String[] two = recorded.out().strip().split("\n");
        Path mixed = Files.writeString(dir.resolve("mixed.jsonl"), two[0] + "\n{\"recordFormat\": 9}\n" + two[1] + "\n");
        EvaluateCommandTest.Run withBadLine = eig("replay", "--lang", "en", mixed);
        assertThat(withBadLine.status()).isEqualTo(1);
        assertThat(withBadLine.out().strip().lines()).hasSize(2);
        assertThat(withBadLine.err()).contains(mixed + " line 2: invalid record, not replayed")
                .contains("recordFormat: expected 1, found 9");
        Path pretty = Files.writeString(dir.resolve("one.record.json"),
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(two[0]).toPrettyString());
        assertThat(eig("replay", "--lang", "en", pretty).out()).startsWith(pretty + ": same decision");
    }

    @Test
    void the_progress_of_a_json_lines_run_is_in_the_output_s_language() {
        java.io.StringWriter french = new java.io.StringWriter();
        new JsonLines.Progress(new java.io.PrintWriter(french), true, org.eigrules.decision.Language.FR).finish(3000);
        assertThat(french.toString()).containsPattern("^\\r3\\D000 demandes en \\d+,\\d s");
        java.io.StringWriter english = new java.io.StringWriter();
        new JsonLines.Progress(new java.io.PrintWriter(english), true, org.eigrules.decision.Language.EN).finish(3000);
        assertThat(english.toString()).containsPattern("^\\r3,000 applications in \\d+\\.\\d s");
        java.io.StringWriter hidden = new java.io.StringWriter();
        new JsonLines.Progress(new java.io.PrintWriter(hidden), false, org.eigrules.decision.Language.FR).finish(3000);
        assertThat(hidden.toString()).isEmpty();
    }

    @Test
    void the_progress_of_many_files_rewrites_one_line_and_is_cleared_before_a_message() {
        java.io.StringWriter err = new java.io.StringWriter();
        FileProgress progress = new FileProgress(new java.io.PrintWriter(err), true, org.eigrules.decision.Language.FR, 3);
        progress.advance(1);
        progress.clear();
        progress.advance(3);
        assertThat(err.toString()).isEqualTo("\r1/3 fichiers\r            \r\r3/3 fichiers");
        java.io.StringWriter english = new java.io.StringWriter();
        new FileProgress(new java.io.PrintWriter(english), true, org.eigrules.decision.Language.EN, 2).advance(2);
        assertThat(english.toString()).isEqualTo("\r2/2 files");
        java.io.StringWriter hidden = new java.io.StringWriter();
        new FileProgress(new java.io.PrintWriter(hidden), false, org.eigrules.decision.Language.FR, 2).advance(2);
        assertThat(hidden.toString()).isEmpty();
        // Not a terminal under the build: the progress is not shown in the tests' runs.
        assertThat(FileProgress.isTerminal(2)).isFalse();
    }

    @Test
    void help_is_in_french_by_default_and_in_english_with_lang_en() {
        EvaluateCommandTest.Run french = eig("evaluate", "--help");
        assertThat(french.status()).isZero();
        assertThat(french.out()).startsWith("Utilisation\u00a0: eig evaluate")
                .contains("Écrit chaque décision sur une ligne de JSON").contains("Affiche cette aide et s’arrête.")
                .doesNotContain("Print each decision");
        EvaluateCommandTest.Run english = eig("evaluate", "--help", "--lang", "en");
        assertThat(english.out()).startsWith("Usage: eig evaluate").contains("Print each decision as one line of JSON");
        assertThat(eig("--help").out()).contains("Commandes\u00a0:").contains("Écrit un script de complétion pour bash et zsh.");
    }

    /** Every text of the help has its French: a new option without one fails here, not in a user's terminal. */
    @Test
    void every_command_option_and_parameter_has_its_french_text() {
        picocli.CommandLine french = Eig.commands(org.eigrules.decision.Language.FR);
        picocli.CommandLine english = Eig.commands(org.eigrules.decision.Language.EN);
        java.util.List<String> untranslated = new java.util.ArrayList<>();
        compare(french, english, untranslated);
        assertThat(untranslated).isEmpty();
        assertThat(french.getSubcommands()).as("the check's own control: every command is compared").hasSize(16);
    }

    private static void compare(picocli.CommandLine french, picocli.CommandLine english, java.util.List<String> untranslated) {
        var fr = french.getCommandSpec();
        var en = english.getCommandSpec();
        String name = fr.qualifiedName();
        String frDescription = String.join(" ", fr.usageMessage().description()) + String.join(" ", fr.usageMessage().header());
        String enDescription = String.join(" ", en.usageMessage().description()) + String.join(" ", en.usageMessage().header());
        if (frDescription.isBlank() || frDescription.equals(enDescription)) {
            untranslated.add(name);
        }
        for (int i = 0; i < fr.options().size(); i++) {
            if (String.join(" ", fr.options().get(i).description()).equals(String.join(" ", en.options().get(i).description()))) {
                untranslated.add(name + " " + fr.options().get(i).longestName());
            }
        }
        for (int i = 0; i < fr.positionalParameters().size(); i++) {
            if (String.join(" ", fr.positionalParameters().get(i).description())
                    .equals(String.join(" ", en.positionalParameters().get(i).description()))) {
                untranslated.add(name + " " + fr.positionalParameters().get(i).paramLabel());
            }
        }
        french.getSubcommands().forEach((sub, command) -> compare(command, english.getSubcommands().get(sub), untranslated));
    }

    @Test
    void completion_prints_a_bash_script_that_knows_every_command() {
        EvaluateCommandTest.Run run = eig("completion");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F")
                .contains("evaluate").contains("replay").contains("--jsonl").contains("--rules");
    }

    private static String firstIn(Path folder) throws IOException {
        try (var listing = Files.list(folder)) {
            return listing.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void the_version_is_the_one_the_build_wrote_and_records_carry() {
        EvaluateCommandTest.Run run = eig("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).isEqualTo("eig " + org.eigrules.record.LibraryVersion.version())
                .matches("eig \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
