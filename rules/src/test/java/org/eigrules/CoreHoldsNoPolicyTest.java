package org.eigrules;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model in {@code core} holds no policy: which clause needs a field and which promotions use
 * it are the field table's ({@code fields.yaml}), so that a promotion added by a parameter file
 * gets its fields without a Java change. A clause id in a string, or a promotion number compared
 * or given to an annotation, in core's sources fails the build, naming the file and the line.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoreHoldsNoPolicyTest {

    private static final Path CORE = Path.of(System.getProperty("basedir", ".")).resolve("../core/src/main/java").normalize();

    private static final List<Pattern> POLICY = List.of(
            // A clause id opening a string literal: "CHL-2", "FIN-4 …".
            Pattern.compile("\"[A-Z]{2,3}-\\d+"),
            // A promotion compared with a number, either way round: promotion != 3, 5 <= promotion().
            // Whether it is a promotion at all (promotion < 1) is not policy.
            Pattern.compile("(?i)promotion\\w*(\\(\\))?\\s*(==|!=|<=|>=|<|>)\\s*(?!(?<=<\\s?)1\\b|(?<=<=\\s?)0\\b)\\d"),
            Pattern.compile("(?i)\\d\\s*(==|!=|<=|>=|<|>)\\s*\\w*promotion"),
            // Promotion numbers given to an annotation: @PromotionField({4, 5}), promotions = 3.
            Pattern.compile("@\\w*Promotion\\w*\\(\\s*\\{?\\s*\\d"),
            Pattern.compile("(?i)promotions\\s*=\\s*\\{?\\s*\\d"));

    /** Each line of {@code text} that states policy, as "file:line: text". */
    static List<String> policyLines(String file, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (POLICY.stream().anyMatch(p -> p.matcher(line).find())) {
                found.add(file + ":" + (i + 1) + ": " + line.strip());
            }
        }
        return found;
    }

    @Test
    void cores_java_sources_name_no_clause_and_compare_no_promotion() throws IOException {
        assertThat(CORE.resolve("org/eigrules/model/Application.java")).exists();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(policyLines(CORE.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).as("policy belongs in the field table (policy/src/main/resources/org/eigrules/fields.yaml)")
                .isEmpty();
    }

    @Test
    void the_check_finds_what_the_model_used_to_say() {
        assertThat(policyLines("Funding.java", """
                public record Funding(
                        @NeededBy(value = "FIN-3", promotions = 3) FundingMode mode,
                        @PromotionField({3, 4}) BigDecimal requestedAmount) {
                    boolean pia() { return promotion != 3; }
                    boolean later() { return 4 <= promotion(); }
                    @Min(0) @Max(100) Integer involvementPercent;
                    boolean known() { return promotion == null || promotion < 1 || promotion <= 0; }
                    boolean first() { return promotion == 1; }
                }
                """)).containsExactly(
                "Funding.java:2: @NeededBy(value = \"FIN-3\", promotions = 3) FundingMode mode,",
                "Funding.java:3: @PromotionField({3, 4}) BigDecimal requestedAmount) {",
                "Funding.java:4: boolean pia() { return promotion != 3; }",
                "Funding.java:5: boolean later() { return 4 <= promotion(); }",
                "Funding.java:8: boolean first() { return promotion == 1; }");
    }
}
