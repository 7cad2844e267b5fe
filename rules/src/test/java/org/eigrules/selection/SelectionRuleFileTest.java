package org.eigrules.selection;

import org.eigrules.decision.Language;
import org.eigrules.engine.selection.SelectionMessages;
import org.eigrules.engine.selection.SelectionRules;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The selection rule file: metadata, messages, and no policy value written in it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SelectionRuleFileTest {

    private static final Path FILE = Path.of(System.getProperty("basedir", "."))
            .resolve("../policy/src/main/resources/org/eigrules/rules/selection/selection.drl").normalize();

    @Test
    void no_number_is_written_in_a_condition_or_consequence() throws IOException {
        // Envelope amounts, scores and ranks come from the facts and the parameter file; only the
        // phase ordering (salience) is a number.
        Pattern number = Pattern.compile("(?<![\\w.\"-])\\d+(\\.\\d+)?(?![\\w])");
        List<String> code = Files.readString(FILE).lines()
                .filter(l -> !l.strip().startsWith("//") && !l.strip().startsWith("@") && !l.strip().startsWith("rule ")
                        && !l.strip().startsWith("salience "))
                .map(l -> l.replaceAll("\"[^\"]*\"", "\"\""))
                .toList();
        assertThat(code).isNotEmpty().noneMatch(line -> number.matcher(line).find());
    }

    @Test
    void every_rule_cites_a_selection_clause_and_applies_to_the_promotions_with_parameter_files() {
        assertThat(SelectionRules.builtIn().rules()).hasSizeGreaterThanOrEqualTo(16).allSatisfy(rule -> {
            assertThat(rule.clause()).matches("SEL-[1-6]");
            assertThat(rule.rule()).startsWith(rule.clause() + " ");
            assertThat(rule.promotions()).containsExactly(3, 4, 5);
            assertThat(rule.source()).isNotBlank();
        });
        assertThat(SelectionRules.builtIn().rules()).extracting(SelectionRules.Metadata::clause)
                .contains("SEL-1", "SEL-2", "SEL-3", "SEL-4", "SEL-5", "SEL-6");
    }

    @Test
    void every_message_the_placement_names_exists_in_french_and_english() throws IOException {
        String placement = Files.readString(Path.of(System.getProperty("basedir", "."))
                .resolve("../engine/src/main/java/org/eigrules/engine/selection/Placement.java").normalize());
        String rules = Files.readString(FILE);
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\"(SEL-\\d\\.[a-z-]+)\"").matcher(placement + rules);
        while (m.find()) {
            used.add(m.group(1));
        }
        SelectionMessages messages = SelectionMessages.builtIn();
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(messages.keys(Language.FR)).containsAll(used).isEqualTo(messages.keys(Language.EN));
    }
}
