package org.eigrules.model;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SiretValidatorTest {

    @ParameterizedTest(name = "{0} is a valid SIRET")
    @ValueSource(strings = {"11000201100044", "73282932000074", "00000000000000"})
    void fourteen_digits_with_a_valid_luhn_checksum_pass(String siret) {
        assertThat(SiretValidator.isValidSiret(siret)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a valid SIRET")
    @ValueSource(strings = {"11000201100045", "73282932000075", "1100020110004", "110002011000440", "1100020110004A",
            "11000 201100044", ""})
    void a_bad_checksum_length_or_character_fails(String siret) {
        assertThat(SiretValidator.isValidSiret(siret)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void an_absent_siret_is_accepted_because_it_is_optional() {
        assertThat(new SiretValidator().isValid(null, null)).isTrue();
    }
}
