package org.eigrules;

import org.eigrules.decision.Decision;
import org.eigrules.decision.Verdict;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.model.Application;
import org.eigrules.model.FundingMode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * examples/selected-p3 holds the fifteen défis selected for promotion 3 as the public record gives
 * them (the programme's list of défis and the candidate rules of September 2018, art. 3): their
 * names, hosts and numbers of EIGs. This test keeps its own copy of that record.
 */
class SelectedDefisTest {

    private static final Path FOLDER = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize().resolve("examples/selected-p3");

    /** Name → number of EIGs, from the public record: 15 défis, 32 EIGs. */
    private static final Map<String, Integer> RECORD = Map.ofEntries(
            Map.entry("ACOSS-Plateforme", 2), Map.entry("ADLER", 2), Map.entry("CartoBio", 2),
            Map.entry("CibNav", 2), Map.entry("DataJust", 2), Map.entry("DataReg", 2), Map.entry("EIG Link", 2),
            Map.entry("ExploCode", 2), Map.entry("IA Flash", 2), Map.entry("Karfu’R", 2), Map.entry("LexImpact", 2),
            Map.entry("Open Chronic", 2), Map.entry("Open Justice", 3), Map.entry("Plume", 3), Map.entry("Polygraphe", 2));

    /** Name → the host as the record names it (the start of the host's name in the file). */
    private static final Map<String, String> HOSTS = Map.ofEntries(
            Map.entry("ACOSS-Plateforme", "Agence centrale des organismes de sécurité sociale"),
            Map.entry("ADLER", "Ministère de l’Action et des comptes publics"),
            Map.entry("CartoBio", "Agence Française pour le Développement et la Promotion de l’Agriculture Biologique"),
            Map.entry("CibNav", "Direction des affaires maritimes"),
            Map.entry("DataJust", "Ministère de la Justice"),
            Map.entry("DataReg", "Autorité de régulation des communications électroniques et des Postes"),
            Map.entry("EIG Link", "Services du Premier ministre"),
            Map.entry("ExploCode", "Direction générale du Travail"),
            Map.entry("IA Flash", "Ministère de l’Intérieur"),
            Map.entry("Karfu’R", "Délégation Interministérielle pour l’Accueil et l’Intégration des Réfugiés"),
            Map.entry("LexImpact", "Direction interministérielle du numérique"),
            Map.entry("Open Chronic", "Ministère de la santé"),
            Map.entry("Open Justice", "Cour de cassation"),
            Map.entry("Plume", "Cour des comptes"),
            Map.entry("Polygraphe", "Direction générale de la concurrence, de la consommation et de la répression des fraudes"));

    private static List<Application> applications() throws IOException {
        List<Application> applications = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.sorted().toList()) {
                applications.add(ApplicationFiles.read(file));
            }
        }
        return applications;
    }

    @Test
    void the_fifteen_files_are_the_fifteen_defis_of_the_record_with_their_eig_counts() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        for (Application application : applications()) {
            found.put(application.challenge().name(), application.eigCount());
        }
        assertThat(found).containsExactlyInAnyOrderEntriesOf(RECORD);
        assertThat(found.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(32);
    }

    @Test
    void each_defi_has_the_host_the_record_names() throws IOException {
        for (Application application : applications()) {
            assertThat(application.host().name()).as(application.challenge().name())
                    .startsWith(HOSTS.get(application.challenge().name()));
        }
    }

    @Test
    void every_file_says_what_is_invented() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.getFileName().toString()).contains("# Invented for this example:");
            }
        }
    }

    @Test
    void all_fifteen_are_eligible_and_their_pia_money_fits_the_envelope() throws IOException {
        EigRules rules = EigRules.builtIn();
        BigDecimal pia = BigDecimal.ZERO;
        for (Application application : applications()) {
            Decision decision = rules.evaluate(application);
            assertThat(decision.verdict()).as(application.challenge().name()).isEqualTo(Verdict.ELIGIBLE);
            if (application.funding().mode() == FundingMode.CO_FINANCED) {
                assertThat(decision.coFinancing().granted()).as(application.challenge().name()).isTrue();
            }
            pia = pia.add(decision.coFinancing().grantAmount());
        }
        assertThat(pia).isLessThanOrEqualTo(rules.parameters(3).piaEnvelope());
    }
}
