package org.eigrules.jackson;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.EigRules;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.io.CandidacyJson;
import org.eigrules.io.DecisionJson;
import org.eigrules.model.Application;
import org.eigrules.validation.InvalidApplicationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EigJacksonModuleTest {

    static final Path ELIGIBLE = Path.of("../examples/eligible/a-data-engineering-profile-is-recruited-in-promotion-3.yaml");
    static final Path INELIGIBLE = Path.of("../examples/ineligible/a-company-may-not-host-a-defi.yaml");
    static final Path CANDIDACY = Path.of("../candidacies/eligible/p2-a-candidacy-meeting-every-clause-is-eligible.yaml");

    /** A mapper set up as frameworks often set theirs: lenient, which the module must not inherit. */
    final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new EigJacksonModule());

    static ObjectNode json(Path yaml) throws Exception {
        return (ObjectNode) new YAMLMapper().readTree(Files.readString(yaml));
    }

    @Nested
    class Reading {

        @Test
        void an_application_reads_as_its_file_does() throws Exception {
            Application read = mapper.readValue(json(ELIGIBLE).toString(), Application.class);

            assertThat(read).isEqualTo(ApplicationFiles.read(ELIGIBLE));
        }

        @Test
        void a_candidacy_reads_as_its_file_does() throws Exception {
            assertThat(mapper.readValue(json(CANDIDACY).toString(), Candidacy.class)).isEqualTo(CandidacyFiles.read(CANDIDACY));
        }

        @Test
        void applications_inside_other_values_are_read_strictly_too() throws Exception {
            String list = "[" + json(ELIGIBLE) + "," + json(ELIGIBLE) + "]";

            List<Application> read = mapper.readValue(list, new TypeReference<>() { });

            assertThat(read).hasSize(2).allSatisfy(a -> assertThat(a).isEqualTo(ApplicationFiles.read(ELIGIBLE)));
        }

        @Test
        void an_amount_keeps_its_written_digits() throws Exception {
            ObjectNode body = json(ELIGIBLE);
            String text = body.toString().replace("\"totalEmployerCost\":140000.0", "\"totalEmployerCost\":140000.005");

            InvalidApplicationException refused = catchThrowableOfType(InvalidApplicationException.class,
                    () -> mapper.readValue(text, Application.class));

            assertThat(refused).as("three decimals are refused, as in a file").isNotNull();
            assertThat(refused.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("funding.totalEmployerCost"));
        }

        void refused(ObjectNode body, String path) {
            InvalidApplicationException refused = catchThrowableOfType(InvalidApplicationException.class,
                    () -> mapper.readValue(body.toString(), Application.class));
            assertThat(refused).as("refused").isNotNull();
            assertThat(refused.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo(path));
        }

        @Test
        void hostile_values_are_refused_by_path_whatever_the_mappers_settings() throws Exception {
            ObjectNode unknown = json(ELIGIBLE);
            unknown.put("budgetLine", "x");
            refused(unknown, "budgetLine");

            ObjectNode text = json(ELIGIBLE);
            ((ObjectNode) text.get("challenge")).put("durationMonths", "10");
            refused(text, "challenge.durationMonths");

            ObjectNode decimals = json(ELIGIBLE);
            decimals.put("promotion", 3.0);
            refused(decimals, "promotion");
        }
    }

    @Nested
    class Writing {

        @Test
        void a_decision_is_written_as_the_contracts_json() throws Exception {
            Decision decision = EigRules.builtIn().evaluate(ApplicationFiles.read(ELIGIBLE));

            JsonNode written = mapper.readTree(mapper.writeValueAsString(decision));

            assertThat(written).isEqualTo(mapper.readTree(DecisionJson.write(decision, Language.FR)));
            assertThat(written.get("coFinancing").get("grantAmount").isTextual()).isTrue();
        }

        @Test
        void in_the_modules_language() throws Exception {
            Decision decision = EigRules.builtIn().evaluate(ApplicationFiles.read(INELIGIBLE));
            ObjectMapper english = new ObjectMapper().registerModule(new EigJacksonModule(Language.EN));

            assertThat(english.readTree(english.writeValueAsString(decision)))
                    .isEqualTo(english.readTree(DecisionJson.write(decision, Language.EN)))
                    .isNotEqualTo(english.readTree(DecisionJson.write(decision, Language.FR)));
        }

        @Test
        void a_candidacy_decision_too() throws Exception {
            var decision = EigRules.builtIn().evaluate(CandidacyFiles.read(CANDIDACY));

            assertThat(mapper.readTree(mapper.writeValueAsString(decision)))
                    .isEqualTo(mapper.readTree(CandidacyJson.write(decision, Language.FR)));
        }
    }
}
