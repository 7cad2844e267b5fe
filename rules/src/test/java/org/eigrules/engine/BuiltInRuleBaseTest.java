package org.eigrules.engine;

import org.eigrules.ruleset.CompiledRuleBase;

import org.eigrules.ruleset.Messages;
import org.eigrules.ruleset.RuleMetadata;
import org.eigrules.ruleset.RuleSet;
import org.drools.model.Model;
import org.eigrules.EigRules;
import org.eigrules.decision.Language;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in rules: compiled at build time, complete, and each rule carrying its metadata. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BuiltInRuleBaseTest {

    private static final Path RULE_FILES = Path.of(System.getProperty("basedir", "."))
            .resolve("../policy/src/main/resources/org/eigrules/rules").normalize();
    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern MESSAGE_KEY = Pattern.compile("findings\\.(?:fail|note)\\(\"([^\"]+)\"");

    private static String drl(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> files = Files.list(RULE_FILES)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
    }

    @Test
    void the_rule_base_comes_from_the_executable_model_compiled_at_build_time() {
        List<Model> models = CompiledRuleBase.models();
        assertThat(models).isNotEmpty();
        // The generated model classes live beside the rules and were produced by kie-maven-plugin.
        assertThat(models).allSatisfy(m -> assertThat(m.getClass().getPackageName()).isIn("org.eigrules.rules", "org.eigrules.candidates"));
        assertThat(models.stream().mapToInt(m -> m.getRules().size()).sum()).isPositive();
    }

    @Test
    void every_rule_of_the_engine_runs_compiled_lambdas_not_interpreted_drl() {
        // A rule compiled from DRL at start-up would carry an MVEL or Java-dialect consequence; the
        // executable model's consequences are the lambdas generated at build time.
        KieBase kieBase = CompiledRuleBase.load();
        List<org.kie.api.definition.rule.Rule> rules = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).toList();
        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(
                ((org.drools.base.definitions.rule.impl.RuleImpl) rule).getConsequence().getClass().getName())
                .as(rule.getName()).contains("Lambda"));
    }

    @Test
    void every_rule_written_in_a_rule_file_is_in_the_compiled_rule_base() throws IOException {
        Set<String> written = new TreeSet<>();
        for (Path file : drlFiles()) {
            Matcher m = RULE.matcher(drl(file));
            while (m.find()) {
                written.add(m.group(1));
            }
        }
        KieBase kieBase = CompiledRuleBase.load();
        Set<String> compiled = new TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            pkg.getRules().forEach(r -> compiled.add(r.getName()));
        }
        assertThat(compiled).isEqualTo(written);
    }

    @Test
    void every_rule_names_its_clause_its_promotions_and_its_source() {
        List<RuleMetadata> rules = EigRules.builtIn().rules();
        assertThat(rules).hasSizeGreaterThan(40).allSatisfy(rule -> {
            assertThat(rule.clause()).matches("(ADM|CHL|COM|CAL|DOC|FIN|PRI)-\\d+");
            assertThat(rule.rule()).startsWith(rule.clause() + " ");
            assertThat(rule.promotions()).isNotEmpty().isSubsetOf(3, 4, 5);
            assertThat(rule.source()).isNotBlank();
        });
        assertThat(rules).extracting(RuleMetadata::clause).containsAll(List.of("ADM-1", "CHL-1", "CHL-2", "CHL-3",
                "CHL-4", "CHL-5", "CHL-6", "COM-1", "COM-2", "COM-3", "COM-4", "COM-5", "COM-6", "CAL-1", "DOC-1",
                "FIN-1", "FIN-2", "FIN-3", "FIN-4", "FIN-5", "PRI-1", "PRI-2", "PRI-3", "PRI-4"));
    }

    @Test
    void no_built_in_rule_uses_eval() throws IOException {
        // eval hides its condition from the engine (Drools warns at start); a constraint says the same.
        for (Path file : drlFiles()) {
            assertThat(drl(file).lines().filter(l -> !l.strip().startsWith("//")))
                    .as(file.getFileName().toString()).noneMatch(line -> line.matches(".*\\beval\\s*\\(.*"));
        }
    }

    @Test
    void every_message_a_rule_names_exists_in_french_and_english() throws IOException {
        Messages messages = Messages.builtIn();
        Set<String> used = new TreeSet<>();
        for (Path file : drlFiles()) {
            Matcher m = MESSAGE_KEY.matcher(drl(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(messages.defines(key)).as(key).isTrue());
        // Rule titles (rule.*) are French only: in English a rule's title is its name.
        assertThat(new TreeSet<>(messages.keys(Language.FR).stream().filter(k -> !k.startsWith("rule.")).toList()))
                .isEqualTo(new TreeSet<>(messages.keys(Language.EN)));
    }

    @Test
    void no_rule_file_writes_a_policy_value_as_a_literal() {
        // Dates, rates, salaries, amounts and sizes belong in the parameter files: the same check
        // a rule folder gets when it loads (PolicyLiterals, in eig-authoring, whose BuiltInLiteralsTest
        // runs it on these files), held to no warning at all.
        RuleSet builtIn = RuleSet.builtIn();
        assertThat(builtIn.sources()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(builtIn.warnings()).isEmpty();
    }
}
