package org.eigrules.cli;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.cli.EvaluateCommandTest.DATAJUST;
import static org.eigrules.cli.EvaluateCommandTest.eig;

/**
 * A mistyped command line is answered in the output's language, in one sentence that says what is
 * wrong, with the closest names when one was mistyped and where the help is; exit status 2.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MistypedCommandLinesTest {

    @Test
    void an_unknown_option_in_french_then_in_english() {
        EvaluateCommandTest.Run french = eig("evaluate", "--nope", DATAJUST);
        EvaluateCommandTest.Run english = eig("evaluate", "--nope", "--lang", "en", DATAJUST);

        assertThat(french.status()).isEqualTo(2);
        assertThat(french.err()).startsWith("eig: option inconnue\u00a0: --nope").contains("Voir « eig evaluate --help ».")
                .doesNotContain("Unknown", "Usage");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err()).startsWith("eig: unknown option: --nope").contains("See 'eig evaluate --help --lang en'.");
    }

    @Test
    void a_mistyped_command_is_named_with_the_closest_commands() {
        EvaluateCommandTest.Run run = eig("evalute", DATAJUST);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("eig: commande inconnue\u00a0: evalute")
                .contains("Vouliez-vous dire\u00a0: eig evaluate").doesNotContain("Did you mean", "Unmatched");
    }

    @Test
    void a_missing_parameter_is_named() {
        EvaluateCommandTest.Run french = eig("record");
        EvaluateCommandTest.Run english = eig("record", "--lang", "en");

        assertThat(french.status()).isEqualTo(2);
        assertThat(french.err()).startsWith("eig: il manque FILE").doesNotContain("Missing");
        assertThat(english.err()).startsWith("eig: missing FILE");
    }

    @Test
    void a_refused_value_says_what_was_expected() {
        EvaluateCommandTest.Run run = eig("evaluate", "--lang", "de", DATAJUST);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("eig: valeur refusée pour --lang\u00a0: « de » (attendu fr ou en)")
                .doesNotContain("Invalid value", "expected");
    }

    @Test
    void an_option_given_twice_is_named() {
        EvaluateCommandTest.Run run = eig("evaluate", "--rules", "a", "--rules", "b", DATAJUST);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("eig: l’option --rules n’est à donner qu’une fois");
    }

    @Test
    void the_commands_own_usage_errors_are_in_the_output_language_too() {
        assertThat(eig("evaluate").err()).startsWith("eig: donnez au moins un fichier (FILE), ou --jsonl");
        assertThat(eig("evaluate", "--lang", "en").err()).startsWith("eig: give at least one FILE, or --jsonl");
        assertThat(eig().err()).startsWith("eig: une commande est attendue");
    }

    @Test
    void help_takes_the_language_option_as_every_command_does() {
        EvaluateCommandTest.Run english = eig("help", "--lang", "en", "evaluate");
        EvaluateCommandTest.Run french = eig("help", "evaluate");

        assertThat(english.status()).isZero();
        assertThat(english.out()).startsWith("Usage: eig evaluate");
        assertThat(french.out()).startsWith("Utilisation\u00a0: eig evaluate");
    }

    @Test
    void a_scenario_path_that_holds_no_scenarios_is_named_without_an_internal_error() {
        EvaluateCommandTest.Run run = eig("docs", "--scenarios", "no-such-scenarios");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("eig: --scenarios\u00a0: fichier de scénarios illisible ou invalide")
                .contains("no-such-scenarios").doesNotContain("internal error", "Exception", "org.eigrules");
    }
}
