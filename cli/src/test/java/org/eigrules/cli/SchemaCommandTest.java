package org.eigrules.cli;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.eig;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchemaCommandTest {

    @Test
    void prints_each_schema_as_the_repository_keeps_it() throws IOException {
        for (String kind : new String[]{"application", "candidacy", "selection"}) {
            EvaluateCommandTest.Run run = eig("schema", kind);
            assertThat(run.status()).as(kind).isZero();
            assertThat(run.out()).as(kind).isEqualTo(Files.readString(Path.of("..", "schema", kind + ".schema.json")));
        }
        assertThat(eig("schema", "SELECTION").status()).isZero();
    }

    @Test
    void an_unknown_kind_is_a_usage_error_naming_the_kinds() {
        EvaluateCommandTest.Run run = eig("schema", "decision");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("application, candidacy ou selection").contains("« decision »")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void its_help_answers_and_its_errors_speak_english_when_asked() {
        assertThat(eig("schema", "--help", "--lang", "en").out()).startsWith("Usage: eig schema");
        EvaluateCommandTest.Run run = eig("schema", "--lang", "en", "decision");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("expected application, candidacy or selection, found \"decision\"");
    }
}
