package org.eigrules.spring;

import org.eigrules.EigRules;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.record.Fingerprints;
import org.eigrules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code eig.rules.folder}: the rules a team edits, loaded and checked when the application starts. */
class RuleFolderPropertyTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EigRulesAutoConfiguration.class));

    @Test
    void without_the_property_the_bean_is_the_built_in_rules() {
        context.run(started -> assertThat(Fingerprints.of(started.getBean(EigRules.class)))
                .isEqualTo(Fingerprints.builtIn()));
    }

    @Test
    void with_it_the_bean_decides_with_the_folders_parameters(@TempDir Path folder) throws Exception {
        RuleSet.copyBuiltInFiles(folder);
        Path p3 = folder.resolve("promotions/p3.yaml");
        Files.writeString(p3, Files.readString(p3).replace("    value: 0.70\n", "    value: 0.60\n"));
        var application = ApplicationFiles.read(StarterOverHttpTest.ELIGIBLE);

        context.withPropertyValues("eig.rules.folder=" + folder).run(started -> {
            EigRules rules = started.getBean(EigRules.class);
            assertThat(Fingerprints.of(rules)).isNotEqualTo(Fingerprints.builtIn());
            assertThat(rules.evaluate(application).coFinancing().grantAmount())
                    .isNotEqualTo(EigRules.builtIn().evaluate(application).coFinancing().grantAmount());
        });
    }

    @Test
    void a_folder_with_a_broken_rule_stops_the_start_naming_its_file_and_line(@TempDir Path folder) throws Exception {
        RuleSet.copyBuiltInFiles(folder);
        Path rules = Files.list(folder.resolve("rules")).filter(f -> f.toString().endsWith(".drl")).sorted().findFirst()
                .orElseThrow();
        Files.writeString(rules, Files.readString(rules) + "\nrule \"broken\" when then oops( end\n");

        context.withPropertyValues("eig.rules.folder=" + folder).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining(rules.getFileName().toString());
        });
    }

    @Test
    void a_folder_that_does_not_exist_stops_the_start_naming_it(@TempDir Path parent) {
        Path missing = parent.resolve("no-such-rules");
        context.withPropertyValues("eig.rules.folder=" + missing).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("no-such-rules");
        });
    }
}
