package org.eigrules;

import org.eigrules.decision.Decision;
import org.eigrules.decision.Note;
import org.eigrules.decision.Verdict;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.model.Application;
import org.eigrules.model.Eig;
import org.eigrules.model.FundingMode;
import org.eigrules.model.Profile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.model.Profile.DATA_ENGINEERING;
import static org.eigrules.model.Profile.DATA_SCIENCE;
import static org.eigrules.model.Profile.DESIGN;
import static org.eigrules.model.Profile.DEVELOPMENT;
import static org.eigrules.model.Profile.GEOMATICS;

/**
 * examples/selected-p4 holds the seventeen défis selected for promotion 4 as the public record gives
 * them (the programme's list of défis; the FAQ for candidates names the four self-funded ones): their
 * names, hosts, numbers of EIGs and skills. This test keeps its own copy of that record.
 */
class SelectedPromotion4DefisTest {

    private static final Path FOLDER = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize().resolve("examples/selected-p4");

    private record Defi(String host, int eigs, Set<Profile> skills) {
    }

    /** Name → host as the record names it, number of EIGs and skills: 17 défis, 41 EIGs. */
    private static final Map<String, Defi> RECORD = Map.ofEntries(
            entry("ADEX", new Defi("Haute Autorité de Santé", 3, Set.of(DEVELOPMENT, DESIGN, DATA_SCIENCE))),
            entry("Atlas Culture", new Defi("Ministère de la Culture", 2, Set.of(DEVELOPMENT, DESIGN))),
            entry("CapQualif", new Defi("Direction des affaires maritimes", 2, Set.of(DEVELOPMENT, DESIGN))),
            entry("Datalympics", new Defi("Direction du budget", 2, Set.of(DEVELOPMENT, DESIGN, DATA_ENGINEERING))),
            entry("DataMed", new Defi("Agence nationale de sécurité des médicaments et des produits de santé", 3,
                    Set.of(DEVELOPMENT, DESIGN, DATA_ENGINEERING, DATA_SCIENCE))),
            entry("EIG Link", new Defi("Direction interministérielle du numérique", 2, Set.of(DEVELOPMENT, DESIGN))),
            entry("Enki", new Defi("Agence du Numérique de la Sécurité Civile", 3,
                    Set.of(DEVELOPMENT, DESIGN, DATA_ENGINEERING, GEOMATICS))),
            entry("Envinorma", new Defi("Direction Régionale et Interdépartementale de l’Environnement et de l’Énergie "
                    + "d’Île-de-France", 2, Set.of(DEVELOPMENT, DATA_SCIENCE))),
            entry("France Transition", new Defi("Commissariat général au développement durable", 2, Set.of(DEVELOPMENT, DESIGN))),
            entry("LABEL", new Defi("Cour de Cassation", 3, Set.of(DEVELOPMENT, DESIGN))),
            entry("MonitorFish", new Defi("Centre national de surveillance des pêches", 3,
                    Set.of(DEVELOPMENT, DESIGN, DATA_SCIENCE, GEOMATICS))),
            entry("NEOTac", new Defi("Direction Générale de la Gendarmerie Nationale", 3,
                    Set.of(DEVELOPMENT, DESIGN, DATA_SCIENCE, GEOMATICS))),
            entry("Open Collectivités", new Defi("Direction générale des collectivités locales", 2, Set.of(DEVELOPMENT, DESIGN))),
            entry("Opérations 18", new Defi("Brigade de Sapeurs-Pompiers de Paris", 2,
                    Set.of(DEVELOPMENT, DATA_ENGINEERING, DATA_SCIENCE))),
            entry("SEDAccord", new Defi("Programme VITAM - Programme interministériel d'archivage numérique", 2,
                    Set.of(DEVELOPMENT, DESIGN))),
            entry("SIANCE", new Defi("Autorité de sûreté nucléaire", 2, Set.of(DEVELOPMENT, DATA_SCIENCE))),
            entry("SSP Datalab", new Defi("Institut national de la statistique et des études économiques", 3,
                    Set.of(DEVELOPMENT, DESIGN, DATA_ENGINEERING))));

    /** The four self-funded défis (FAQ for candidates, "commencer-plus-tard"). */
    private static final Set<String> SELF_FUNDED = Set.of("ADEX", "DataMed", "Enki", "Opérations 18");

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
    void the_seventeen_files_are_the_seventeen_defis_of_the_record_with_their_hosts_and_41_eigs() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        for (Application application : applications()) {
            String name = application.challenge().name();
            assertThat(application.promotion()).as(name).isEqualTo(4);
            assertThat(RECORD).as(name).containsKey(name);
            assertThat(application.host().name()).as(name).isEqualTo(RECORD.get(name).host());
            found.put(name, application.eigCount());
        }
        assertThat(found).containsExactlyInAnyOrderEntriesOf(RECORD.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().eigs())));
        assertThat(found.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(41);
    }

    @Test
    void each_defi_requests_profiles_among_its_skills_and_as_many_of_them_as_its_eigs_allow() throws IOException {
        for (Application application : applications()) {
            Defi defi = RECORD.get(application.challenge().name());
            Set<Profile> requested = application.eigs().stream().map(Eig::profile).collect(Collectors.toSet());
            assertThat(defi.skills()).as(application.challenge().name()).containsAll(requested);
            assertThat(requested).as(application.challenge().name()).hasSize(Math.min(defi.eigs(), defi.skills().size()));
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

    /**
     * All seventeen are eligible; the four of the record self-fund; the others ask for co-financing
     * at most their 4/10 share (FIN-10) and get it, the two hosts of the economic and financial
     * ministries included, with a note that the texts do not state their route (FIN-12, X-12). Their
     * money fits programme 352's envelope.
     */
    @Test
    void all_seventeen_are_eligible_four_self_fund_and_the_programme_money_fits_the_envelope() throws IOException {
        EigRules rules = EigRules.builtIn();
        BigDecimal programme = BigDecimal.ZERO;
        for (Application application : applications()) {
            String name = application.challenge().name();
            Decision decision = rules.evaluate(application);
            assertThat(decision.verdict()).as(name).isEqualTo(Verdict.ELIGIBLE);
            assertThat(application.funding().mode()).as(name)
                    .isEqualTo(SELF_FUNDED.contains(name) ? FundingMode.SELF_FUNDED : FundingMode.CO_FINANCED);
            BigDecimal total = application.funding().totalEmployerCost();
            if (SELF_FUNDED.contains(name)) {
                assertThat(decision.coFinancing().granted()).as(name).isFalse();
                assertThat(decision.coFinancing().notes()).extracting(Note::clause).as(name).containsExactly("FIN-5");
            } else {
                boolean efm = Boolean.TRUE.equals(application.host().economicAndFinancialMinistries());
                assertThat(decision.coFinancing().notes()).extracting(Note::clause).as(name)
                        .isEqualTo(efm ? List.of("FIN-12") : List.of());
                assertThat(decision.coFinancing().recipient()).as(name).isEqualTo(application.fundingCarrier() != null
                        ? application.fundingCarrier().name() : application.host().name());
                BigDecimal share = total.multiply(BigDecimal.valueOf(4)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
                assertThat(application.funding().requestedAmount()).as(name).isLessThanOrEqualTo(share);
                assertThat(decision.coFinancing().granted()).as(name).isTrue();
                assertThat(decision.coFinancing().grantAmount()).as(name).isEqualByComparingTo(application.funding().requestedAmount());
                assertThat(decision.coFinancing().grantAmount().add(decision.coFinancing().hostAmount())).as(name)
                        .isEqualByComparingTo(total);
            }
            programme = programme.add(decision.coFinancing().grantAmount());
        }
        assertThat(programme).isLessThanOrEqualTo(rules.parameters(4).envelope());
    }
}
