package org.eigrules.record;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.maps;

/**
 * The fingerprint's encoding is unambiguous: two different sets of files never read as the same
 * bytes, whatever separators or concatenations their paths and texts hold. Paths and texts are
 * drawn from a five-character alphabet holding NUL, the path separator and a line break, so that
 * the crafted collisions of the first scheme (path NUL text NUL) come up often.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FingerprintSchemeTest {

    private static final String ALPHABET = "\0/ab\n";

    /** Short strings over the alphabet, the empty one included. */
    private static Gen<String> tricky() {
        return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 6)
                .map(indexes -> indexes.stream().map(i -> String.valueOf(ALPHABET.charAt(i)))
                        .reduce("", String::concat));
    }

    @Test
    void different_sets_of_files_never_share_a_fingerprint() {
        qt().withExamples(3000).forAll(maps().of(tricky(), tricky()).ofSizeBetween(0, 3),
                maps().of(tricky(), tricky()).ofSizeBetween(0, 3)).check((a, b) ->
                a.equals(b) == Fingerprints.of(a).value().equals(Fingerprints.of(b).value()));
    }

    @Test
    void a_text_holding_separators_and_a_path_never_passes_for_two_files() {
        // The second path follows the first (it extends it), as the crafted file needs.
        qt().withExamples(2000).forAll(tricky(), tricky(), tricky(), tricky())
                .check((p1, rest, x, y) -> {
                    String p2 = p1 + "a" + rest;
                    Map<String, String> one = Map.of(p1, x + "\0" + p2 + "\0" + y);
                    Map<String, String> two = new TreeMap<>(Map.of(p1, x, p2, y));
                    return !Fingerprints.of(one).value().equals(Fingerprints.of(two).value());
                });
    }

    @Test
    void moving_characters_between_a_path_and_its_text_changes_the_fingerprint() {
        qt().withExamples(2000).forAll(tricky(), tricky(), tricky())
                .check((p, moved, t) -> {
                    String a = "/" + moved; // never empty: something moves
                    return !Fingerprints.of(Map.of(p, a + t)).value().equals(Fingerprints.of(Map.of(p + a, t)).value());
                });
    }

    @Test
    void the_crafted_collision_of_the_first_scheme_is_gone() {
        // Under the first scheme these two folders shared one fingerprint.
        Map<String, String> one = Map.of("rules/a.drl", "x\0zzz/b.drl\0y");
        Map<String, String> two = Map.of("rules/a.drl", "x", "zzz/b.drl", "y");
        assertThat(firstScheme(one)).isEqualTo(firstScheme(two));
        assertThat(Fingerprints.of(one).value()).isNotEqualTo(Fingerprints.of(two).value());
    }

    @Test
    void the_digest_is_fixed_by_its_definition() throws Exception {
        Map<String, String> files = Map.of("rules/a.drl", "rule \"a\"\nend\n", "promotions/p3.yaml", "x: 1\n");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("eig-rules fingerprint 2\n".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(new byte[]{0, 0, 0, 2});
        for (String path : List.of("promotions/p3.yaml", "rules/a.drl")) {
            byte[] name = path.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(new byte[]{0, 0, 0, (byte) name.length});
            bytes.writeBytes(name);
            bytes.writeBytes(MessageDigest.getInstance("SHA-256").digest(files.get(path).getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(Fingerprints.of(files).value())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray())));
        assertThat(Fingerprint.SCHEME).isEqualTo(2);
    }

    /** The first scheme: each path and text, in path order, each followed by a NUL byte. */
    static String firstScheme(Map<String, String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(texts).forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
