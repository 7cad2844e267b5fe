package org.eigrules.authoring;

import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.RuleSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in policy says nothing the allow-list refuses a rule folder. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleAllowListTest {

    /** Every built-in rule file: the défi rules, the selection's and the candidates'. */
    static List<RuleSource> builtInRuleFiles() throws IOException {
        List<RuleSource> files = new ArrayList<>(RuleSet.builtIn().sources());
        for (String resource : List.of("org/eigrules/rules/selection/selection.drl",
                "org/eigrules/candidates/candidates.drl")) {
            try (InputStream in = RuleAllowListTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                files.add(new RuleSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    @Test
    void every_built_in_rule_file_passes_the_check() throws IOException {
        List<RuleSource> files = builtInRuleFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (RuleSource source : files) {
            RuleFileCheck.Result result = RuleFileCheck.check(source);
            assertThat(result.problems()).as(source.file()).isEmpty();
            assertThat(result.rules()).as(source.file()).hasSize(source.rules().size()).isNotEmpty();
        }
    }
}
