package org.eigrules.engine;

import org.eigrules.ruleset.RuleSet;
import org.eigrules.EigRules;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled parameter files live under the library's own package path, where no other jar's
 * files can collide with them; a rule folder keeps its own layout, {@code promotions/pN.yaml}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BundledParameterFilesTest {

    private static final ClassLoader LOADER = RuleSet.class.getClassLoader();

    @Test
    void every_bundled_parameter_file_is_under_org_eigrules_promotions_and_none_at_the_root() {
        for (int promotion : new int[] {2, 3, 4, 5}) {
            assertThat(LOADER.getResource("org/eigrules/promotions/p" + promotion + ".yaml")).as("p%s.yaml", promotion)
                    .isNotNull();
        }
        assertThat(LOADER.getResource("promotions/")).as("a promotions/ folder at the class path root").isNull();
        assertThat(EigRules.builtIn().promotions()).contains(3);
    }

    @Test
    void a_copy_of_the_built_in_files_is_a_rule_folder_with_promotions_at_its_top(@TempDir Path dir) throws IOException {
        assertThat(RuleSet.copyBuiltInFiles(dir)).contains("promotions/p3.yaml", "rules/challenge.drl")
                .noneMatch(f -> f.startsWith("org/"));
        assertThat(Files.readString(dir.resolve("promotions/p3.yaml")))
                .isEqualTo(new String(LOADER.getResourceAsStream("org/eigrules/promotions/p3.yaml").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
    }
}
