package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.drools.model.codegen.ExecutableModelProject;
import org.eigrules.EigRules;
import org.eigrules.evaluation.EvaluationException;
import org.eigrules.decision.Language;
import org.eigrules.ruleset.CompiledRules;
import org.eigrules.ruleset.RuleSetAccess;
import org.eigrules.model.Application;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.RuleSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Any Error a rule throws — an assertion, out of memory, a missing class, a stopped thread, too deep
 * a recursion — fails that application's evaluation only: the API throws its EvaluationException,
 * and {@code evaluate --jsonl} answers that line with an error and every other line with its
 * decision. The rules are compiled here without the folder check (which would refuse a rule that
 * throws), as the only way to make a rule throw an Error.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(120)
class RuleErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ERRORS = List.of("assert", "oom", "noclass", "death", "deep");
    private static EigRules throwing;

    private static String rule(String name, String thrown) {
        return "rule \"CHL-1 throws " + name + "\"\n    @clause(\"CHL-1\")\n    @promotions(\"3, 4, 5\")\n"
                + "    @source(\"a test\")\nwhen\n    Challenge( name == \"" + name + "\" )\nthen\n    throw " + thrown
                + ";\nend\n\n";
    }

    @BeforeAll
    static void rulesThatThrowErrors() {
        String drl = "package org.eigrules.rules\n\nimport org.eigrules.model.Challenge\n\n"
                + "global org.eigrules.engine.Findings findings\n\n"
                + rule("assert", "new AssertionError(\"an assertion of the rule\")")
                + rule("oom", "new OutOfMemoryError(\"Java heap space\")")
                + rule("noclass", "new NoClassDefFoundError(\"org/example/Missing\")")
                + rule("death", "new ThreadDeath()")
                + rule("deep", "new StackOverflowError()");
        KieServices services = KieServices.get();
        ReleaseId id = services.newReleaseId("org.eigrules.test", "throwing-rules", "1.0.0");
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(id);
        files.write("src/main/resources/org/eigrules/rules/throwing.drl", drl);
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        KieContainer container = services.newKieContainer(id);
        CompiledRules compiled = CompiledRules.of(container.getKieBase(), () -> container.newKieBase(null));
        RuleSet builtIn = RuleSet.builtIn();
        throwing = EigRules.of(RuleSetAccess.get().compiled("throwing rules", compiled,
                List.of(new RuleSource("throwing.drl", drl)), builtIn.parameters(), builtIn.messages(),
                RuleSetAccess.WarningCheck.NONE));
    }

    private static Application named(String name) throws java.io.IOException {
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) new YAMLMapper().readTree(EvaluateCommandTest.DATAJUST.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("challenge")).put("name", name);
        return org.eigrules.io.ApplicationFiles.read(tree);
    }

    @ParameterizedTest
    @ValueSource(strings = {"assert", "oom", "noclass", "death", "deep"})
    void an_error_from_a_rule_fails_that_evaluation_only(String error) throws java.io.IOException {
        Application application = named(error);
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> throwing.evaluate(application));
        assertThat(e).as(error).isNotNull();
        assertThat(e.getMessage()).startsWith("a rule failed: ").contains("CHL-1 throws " + error)
                .doesNotContain("Error").doesNotContain("org/example").doesNotContain("java.");
        assertThat(throwing.evaluate(named("fine")).verdict()).isNotNull();
    }

    @Test
    void json_lines_answer_every_line_when_rules_throw_errors() throws Exception {
        String datajust = JSON.writeValueAsString(new YAMLMapper().readTree(EvaluateCommandTest.DATAJUST.toFile()));
        assertThat(datajust).contains("\"name\":\"DataJust\"");
        StringBuilder input = new StringBuilder();
        for (String error : ERRORS) {
            input.append(datajust).append('\n').append(datajust.replace("\"name\":\"DataJust\"",
                    "\"name\":\"" + error + "\"")).append('\n');
        }
        StringWriter out = new StringWriter();
        long failed = new JsonLines(() -> throwing, Language.EN, 2, 3).run(
                new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new JsonLines.Progress(new PrintWriter(new StringWriter()), false));
        List<String> answers = out.toString().lines().toList();
        assertThat(answers).hasSize(2 * ERRORS.size());
        assertThat(failed).isEqualTo(ERRORS.size());
        for (int n = 0; n < answers.size(); n++) {
            JsonNode answer = JSON.readTree(answers.get(n));
            assertThat(answer.get("file").asText()).isEqualTo("line " + (n + 1));
            if (n % 2 == 0) {
                assertThat(answer.has("verdict")).as(answers.get(n)).isTrue();
            } else {
                assertThat(answer.has("verdict")).as(answers.get(n)).isFalse();
                assertThat(answers.get(n)).contains("CHL-1 throws " + ERRORS.get(n / 2));
            }
        }
    }
}
