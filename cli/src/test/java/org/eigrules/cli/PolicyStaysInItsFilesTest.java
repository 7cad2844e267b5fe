package org.eigrules.cli;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy lives in the rule, parameter and message files of eig-policy: no other Java of the library, the authoring
 * tools, the command line or the bench writes a clause id or tells promotions apart by number (the
 * test kit may name clauses in its invariants). A build check, reading the modules' sources.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PolicyStaysInItsFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();
    private static final List<String> MODULES = List.of("core", "engine", "rules", "io", "authoring", "cli", "bench");

    /** A clause id in a string: "FIN-3", "SEL-5.covered". */
    static final Pattern CLAUSE_ID = Pattern.compile("\"(ADM|CHL|COM|CAL|DOC|FIN|PRI|CND|SEL|JRY|ALG)-\\d+");
    /** A promotion compared with a number other than the "is it a promotion at all" bounds. */
    static final Pattern PROMOTION_NUMBER = Pattern.compile(
            "promotion(\\(\\))?\\s*(==|!=|<=|>=|<|>)\\s*(?!0\\b)(?!1\\b)\\d+|\\b\\d+\\s*(==|!=)\\s*[\\w.()]*promotion\\b"
                    + "|@PromotionField|promotions\\s*=\\s*\\{?\\s*\\d");

    private static List<String> findings(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = lines.get(i).strip();
                        if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) {
                            continue; // comments may cite the clause they explain
                        }
                        if (pattern.matcher(code).find()) {
                            found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + code);
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void no_java_outside_the_policy_files_writes_a_clause_id() throws IOException {
        assertThat(findings(CLAUSE_ID)).as("clause ids written in Java: each belongs in a rule or policy file").isEmpty();
    }

    @Test
    void no_java_outside_the_policy_files_tells_promotions_apart_by_number() throws IOException {
        assertThat(findings(PROMOTION_NUMBER)).as("promotion numbers tested in Java: a parameter or a rule's range "
                + "should say it").isEmpty();
    }

    @Test
    void the_check_finds_what_it_looks_for() {
        assertThat(CLAUSE_ID.matcher("finding(\"SEL-5.covered\")").find()).isTrue();
        assertThat(CLAUSE_ID.matcher("\"SHA-256\"").find()).isFalse();
        assertThat(PROMOTION_NUMBER.matcher("if (promotion != 3) {").find()).isTrue();
        assertThat(PROMOTION_NUMBER.matcher("p.promotion() == 5").find()).isTrue();
        assertThat(PROMOTION_NUMBER.matcher("promotion > 0 && promotion < 1").find()).isFalse();
        assertThat(PROMOTION_NUMBER.matcher("result.promotion() != promotion").find()).isFalse();
    }
}
