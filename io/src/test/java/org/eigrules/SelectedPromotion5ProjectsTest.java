package org.eigrules;

import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Verdict;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.model.Application;
import org.eigrules.model.BodyKind;
import org.eigrules.model.Eig;
import org.eigrules.model.FundingMode;
import org.eigrules.model.Profile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.eigrules.model.Profile.DATA_ENGINEERING;
import static org.eigrules.model.Profile.DATA_SCIENCE;
import static org.eigrules.model.Profile.DESIGN;
import static org.eigrules.model.Profile.DEVELOPMENT;
import static org.eigrules.model.Profile.DIGITAL_LAW;
import static org.eigrules.model.Profile.PRODUCT_MANAGEMENT;

/**
 * examples/selected-p5 holds the sixteen projects the programme published for promotion 5 (its post
 * of 19 July 2021): their names and hosts as the post spells them, and each EIG's profile. This
 * test keeps its own copy of that record.
 */
class SelectedPromotion5ProjectsTest {

    private static final Path FOLDER = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize()
            .resolve("examples/selected-p5");

    private record Project(String host, List<Profile> profiles) {
    }

    /** Name → host as the post names it, and its EIGs' profiles (one entry per EIG): 16 projects, 39 EIGs. */
    private static final Map<String, Project> RECORD = Map.ofEntries(
            entry("Basegun", new Project("Ministère de l’intérieur", List.of(DEVELOPMENT, DATA_SCIENCE))),
            entry("BatID", new Project("Agence de la Transition écologique et Centre Scientifique et Technique du Bâtiment",
                    List.of(DIGITAL_LAW, DATA_ENGINEERING))),
            entry("Cyberimpact", new Project("Direction générale de la Gendarmerie nationale",
                    List.of(DATA_SCIENCE, DATA_ENGINEERING))),
            entry("DaSES", new Project("Ministère de l’Education nationale et de la Jeunesse",
                    List.of(DIGITAL_LAW, DATA_ENGINEERING, DESIGN))),
            entry("DataRH", new Project("Agence régionale de santé d’Auvergne- Rhône-Alpes", List.of(DESIGN, DATA_ENGINEERING))),
            entry("Décos", new Project("Ministère de l’Intérieur", List.of(DEVELOPMENT, DESIGN))),
            entry("e-PSHAD", new Project("Etablissement Public National Antoine Koenigswarter et Caisse nationale "
                    + "d’assurance maladie", List.of(DEVELOPMENT, DEVELOPMENT, DESIGN))),
            entry("EIG Link", new Project("Direction interministérielle du numérique",
                    List.of(DESIGN, DEVELOPMENT, PRODUCT_MANAGEMENT))),
            entry("Fabrique numérique", new Project("Direction générale des finances publiques", List.of(DESIGN, DEVELOPMENT))),
            entry("GDR Santé", new Project("Agence nationale de sécurité du médicament et des produits de santé",
                    List.of(DESIGN, DEVELOPMENT, DATA_SCIENCE))),
            entry("Green Data for Health", new Project("Ministère de la Transition Ecologique, CGDD",
                    List.of(DESIGN, DIGITAL_LAW, DATA_ENGINEERING))),
            entry("Mes services Greentech", new Project("Ministère de la Transition Ecologique, CGDD",
                    List.of(DESIGN, DEVELOPMENT, DATA_SCIENCE))),
            entry("Prev-AC-Tion", new Project("Ministère de la Mer", List.of(DEVELOPMENT, DATA_ENGINEERING))),
            entry("SMASH", new Project("Ministère des Solidarités et de la Santé – DREES", List.of(DATA_SCIENCE, DATA_SCIENCE))),
            entry("TRISTAN", new Project("Ministère de la Justice", List.of(DATA_ENGINEERING, DEVELOPMENT, DESIGN))),
            entry("UrssafassuR", new Project("Urssaf Caisse nationale", List.of(DESIGN, DEVELOPMENT))));

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static List<Application> applications() throws IOException {
        List<Application> applications = new ArrayList<>();
        for (Path file : files()) {
            applications.add(ApplicationFiles.read(file));
        }
        return applications;
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.sorted().toList();
        }
    }

    /** The file's header comment as one line of text, whatever its wrapping. */
    private static String header(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> line.startsWith("#"))
                .map(line -> line.substring(1).strip()).reduce((a, b) -> a + " " + b).orElse("");
    }

    private static List<Profile> sorted(List<Profile> profiles) {
        return profiles.stream().sorted().toList();
    }

    @Test
    void the_sixteen_files_are_the_sixteen_projects_of_the_post_with_their_hosts_and_profiles() throws IOException {
        Map<String, List<Profile>> found = new TreeMap<>();
        for (Application application : applications()) {
            String name = application.challenge().name();
            assertThat(application.promotion()).as(name).isEqualTo(5);
            assertThat(RECORD).as(name).containsKey(name);
            assertThat(application.host().name()).as(name).isEqualTo(RECORD.get(name).host());
            found.put(name, sorted(application.eigs().stream().map(Eig::profile).toList()));
        }
        Map<String, List<Profile>> expected = new TreeMap<>();
        RECORD.forEach((name, project) -> expected.put(name, sorted(project.profiles())));
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void nine_teams_of_two_and_seven_of_three_make_39_eigs_with_the_posts_tallies() throws IOException {
        Map<Integer, Integer> teams = new TreeMap<>();
        Map<Profile, Integer> tallies = new EnumMap<>(Profile.class);
        for (Application application : applications()) {
            teams.merge(application.eigCount(), 1, Integer::sum);
            application.eigs().forEach(e -> tallies.merge(e.profile(), 1, Integer::sum));
        }
        assertThat(teams).containsExactly(entry(2, 9), entry(3, 7));
        assertThat(tallies).containsOnly(entry(DEVELOPMENT, 11), entry(DESIGN, 11), entry(DATA_ENGINEERING, 7),
                entry(DATA_SCIENCE, 6), entry(DIGITAL_LAW, 3), entry(PRODUCT_MANAGEMENT, 1));
        assertThat(tallies.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(39);
    }

    @Test
    void every_file_says_what_is_from_the_record_and_what_is_invented() throws IOException {
        for (Path file : files()) {
            assertThat(header(file)).as(file.getFileName().toString())
                    .contains("From the public record (the programme's post of 19 July 2021")
                    .contains("Invented for this example:");
        }
    }

    @Test
    void every_file_was_received_in_the_call_window_and_every_operator_names_an_invented_ministry_carrier() throws IOException {
        for (Path file : files()) {
            Application application = ApplicationFiles.read(file);
            String name = application.challenge().name();
            // AAP5: open from 1 February 2021; the last minute is 7 April 2021 23:59, Paris time.
            assertThat(application.receivedAt().toInstant()).as(name)
                    .isAfterOrEqualTo(LocalDateTime.of(2021, 2, 1, 0, 0).atZone(PARIS).toInstant())
                    .isBefore(LocalDateTime.of(2021, 4, 7, 23, 59).atZone(PARIS).toInstant());
            if (application.host().kind() == BodyKind.STATE_OPERATOR) {
                assertThat(application.fundingCarrier()).as(name).isNotNull();
                assertThat(application.fundingCarrier().kind()).as(name).isEqualTo(BodyKind.MINISTRY);
                assertThat(header(file)).as(name).contains("Invented for this example:")
                        .contains("the funding carrier (" + application.fundingCarrier().name() + ", programme "
                                + application.fundingCarrier().payrollBudgetProgramme());
            } else {
                assertThat(application.fundingCarrier()).as(name).isNull();
            }
        }
    }

    /**
     * Every project is co-financed and states no EIG's band, so the grant is a range (FIN-11): from
     * every EIG at 3/10 of the lower band's cost to every one at 3/10 of the upper band's, each EIG's
     * share rounded half-up to the cent. All are eligible except EIG Link, whose product manager is
     * outside every promotion's profiles (CHL-4): it is granted nothing.
     */
    @Test
    void all_are_eligible_with_a_range_of_programme_money_except_eig_link_which_fails_chl_4() throws IOException {
        EigRules rules = EigRules.builtIn();
        for (Application application : applications()) {
            String name = application.challenge().name();
            Decision decision = rules.evaluate(application);
            CoFinancing money = decision.coFinancing();
            assertThat(application.funding().mode()).as(name).isEqualTo(FundingMode.CO_FINANCED);
            assertThat(application.eigs()).as(name).allSatisfy(e -> assertThat(e.experienceBand()).isNull());
            int eigs = application.eigCount();
            BigDecimal low = application.funding().employerCostUpTo5Years();
            BigDecimal high = application.funding().employerCostOver5Years();
            if (name.equals("EIG Link")) {
                assertThat(decision.verdict()).as(name).isEqualTo(Verdict.INELIGIBLE);
                assertThat(decision.failedClauses()).as(name).containsExactly("CHL-4");
                assertThat(money.granted()).as(name).isFalse();
                assertThat(money.grantRange()).as(name).isNull();
                assertThat(money.hostRange().min()).as(name).isEqualByComparingTo(low.multiply(BigDecimal.valueOf(eigs)));
                assertThat(money.hostRange().max()).as(name).isEqualByComparingTo(high.multiply(BigDecimal.valueOf(eigs)));
                continue;
            }
            assertThat(decision.verdict()).as(name).isEqualTo(Verdict.ELIGIBLE);
            assertThat(money.granted()).as(name).isTrue();
            assertThat(money.grantAmount()).as(name).isNull();
            BigDecimal min = share(low).multiply(BigDecimal.valueOf(eigs));
            BigDecimal max = share(high).multiply(BigDecimal.valueOf(eigs));
            assertThat(money.grantRange().min()).as(name).isEqualByComparingTo(min);
            assertThat(money.grantRange().max()).as(name).isEqualByComparingTo(max);
            assertThat(money.hostRange().min()).as(name).isEqualByComparingTo(low.multiply(BigDecimal.valueOf(eigs)).subtract(min));
            assertThat(money.hostRange().max()).as(name).isEqualByComparingTo(high.multiply(BigDecimal.valueOf(eigs)).subtract(max));
        }
    }

    private static BigDecimal share(BigDecimal tenMonths) {
        return tenMonths.multiply(BigDecimal.valueOf(3)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
    }
}
