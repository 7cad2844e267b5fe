package org.eigrules.reading;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.reading.DocumentReader.Syntax.JSON;
import static org.eigrules.reading.DocumentReader.Syntax.YAML;

/** The reading layer on its own: YAML's core schema without its traps, lines, encodings, limits. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocumentReaderTest {

    private static JsonNode yaml(String text) {
        return DocumentReader.parse(text, YAML).root();
    }

    private static ReadingException refused(String text, DocumentReader.Syntax syntax) {
        ReadingException e = catchThrowableOfType(ReadingException.class, () -> DocumentReader.parse(text, syntax));
        assertThat(e).as(text).isNotNull();
        return e;
    }

    @Test
    void plain_yaml_scalars_follow_the_core_schema() {
        JsonNode n = yaml("a: true\nb: False\nc: ~\nd: yes\ne: 0.70\nf: -12\ng: 2018-05-04\nh: '15'\ni: 1e3\nj:\n");
        assertThat(n.get("a").booleanValue()).isTrue();
        assertThat(n.get("b").isBoolean()).isTrue();
        assertThat(n.get("c").isNull()).isTrue();
        assertThat(n.get("d").textValue()).isEqualTo("yes"); // YAML 1.1's boolean is text in 1.2
        assertThat(n.get("e").decimalValue().toString()).isEqualTo("0.70"); // decimals as written
        assertThat(n.get("f").intValue()).isEqualTo(-12);
        assertThat(n.get("g").textValue()).isEqualTo("2018-05-04"); // no timestamp type: text
        assertThat(n.get("h").textValue()).isEqualTo("15");
        assertThat(n.get("i").decimalValue()).isEqualByComparingTo("1000");
        assertThat(n.get("j").isNull()).isTrue();
    }

    @Test
    void numbers_that_readers_disagree_on_are_refused() {
        for (String value : new String[] {"015", "-007", "0x1F", "0o17", "0b101", ".inf", "-.Inf", ".nan"}) {
            ReadingException e = refused("n: " + value + "\n", YAML);
            assertThat(e.violation().path()).isEqualTo("n");
            assertThat(e.violation().message()).contains(value);
        }
    }

    @Test
    void every_path_knows_its_line() {
        DocumentReader.Document d = DocumentReader.parse("a:\n  b:\n    - x\n    - c: 1\n", YAML);
        assertThat(d.line("a")).isEqualTo(2);
        assertThat(d.line("a.b[1].c")).isEqualTo(4);
        assertThat(d.line("nowhere")).isZero();
    }

    @Test
    void a_recursive_alias_names_no_anchor() {
        assertThat(refused("a: &a [*a]\n", YAML).violation().message()).isEqualTo("the alias *a names no anchor given before it");
    }

    @Test
    void a_utf8_byte_order_mark_is_dropped_and_a_truncated_sequence_is_refused() {
        byte[] bom = "\uFEFF{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentReader.parse(bom, JSON).root().get("a").intValue()).isEqualTo(1);
        byte[] cut = "{\"a\": \"é\"}".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(cut, 8); // ends inside é
        ReadingException e = catchThrowableOfType(ReadingException.class, () -> DocumentReader.parse(truncated, JSON));
        assertThat(e.violation().message()).isEqualTo("not valid UTF-8 at byte 7 (line 1)");
    }

    @Test
    void text_and_bytes_over_the_limit_are_refused_before_parsing() {
        String big = " ".repeat(ReadingLimits.MAX_DOCUMENT_BYTES + 1);
        assertThat(refused(big, YAML).violation().message()).isEqualTo("larger than the limit of 1048576 bytes");
        assertThat(refused(big, JSON).violation().message()).isEqualTo("larger than the limit of 1048576 bytes");
    }

    @Test
    void keys_must_be_names_and_long_names_are_refused() {
        assertThat(refused("? [a, b]\n: 1\n", YAML).violation().message()).isEqualTo("a key must be a name, found a list");
        assertThat(refused("{\"" + "k".repeat(200) + "\": 1}", JSON).violation().message())
                .isEqualTo("a field name longer than 100 characters");
    }

    @Test
    void french_messages_say_the_same() {
        assertThat(refused("a: 1\na: 2\n", YAML).violation().messageFr()).isEqualTo("clé en double (déjà donnée ligne 1)");
        assertThat(refused("a: [1,\n", YAML).violation().messageFr()).startsWith("YAML invalide ligne");
    }
}
