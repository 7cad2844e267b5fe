package org.eigrules.selection;

import org.eigrules.ApplicationDraft;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.eigrules.decision.Language;
import org.eigrules.io.SelectionFiles;
import org.eigrules.reading.InputText;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.eigrules.selection.SelectionDraft.selection;

/** Every problem of a selection, from its file or from its checks, in English and in French at the same path. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SelectionLanguagesTest {

    private static final EigRules RULES = EigRules.builtIn();

    @TempDir
    Path dir;

    private static List<Violation> problems(Selection selection) {
        try {
            RULES.select(selection);
        } catch (InvalidSelectionException e) {
            return e.violations();
        }
        throw new AssertionError("expected an invalid selection");
    }

    private static List<Violation> problems(Path file) {
        try {
            SelectionFiles.read(file);
        } catch (InvalidSelectionException e) {
            return e.violations();
        }
        throw new AssertionError("expected an invalid selection file");
    }

    @Test
    void a_selection_with_several_problems_gives_each_in_english_and_in_french() {
        List<Violation> problems = problems(selection().defi("A", "1000.00").defi("A", "2000.00").defi("B", "1000.00")
                .grid("Z", "z", 1, 4, 4, 4, 4, 4)
                .grid("A", "g", 1, 4, 5, 4, 4)
                .grid("B", "g", 1, 4, null, 4, 4, 4)
                .grid(new JuryGrid("A", " ", 0, null, null, null))
                .selected("A", "Y", "A").build());
        assertThat(problems).extracting(Violation::path, Violation::message, Violation::messageFr).containsExactly(
                tuple("applications[1].challenge.name",
                        "expected a name no other défi of the selection has (grids name défis by it), found \"A\", "
                                + "also applications[0]",
                        "attendu : un nom qu’aucun autre défi de la sélection ne porte (les grilles désignent les défis "
                                + "par leur nom) ; trouvé : \"A\", déjà porté par applications[0]"),
                tuple("grids[0].application", "expected the name of one of the selection's défis, found \"Z\"",
                        "attendu : le nom de l’un des défis de la sélection ; trouvé : \"Z\""),
                tuple("grids[1].scores",
                        "expected 5 scores, criteria 1 to 5 in order, each from 1 to 4, found 4 score(s)",
                        "attendu : 5 notes, critères 1 à 5 dans l’ordre, chacune de 1 à 4 ; trouvé : 4 note(s)"),
                tuple("grids[1].scores[1]", "expected a score from 1 to 4 (criterion 2), found 5",
                        "attendu : une note de 1 à 4 (critère 2) ; trouvé : 5"),
                tuple("grids[2].groupRank", "expected a rank no other défi of group g holds, found 1, also grids[1]",
                        "attendu : un rang qu’aucun autre défi du groupe g n’occupe ; trouvé : 1, déjà occupé par grids[1]"),
                tuple("grids[2].scores[1]", "missing (expected the score of criterion 2, from 1 to 4)",
                        "manquant (attendu : la note du critère 2, de 1 à 4)"),
                tuple("grids[3].application", "expected one grid per défi, found a second one for \"A\" (grids[1])",
                        "attendu : une seule grille par défi ; trouvé : une deuxième grille pour \"A\" (grids[1])"),
                tuple("grids[3].group", "missing (expected the jury group that heard the défi)",
                        "manquant (attendu : le groupe du jury qui a auditionné le défi)"),
                tuple("grids[3].groupRank", "expected a rank of 1 or more (1 = preferred), found 0",
                        "attendu : un rang de 1 ou plus (1 = préféré) ; trouvé : 0"),
                tuple("grids[3].scores", "missing (expected 5 scores, criteria 1 to 5 in order, each from 1 to 4)",
                        "manquant (attendu : 5 notes, critères 1 à 5 dans l’ordre, chacune de 1 à 4)"),
                tuple("grids[3].opinion", "missing (expected FAVOURABLE or UNFAVOURABLE)",
                        "manquant (attendu : FAVOURABLE ou UNFAVOURABLE)"),
                tuple("selected[1]", "expected the name of one of the selection's défis, found \"Y\"",
                        "attendu : le nom de l’un des défis de la sélection ; trouvé : \"Y\""),
                tuple("selected[2]", "expected each défi once, found \"A\" again (selected[0])",
                        "attendu : chaque défi une seule fois ; trouvé : \"A\" une nouvelle fois (selected[0])"));
    }

    @Test
    void the_promotion_and_the_applications_are_named_in_both_languages_too() {
        List<Violation> problems = problems(selection().promotion(9).defi("A", "1000.00")
                .application(ApplicationDraft.eligible().with("challenge.name", "B").build().withId(" "))
                .build());
        assertThat(problems).filteredOn(v -> v.path().equals("promotion")).singleElement().satisfies(v -> {
            // The promotions listed are those with parameter files, whichever they are: the same in both languages.
            String covered = v.message().substring(v.message().indexOf('['), v.message().indexOf(']') + 1);
            assertThat(covered).contains("3, 4, 5");
            assertThat(v.message()).isEqualTo("expected a promotion with a parameter file " + covered + ", found 9");
            assertThat(v.messageFr()).isEqualTo("attendu : une promotion qui a un fichier de paramètres " + covered
                    + " ; trouvé : 9");
        });
        assertThat(problems).filteredOn(v -> v.path().equals("applications[0].promotion")).singleElement()
                .satisfies(v -> {
                    assertThat(v.message()).isEqualTo("expected 9, the selection's promotion, found 3");
                    assertThat(v.messageFr()).isEqualTo("attendu : 9, la promotion de la sélection ; trouvé : 3");
                });
        // An application's own problem keeps the French its reader gave it.
        assertThat(problems).filteredOn(v -> v.path().equals("applications[1].id")).singleElement()
                .satisfies(v -> {
                    assertThat(v.message()).isEqualTo("must not be blank");
                    assertThat(v.messageFr()).isEqualTo("ne doit pas être vide");
                });
    }

    @Test
    void a_missing_promotion_and_a_missing_name_or_application_are_named_as_nothing() {
        List<InputProblem> problems = SelectionInput.problems(new Selection(null,
                Arrays.asList(null, ApplicationDraft.eligible().with("challenge.name", "A").build()),
                Arrays.asList(new JuryGrid(null, "g", 1, List.of(4, 4, 4, 4, 4), Opinion.FAVOURABLE, null), null),
                Arrays.asList("A", " ")), new JuryScale(5, 1, 4));
        assertThat(problems).extracting(InputProblem::path).containsExactly("promotion", "applications[0]",
                "grids[0].application", "grids[1]", "selected[1]");
        assertThat(problems).extracting(p -> InputText.of(p.key(), p.args().toArray()).in(Language.FR)).containsExactly(
                "attendu : un numéro de promotion ; trouvé : rien",
                "attendu : une candidature ; trouvé : rien",
                "manquant (attendu : le nom du défi auditionné)",
                "attendu : une grille du jury ; trouvé : rien",
                "attendu : le nom de l’un des défis de la sélection ; trouvé : rien");
    }

    @Test
    void the_english_of_each_key_is_the_text_core_writes() {
        Selection selection = new Selection(0,
                Arrays.asList(null, ApplicationDraft.eligible().with("challenge.name", "A").build(),
                        ApplicationDraft.eligible().with("challenge.name", "A").build(),
                        ApplicationDraft.eligibleP4().with("challenge.name", "C").build()),
                Arrays.asList(null, new JuryGrid(null, null, null, null, null, null),
                        new JuryGrid("A", "g", 1, Arrays.asList(4, null, 0, 4), Opinion.FAVOURABLE, null),
                        new JuryGrid("A", "g", 1, List.of(4, 4, 4, 4, 4), Opinion.FAVOURABLE, null),
                        new JuryGrid("Q", "g", -1, List.of(4, 4, 4, 4, 4), Opinion.FAVOURABLE, null)),
                Arrays.asList("A", "A", "X", ""));
        List<InputProblem> problems = SelectionInput.problems(selection, new org.eigrules.selection.JuryScale(5, 1, 4));
        assertThat(problems).extracting(InputProblem::key).contains("selection.promotion",
                "selection.application-nothing", "selection.name-twice", "selection.grid-nothing",
                "selection.grid-application-missing", "selection.group-missing", "selection.rank-missing",
                "selection.scores-missing", "selection.opinion-missing", "selection.scores-count",
                "selection.score-missing", "selection.score-range", "selection.grid-twice", "selection.rank-taken",
                "selection.unknown-defi", "selection.rank-below-one", "selection.selected-twice",
                "selection.defi-nothing");
        assertThat(problems).allSatisfy(p ->
                assertThat(InputText.of(p.key(), p.args().toArray()).in(Language.EN)).isEqualTo(p.message()));
    }

    @Test
    void a_selection_file_with_several_problems_gives_each_in_english_and_in_french() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                promotion: "3"
                applications: [nowhere.yaml, 7]
                jury: []
                grids:
                  - { application: 12, group: A, groupRank: "1", scores: [4, "3", 4.5, 4, 4], opinion: favourable, favourite: 1, note: x }
                  - [a, list]
                selected: [DataJust, {}]
                """);
        assertThat(problems(file)).extracting(Violation::path, Violation::message, Violation::messageFr).containsExactly(
                tuple("jury", "unknown field (expected promotion, applications, grids, selected)",
                        "champ inconnu (attendu : promotion, applications, grids, selected)"),
                tuple("promotion", "expected a promotion number, found \"3\"",
                        "attendu : un numéro de promotion ; trouvé : \"3\""),
                tuple("applications[1]", "expected an application file's path, found 7",
                        "attendu : le chemin d’un fichier de candidature ; trouvé : 7"),
                tuple("applications[0]", "(" + file.resolveSibling("nowhere.yaml") + ") no such file",
                        "(" + file.resolveSibling("nowhere.yaml") + ") fichier introuvable"),
                tuple("grids[0].note", "unknown field (expected application, group, groupRank, scores, opinion, favourite)",
                        "champ inconnu (attendu : application, group, groupRank, scores, opinion, favourite)"),
                tuple("grids[0].application", "expected text, found 12", "attendu : du texte ; trouvé : 12"),
                tuple("grids[0].groupRank", "expected a whole number, found \"1\"",
                        "attendu : un nombre entier ; trouvé : \"1\""),
                tuple("grids[0].scores[1]", "expected a whole number, found \"3\"",
                        "attendu : un nombre entier ; trouvé : \"3\""),
                tuple("grids[0].scores[2]", "expected a whole number, found 4.5",
                        "attendu : un nombre entier ; trouvé : 4.5"),
                tuple("grids[0].opinion", "expected FAVOURABLE or UNFAVOURABLE, found \"favourable\"",
                        "attendu : FAVOURABLE ou UNFAVOURABLE ; trouvé : \"favourable\""),
                tuple("grids[0].favourite", "expected true or false, found 1", "attendu : true ou false ; trouvé : 1"),
                tuple("grids[1]", "expected a jury grid (application, group, groupRank, scores, opinion), found a list",
                        "attendu : une grille du jury (application, group, groupRank, scores, opinion) ; "
                                + "trouvé : une liste"),
                tuple("selected[1]", "expected a défi's name, found a mapping",
                        "attendu : le nom d’un défi ; trouvé : un dictionnaire"));
    }

    @Test
    void a_file_that_is_no_selection_is_refused_in_both_languages() throws IOException {
        Path list = dir.resolve("list.yaml");
        Files.writeString(list, "- promotion: 3\n");
        assertThat(problems(list)).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("expected a mapping with promotion, applications and grids, found a list");
            assertThat(v.messageFr()).isEqualTo("attendu : un dictionnaire avec promotion, applications et grids ; "
                    + "trouvé : une liste");
        });
        Path folder = dir.resolve("folder.yaml");
        Files.writeString(folder, "promotion: 3\napplications: missing/\ngrids: {}\nselected: A\n");
        assertThat(problems(folder)).extracting(Violation::path, Violation::message, Violation::messageFr).containsExactly(
                tuple("applications", "expected a folder of application files, found \"missing/\" (no such folder; "
                                + "list files under applications: [...])",
                        "attendu : un dossier de fichiers de candidature ; trouvé : \"missing/\" (dossier introuvable ; "
                                + "donnez la liste des fichiers sous applications: [...])"),
                tuple("grids", "expected a list of jury grids, found a mapping",
                        "attendu : une liste de grilles du jury ; trouvé : un dictionnaire"),
                tuple("selected", "expected a list of défi names, found \"A\"",
                        "attendu : une liste de noms de défis ; trouvé : \"A\""));
        Path text = dir.resolve("selection.txt");
        Files.writeString(text, "promotion: 3\n");
        assertThat(problems(text)).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("selection.txt: expected a .json, .yaml or .yml file");
            assertThat(v.messageFr()).isEqualTo("selection.txt : attendu : un fichier .json, .yaml ou .yml");
        });
    }

    @Test
    void an_application_file_named_by_a_selection_keeps_its_french() throws IOException {
        Path application = dir.resolve("a.yaml");
        Files.writeString(application, "promotion: 3\nchallenge: {name: A}\nsurprise: 1\n");
        Path file = dir.resolve("selection.yaml");
        Files.writeString(file, "promotion: 3\napplications: [a.yaml]\n");
        assertThat(problems(file)).filteredOn(v -> v.path().equals("applications[0].surprise")).singleElement()
                .satisfies(v -> {
                    assertThat(v.message()).isEqualTo("(" + application + ") unknown field");
                    assertThat(v.messageFr()).isEqualTo("(" + application + ") champ inconnu");
                });
    }

    @Test
    void every_selection_text_has_a_french_text_with_the_same_arguments() throws IOException {
        Properties english = load("input_en.properties");
        Properties french = load("input_fr.properties");
        List<String> keys = english.stringPropertyNames().stream().filter(k -> k.startsWith("selection")).toList();
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(french.stringPropertyNames().stream().filter(k -> k.startsWith("selection")).toList())
                .containsExactlyInAnyOrderElementsOf(keys);
        for (String key : keys) {
            assertThat(arguments(french.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
        }
    }

    private static TreeSet<String> arguments(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = InputText.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
