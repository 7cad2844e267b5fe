package org.eigrules.clauses;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.ApplicationDraft;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.decision.MissingField;
import org.eigrules.engine.InputValidation;
import org.eigrules.model.Application;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.ruleset.RuleSet;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eigrules.ApplicationDraft.eligibleP5;

/**
 * A promotion the Java has never heard of, added as rule authors do (promotion 5's parameter file
 * copied as promotion 6), gets promotion 5's fields: the field table's open ranges carry them.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PromotionSixFieldsTest {

    private static final EigRules RULES = withPromotionSix();

    /** The built-in rule set plus promotion 5's parameters renumbered 6. */
    private static EigRules withPromotionSix() {
        YAMLMapper yaml = new YAMLMapper();
        try (InputStream in = ParameterFiles.class.getClassLoader().getResourceAsStream("org/eigrules/promotions/p5.yaml")) {
            ObjectNode root = (ObjectNode) yaml.readTree(in);
            root.put("promotion", 6);
            root.put("title", "Promotion 6 — a copy of promotion 5");
            PromotionParameters p6 = ParameterFiles.read("p6.yaml", new ByteArrayInputStream(yaml.writeValueAsBytes(root)));
            return EigRules.of(RuleSet.builtIn().withParameters(p6));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Promotion 5's complete file, answering promotion 6's call. */
    private static ApplicationDraft p6() {
        return eligibleP5().with("promotion", 6);
    }

    /** What the promotion 6 rule set finds wrong with a file, every violation as "path: message". */
    private static List<String> invalid(Application application) {
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> RULES.evaluate(application));
        return e == null ? List.of() : e.violations().stream().map(v -> v.path() + ": " + v.message()).toList();
    }

    @Test
    void promotion_5s_fields_are_promotion_6s_too() {
        Application application = p6().with("eigs[0].experienceBand", "OVER_5_YEARS")
                .with("host.parisRegion", false).with("challenge.digitalLawStakes", true).build();
        assertThat(application.funding().employerCostUpTo5Years()).isNotNull();
        assertThat(InputValidation.shared().validate(application).invalid()).isEmpty();
        // The rule set may not decide promotion 6 yet, but no field is of another promotion.
        assertThat(invalid(application)).noneMatch(v -> v.contains("field of promotion"));
    }

    @Test
    void a_field_promotion_5_dropped_is_not_promotion_6s_either() {
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> p6().with("funding.totalEmployerCost", 140000).build());
        assertThat(e.violations()).extracting(v -> v.path() + ": " + v.message()).containsExactly(
                "funding.totalEmployerCost: is a field of promotions 3, 4 only; this file answers promotion 6");
        e = catchThrowableOfType(InvalidApplicationException.class,
                () -> p6().with("challenge.techGouvStakes", true).build());
        assertThat(e.violations()).extracting(v -> v.path() + ": " + v.message()).containsExactly(
                "challenge.techGouvStakes: is a field of promotion 4 only; this file answers promotion 6");
    }

    @Test
    void pia_is_refused_in_a_promotion_6_file() {
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> p6().with("funding.mode", "PIA").build());
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(v -> v.path() + ": " + v.message()).containsExactly(
                "funding.mode: expected CO_FINANCED or SELF_FUNDED, found PIA: PIA is promotion 3's name for "
                        + "CO_FINANCED, and this file answers promotion 6");
        Application pia = ApplicationDraft.eligible().with("funding.mode", "PIA").with("promotion", 3).build();
        assertThat(InputValidation.shared().validate(pia).invalid()).isEmpty(); // promotion 3's own name
    }

    @Test
    void accessibility_is_needed_by_com_7_in_promotion_6() {
        Application without = p6().without("commitments.accessibility").build();
        assertThat(InputValidation.shared().validate(without).missing())
                .containsExactly(new MissingField("commitments.accessibility", "COM-7"));
        Application p3 = ApplicationDraft.eligible().build();
        assertThat(p3.commitments().accessibility()).isNull();
        assertThat(InputValidation.shared().validate(p3).missing()).isEmpty(); // COM-7 is not promotion 3's
        assertThat(invalid(without)).noneMatch(v -> v.contains("field of promotion"));
    }
}
