package org.eigrules.ruleset;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule's metadata, read off the compiled rule. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleMetadataTest {

    @Test
    void a_rule_base_whose_rule_lacks_metadata_is_refused_with_its_name() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/eigrules/rules/priorities.drl")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("@clause(\"PRI-1\")");
        }
        assertThatThrownBy(() -> RuleMetadata.of("Orphan rule", "test", java.util.Map.of(), null, List.of(), List.of()))
                .isInstanceOf(InvalidRuleSetException.class)
                .hasMessageContaining("Orphan rule").hasMessageContaining("missing @clause")
                .hasMessageContaining("missing @promotions").hasMessageContaining("missing @source");
    }

}
