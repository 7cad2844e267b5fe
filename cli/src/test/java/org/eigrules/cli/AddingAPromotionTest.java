package org.eigrules.cli;

import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.authoring.RuleFolders;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Reason;
import org.eigrules.decision.Verdict;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.SelectionFiles;
import org.eigrules.selection.RankedDefi;
import org.eigrules.selection.SelectionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eigrules.cli.EvaluateCommandTest.EXAMPLES;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/**
 * docs/rule-authoring.md's "Adding a promotion", run as written: its commands, then its edits of
 * {@code p6.yaml} (the {@code diff} block), and what it says promotion 6 then gets.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AddingAPromotionTest {

    static final Path ROOT = EXAMPLES.getParent();

    @TempDir
    static Path work;
    static Path folder;
    static EigRules rules;
    static EigRules withoutP6;

    @BeforeAll
    static void a_rule_author_follows_the_docs() throws IOException {
        String section = section(Files.readString(ROOT.resolve("docs/rule-authoring.md"), StandardCharsets.UTF_8));
        List<String> commands = block(section, "sh", 0).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(commands).containsExactly("./eig init my-rules",
                "cp my-rules/promotions/p5.yaml my-rules/promotions/p6.yaml");
        folder = work.resolve("my-rules");
        EvaluateCommandTest.Run init = eig("init", folder);
        assertThat(init.status()).as(init.err()).isZero();
        Files.copy(folder.resolve("promotions/p5.yaml"), folder.resolve("promotions/p6.yaml"));
        Path p6 = folder.resolve("promotions/p6.yaml");
        Files.writeString(p6, applied(Files.readString(p6, StandardCharsets.UTF_8), block(section, "diff", 0)),
                StandardCharsets.UTF_8);
        rules = RuleFolders.load(folder);
        // The same rules without p6.yaml: the built-in ones, which a folder made by eig init copies.
        withoutP6 = EigRules.builtIn();
    }

    @Test
    void the_walk_through_touches_one_file_and_changes_no_rule() throws IOException {
        Path fresh = work.resolve("fresh");
        assertThat(eig("init", fresh).status()).isZero();
        Map<String, String> before = files(fresh);
        Map<String, String> after = files(folder);
        List<String> touched = new ArrayList<>();
        after.forEach((file, text) -> {
            if (!text.equals(before.get(file))) {
                touched.add(file);
            }
        });
        assertThat(touched).containsExactly("promotions/p6.yaml");
        assertThat(before.keySet()).allMatch(after::containsKey);
        assertThat(after.keySet()).contains("rules/candidates/candidates.drl", "rules/selection/selection.drl");
    }

    @Test
    void promotion_6_applications_are_decided_by_the_rules_in_force_with_p6_values() throws IOException {
        assertThat(rules.promotions()).contains(6);
        Decision p5 = rules.evaluate(ApplicationFiles.read(EXAMPLES.resolve("selected-p5/tristan.yaml")));
        Decision p6 = rules.evaluate(ApplicationFiles.read(asPromotion6(EXAMPLES.resolve("selected-p5/tristan.yaml"),
                "2022-04-05T18:30:00+02:00")));
        assertThat(p6.promotion()).isEqualTo(6);
        assertThat(p6.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(p6.rulesFired()).isEqualTo(p5.rulesFired());
        // Four months of ten instead of three: the grant is a third larger, to the cent.
        assertThat(p5.coFinancing().rate()).isEqualByComparingTo("0.30");
        assertThat(p6.coFinancing().rate()).isEqualByComparingTo("0.40");
        assertThat(p6.coFinancing().grantRange().min()).isEqualByComparingTo(
                p5.coFinancing().grantRange().min().multiply(BigDecimal.valueOf(4)).divide(BigDecimal.valueOf(3)));
        assertThat(p6.coFinancing().grantRange().max()).isEqualByComparingTo(
                p5.coFinancing().grantRange().max().multiply(BigDecimal.valueOf(4)).divide(BigDecimal.valueOf(3)));
    }

    @Test
    void a_promotion_6_file_received_after_p6_closes_is_late_and_cites_promotion_6_documents() throws IOException {
        Path tristan = EXAMPLES.resolve("selected-p5/tristan.yaml");
        Decision onTime = rules.evaluate(ApplicationFiles.read(asPromotion6(tristan, "2022-04-07T23:59:00+02:00")));
        Decision late = rules.evaluate(ApplicationFiles.read(asPromotion6(tristan, "2022-04-07T23:59:30+02:00")));
        assertThat(onTime.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(late.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(late.reasons()).extracting(Reason::clause).containsExactly("CAL-1");
        assertThat(late.reasons().get(0).reference()).contains("Cahier des charges EIG 6 (1er février 2022)")
                .doesNotContain("EIG 5").doesNotContain("EIG 4");
        // The same rule cites promotion 5's own document in a promotion 5 decision.
        Decision lateP5 = rules.evaluate(ApplicationFiles.read(EXAMPLES.resolve(
                "ineligible/a-promotion-5-file-received-at-23-59-30-is-late.yaml")));
        assertThat(lateP5.reasons().get(0).reference()).contains("Cahier des charges EIG 5 (1er février 2021)")
                .doesNotContain("EIG 6");
    }

    @Test
    void promotion_6_candidacies_are_decided_within_p6_call() throws IOException {
        Path eligible = ROOT.resolve("candidacies/eligible/p5-a-candidacy-meeting-every-clause-is-eligible.yaml");
        CandidacyDecision inWindow = rules.evaluate(CandidacyFiles.read(asPromotion6(eligible, "2022-04-10T12:00:00+02:00")));
        CandidacyDecision late = rules.evaluate(CandidacyFiles.read(asPromotion6(eligible, "2022-05-03T00:00:00+02:00")));
        CandidacyDecision p5Window = rules.evaluate(CandidacyFiles.read(asPromotion6(eligible, "2021-04-10T12:00:00+02:00")));
        assertThat(rules.candidacyPromotions()).contains(6);
        assertThat(inWindow.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(late.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(p5Window.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(late.reasons()).extracting(Reason::clause).containsExactly("CND-6");
        assertThat(late.reasons().get(0).reference()).contains("AAC6").doesNotContain("AAC5");
    }

    @Test
    void promotion_6_selections_rank_with_the_selection_rules_in_force() throws IOException {
        Path selections = work.resolve("selection-p6");
        Files.createDirectories(selections.resolve("applications"));
        try (Stream<Path> files = Files.list(ROOT.resolve("selections/p5/applications"))) {
            for (Path file : files.toList()) {
                Files.copy(asPromotion6(file, null), selections.resolve("applications").resolve(file.getFileName()));
            }
        }
        Path p5File = ROOT.resolve("selections/p5/the-sixteen-projects-with-no-envelope.yaml");
        Path p6File = selections.resolve(p5File.getFileName());
        Files.writeString(p6File, Files.readString(p5File).replaceFirst("(?m)^promotion: 5$", "promotion: 6"));
        SelectionResult p5 = rules.select(SelectionFiles.read(p5File).selection());
        SelectionResult p6 = rules.select(SelectionFiles.read(p6File).selection());
        assertThat(p6.promotion()).isEqualTo(6);
        assertThat(p6.ranking()).extracting(RankedDefi::application).isEqualTo(p5.ranking().stream().map(RankedDefi::application).toList());
        assertThat(p6.ranking()).isNotEmpty();
        assertThat(p6.totals().grantAmount()).isGreaterThan(p5.totals().grantAmount());
    }

    @Test
    void without_p6_yaml_promotion_6_files_are_refused_not_decided() throws IOException {
        Path tristan = asPromotion6(EXAMPLES.resolve("selected-p5/tristan.yaml"), "2022-04-05T18:30:00+02:00");
        assertThat(withoutP6.promotions()).doesNotContain(6);
        assertThatThrownBy(() -> withoutP6.evaluate(ApplicationFiles.read(tristan)))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("promotion");
        Path candidacy = asPromotion6(ROOT.resolve("candidacies/eligible/p5-a-candidacy-meeting-every-clause-is-eligible.yaml"),
                "2022-04-10T12:00:00+02:00");
        assertThatThrownBy(() -> withoutP6.evaluate(CandidacyFiles.read(candidacy)))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("promotion");
        EvaluateCommandTest.Run run = eig("evaluate", tristan);
        assertThat(run.status()).isNotZero();
    }

    @Test
    void the_command_line_decides_promotion_6_with_the_folder() throws IOException {
        Path tristan = asPromotion6(EXAMPLES.resolve("selected-p5/tristan.yaml"), "2022-04-05T18:30:00+02:00");
        EvaluateCommandTest.Run run = eig("evaluate", "--lang", "en", "--rules", folder, tristan);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("TRISTAN — promotion 6 — ELIGIBLE", "(rate 40%)");
    }

    /** A copy of a promotion 5 file as promotion 6's, received when given (null: its date moved a year on). */
    private static Path asPromotion6(Path file, String receivedAt) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("(?m)^promotion: 5$", "promotion: 6");
        Matcher received = Pattern.compile("(?m)^receivedAt: ['\"]?(\\d{4})(-[^'\"\\n]*)['\"]?$").matcher(text);
        assertThat(received.find()).as(file + " has a receivedAt").isTrue();
        String at = receivedAt != null ? receivedAt : (Integer.parseInt(received.group(1)) + 1) + received.group(2);
        text = text.substring(0, received.start()) + "receivedAt: '" + at + "'" + text.substring(received.end());
        Path copy = Files.createTempFile(work, "p6-", "-" + file.getFileName());
        Files.writeString(copy, text, StandardCharsets.UTF_8);
        return copy;
    }

    private static String section(String readme) {
        int start = readme.indexOf("\n## Adding a promotion\n");
        assertThat(start).as("docs/rule-authoring.md has an \"Adding a promotion\" section").isNotNegative();
        int end = readme.indexOf("\n#", start + 10);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static String block(String text, String language, int index) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        for (int i = 0; i <= index; i++) {
            assertThat(m.find()).as("a ```" + language + " block").isTrue();
        }
        return m.group(1);
    }

    /** The diff's hunks (removed lines, then added lines) applied to the text, each exactly once. */
    static String applied(String text, String diff) {
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        String result = text;
        for (String line : (diff + "-\n").lines().toList()) {
            if (line.startsWith("-") && !added.isEmpty() || line.equals("-")) {
                String from = String.join("\n", removed) + "\n";
                assertThat(result).as("p5.yaml holds the lines the docs remove").contains(from);
                assertThat(result.indexOf(from)).as("the docs' lines occur once in p5.yaml").isEqualTo(result.lastIndexOf(from));
                result = result.replace(from, String.join("\n", added) + "\n");
                removed.clear();
                added.clear();
            }
            if (line.startsWith("-") && !line.equals("-")) {
                removed.add(line.substring(1));
            } else if (line.startsWith("+")) {
                added.add(line.substring(1));
            }
        }
        return result;
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
