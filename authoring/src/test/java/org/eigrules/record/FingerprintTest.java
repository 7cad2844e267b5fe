package org.eigrules.record;

import org.eigrules.EigRules;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.promotion.PromotionParameters;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FingerprintTest {

    private final EigRules rules = EigRules.builtIn();

    @Test
    void the_built_in_fingerprint_covers_every_rule_parameter_and_message_file() {
        Fingerprint print = Fingerprints.of(rules);
        assertThat(print.value()).matches("[0-9a-f]{64}");
        assertThat(print.files()).containsKeys("rules/challenge.drl", "rules/cofinancing.drl",
                "rules/selection/selection.drl", "rules/messages_fr.properties", "rules/messages_en.properties",
                "rules/selection/selection_fr.properties", "rules/candidates/candidates.drl",
                "rules/candidates/candidates_fr.properties", "promotions/p2.yaml", "promotions/p3.yaml", "promotions/p5.yaml");
        assertThat(print.files().keySet()).allMatch(p -> p.endsWith(".drl") || p.endsWith(".properties") || p.endsWith(".yaml"))
                .noneMatch(p -> p.contains("input_")); // the readers' error messages decide nothing
        assertThat(print).isEqualTo(Fingerprints.builtIn());
    }

    @Test
    void line_endings_and_the_order_files_are_given_in_change_nothing() {
        Fingerprint unix = Fingerprints.of(Map.of("rules/a.drl", "rule \"a\"\nend\n", "promotions/p3.yaml", "x: 1\n"));
        Fingerprint windows = Fingerprints.of(new java.util.LinkedHashMap<>(Map.of(
                "promotions/p3.yaml", "x: 1\r\n", "rules/a.drl", "rule \"a\"\r\nend\r\n")));
        assertThat(windows).isEqualTo(unix);
        // Each file's own digest is that of its text (the whole digest's definition: FingerprintSchemeTest).
        assertThat(unix.files().get("promotions/p3.yaml")).isEqualTo(sha256("x: 1\n"));
    }

    @Test
    void a_file_moved_or_changed_changes_the_fingerprint_and_is_named() {
        Fingerprint before = Fingerprints.of(Map.of("rules/a.drl", "A", "promotions/p3.yaml", "B"));
        Fingerprint renamed = Fingerprints.of(Map.of("rules/b.drl", "A", "promotions/p3.yaml", "B"));
        Fingerprint changed = Fingerprints.of(Map.of("rules/a.drl", "A", "promotions/p3.yaml", "C"));
        assertThat(renamed.value()).isNotEqualTo(before.value());
        assertThat(changed.value()).isNotEqualTo(before.value());
        assertThat(before.filesDifferingFrom(changed)).containsExactly("promotions/p3.yaml");
        assertThat(before.filesDifferingFrom(renamed)).containsExactly("rules/a.drl", "rules/b.drl");
        assertThatThrownBy(() -> new Fingerprint("ABC", Map.of())).hasMessageContaining("expected 64 lower-case");
    }

    @Test
    void a_copy_of_the_built_in_files_has_the_built_in_fingerprint(@TempDir Path folder) throws IOException {
        RuleSet.copyBuiltInFiles(folder);
        assertThat(Fingerprints.ofFolder(folder)).isEqualTo(Fingerprints.of(rules));
        Files.writeString(folder.resolve("rules/messages_en.properties"),
                Files.readString(folder.resolve("rules/messages_en.properties")).replace("\n", "\r\n"));
        assertThat(Fingerprints.ofFolder(folder)).as("a Windows checkout").isEqualTo(Fingerprints.of(rules));
    }

    @Test
    void a_folder_with_one_parameter_changed_differs_in_that_file_only(@TempDir Path folder) throws IOException {
        Path p3 = folder.resolve("promotions/p3.yaml");
        Files.createDirectories(p3.getParent());
        String text = resource("org/eigrules/promotions/p3.yaml");
        assertThat(text).contains("    value: 0.70\n");
        Files.writeString(p3, text.replace("    value: 0.70\n", "    value: 0.60\n"));
        EigRules changed = org.eigrules.authoring.RuleFolders.load(folder);
        assertThat(Fingerprints.of(changed).value()).isNotEqualTo(Fingerprints.of(rules).value());
        assertThat(Fingerprints.of(changed).filesDifferingFrom(Fingerprints.of(rules))).containsExactly("promotions/p3.yaml");
        // The same change in code, without a file, is fingerprinted from the values.
        PromotionParameters inCode;
        try (InputStream in = Files.newInputStream(p3)) {
            inCode = ParameterFiles.read("p3.yaml", in);
        }
        EigRules viaCode = EigRules.of(rules.ruleSet().withParameters(inCode));
        assertThat(Fingerprints.of(viaCode).filesDifferingFrom(Fingerprints.of(rules))).containsExactly("promotions/p3.yaml");
    }

    @Test
    void a_messages_file_that_adds_a_message_changes_the_messages_entry(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("messages_en.properties"), "field.challenge.name=the défi's title\n");
        Fingerprint print = Fingerprints.ofFolder(folder);
        assertThat(print.filesDifferingFrom(Fingerprints.of(rules))).containsExactly("rules/messages_en.properties");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = FingerprintTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
