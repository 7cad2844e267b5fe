package org.eigrules.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.eigrules.EigRules;
import org.eigrules.decision.Decision;
import org.eigrules.decision.LocalizedText;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An application that serialises our values with its own Jackson mapper gets both languages of every text. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecisionSerialisationTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void a_text_written_when_read_serialises_as_both_languages() throws Exception {
        JsonNode given = PLAIN.valueToTree(new LocalizedText("bonjour", "hello"));
        JsonNode lazy = PLAIN.valueToTree(LocalizedText.lazily(language -> language.name().toLowerCase()));
        assertThat(given.get("fr").asText()).isEqualTo("bonjour");
        assertThat(given.get("en").asText()).isEqualTo("hello");
        assertThat(given.size()).isEqualTo(2);
        assertThat(lazy.get("fr").asText()).isEqualTo("fr");
        assertThat(lazy.get("en").asText()).isEqualTo("en");
    }

    @Test
    void a_decision_serialises_with_each_reason_in_both_languages() throws Exception {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("../examples/ineligible/a-company-may-not-host-a-defi.yaml");
        Decision decision = EigRules.builtIn().evaluate(ApplicationFiles.read(file));
        JsonNode tree = PLAIN.valueToTree(decision);
        JsonNode message = tree.get("reasons").get(0).get("message");
        assertThat(message.get("fr").asText()).isEqualTo(decision.reasons().get(0).message().fr());
        assertThat(message.get("en").asText()).isEqualTo(decision.reasons().get(0).message().en()).isNotBlank();
    }
}
