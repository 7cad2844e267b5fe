package org.eigrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.eigrules.decision.Language;
import org.eigrules.ds.DemarcheAnswers;
import org.eigrules.ds.DsClient;
import org.eigrules.ds.DsException;
import org.eigrules.ds.Dossier;
import org.eigrules.ds.Mapping;
import org.eigrules.ds.MappingException;
import org.eigrules.ds.Token;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The options the {@code eig ds} commands share: the mapping, and where the dossiers come from. */
final class DsSource {

    /** The environment the token is read from; tests give their own. */
    static Function<String, String> environment = System::getenv;

    /** How the client waits before a retry; tests may shorten it. */
    static DsClient.Sleeper sleeper = DsClient.Settings.standard().sleeper();

    private static final Set<String> STATES = Set.of("en_construction", "en_instruction", "accepte", "refuse", "sans_suite");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--mapping", paramLabel = "FILE", required = true,
            description = "The mapping file (YAML): which champ of the form answers which field of the contract.")
    Path mapping;

    @Option(names = "--demarche", paramLabel = "NUMBER",
            description = "The démarche's number (needed unless --from-file).")
    Integer demarche;

    @Option(names = "--url", paramLabel = "URL", description = "The GraphQL endpoint (default: the public instance, "
            + "https://www.demarches-simplifiees.fr/api/v2/graphql).")
    URI url;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file whose first line is the API token "
            + "(otherwise the DS_TOKEN environment variable); the token is never taken on the command line.")
    Path tokenFile;

    /** Only to refuse it without echoing it: a token typed here would stay in the shell's history. */
    @Option(names = "--token", paramLabel = "TOKEN", hidden = true,
            description = "Refused: the token is read from DS_TOKEN or --token-file only.")
    String tokenOnTheCommandLine;

    @Option(names = "--from-file", paramLabel = "FILE", description = "Read a saved answer of the API (one answer, "
            + "or a JSON list of answers, one per page) instead of the network.")
    Path fromFile;

    @Option(names = "--state", paramLabel = "STATE", description = "Only dossiers in this state: en_construction, "
            + "en_instruction, accepte, refuse or sans_suite.")
    String state;

    @Option(names = "--deposited-since", paramLabel = "DATE", description = "Only dossiers deposited at or after "
            + "this day (2021-02-01, Paris time) or instant (2021-02-01T09:00:00+01:00).")
    String depositedSince;

    @Option(names = "--deposited-before", paramLabel = "DATE", description = "Only dossiers deposited before this "
            + "day (Paris time) or instant.")
    String depositedBefore;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The longest wait for one answer of the API, in seconds (default 30).")
    int timeout;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "1000",
            description = "The most requests sent in all, retries included (default 1000).")
    int maxRequests;

    /** The mapping, or its problems printed (file:line: message) and null. */
    Mapping mapping(PrintWriter err, Language language) {
        try {
            return Mapping.load(mapping);
        } catch (MappingException e) {
            e.problems().forEach(problem -> err.println(problem.in(language)));
            return null;
        } catch (NoSuchFileException e) {
            err.println(mapping + (language == Language.FR ? " : fichier introuvable" : ": no such file"));
            return null;
        } catch (IOException e) {
            err.println(mapping + (language == Language.FR ? " : illisible : " : ": unreadable: ") + e.getMessage());
            return null;
        }
    }

    /** Checks the options that do not depend on the network (a usage error otherwise). */
    void check() {
        if (tokenOnTheCommandLine != null) {
            throw usage("--token : le jeton n’est jamais pris sur la ligne de commande (l’historique du shell et la liste "
                    + "des processus le montreraient) ; définissez DS_TOKEN ou donnez --token-file FICHIER",
                    "--token: the token is never taken on the command line (the shell's history and the list of "
                    + "processes would show it); set DS_TOKEN or give --token-file FILE");
        }
        if (fromFile == null && demarche == null) {
            throw usage("donnez --demarche NUMÉRO, ou --from-file FICHIER", "give --demarche NUMBER, or --from-file FILE");
        }
        if (state != null && !STATES.contains(state)) {
            throw usage("--state : attendu en_construction, en_instruction, accepte, refuse ou sans_suite, trouvé « " + state + " »",
                    "--state: expected one of en_construction, en_instruction, accepte, refuse, sans_suite, found '" + state + "'");
        }
        if (url != null && !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
            throw usage("--url : adresse http ou https attendue, trouvé « " + url + " »",
                    "--url: expected an http or https address, found '" + url + "'");
        }
        if (timeout < 1 || maxRequests < 1) {
            throw usage("--timeout et --max-requests valent au moins 1", "--timeout and --max-requests must be at least 1");
        }
        instant("--deposited-since", depositedSince);
        instant("--deposited-before", depositedBefore);
    }

    /** The client, or a usage error when no token is given. */
    DsClient client() {
        Token token;
        try {
            token = Token.find(tokenFile, environment);
        } catch (IOException e) {
            throw usage("--token-file : illisible : " + tokenFile, "--token-file: cannot read " + tokenFile);
        }
        if (token == null) {
            throw usage("aucun jeton d’API : définissez la variable d’environnement DS_TOKEN, ou donnez --token-file FICHIER",
                    "no API token: set the DS_TOKEN environment variable, or give --token-file FILE");
        }
        DsClient.Settings settings = DsClient.Settings.standard().withTimeout(Duration.ofSeconds(timeout))
                .withMaxRequests(maxRequests).withSleeper(sleeper);
        return new DsClient(url == null ? DsClient.PUBLIC_ENDPOINT : url, token, settings);
    }

    /** The dossiers, from the file or the API, filtered by state and date of deposit. */
    List<Dossier> dossiers(DsClient client) throws IOException, DsException {
        return dossiers(client, null);
    }

    /** As {@link #dossiers(DsClient)}, each page's answer added to {@code answers} when not null. */
    List<Dossier> dossiers(DsClient client, List<JsonNode> answers) throws IOException, DsException {
        List<Dossier> all = fromFile != null ? DemarcheAnswers.read(fromFile)
                : client.dossiers(demarche, state, null, answer -> {
                    if (answers != null) {
                        answers.add(answer);
                    }
                });
        OffsetDateTime since = instant("--deposited-since", depositedSince);
        OffsetDateTime before = instant("--deposited-before", depositedBefore);
        return all.stream()
                .filter(d -> state == null || state.equals(d.state()))
                .filter(d -> since == null || deposit(d) != null && !deposit(d).isBefore(since))
                .filter(d -> before == null || deposit(d) != null && deposit(d).isBefore(before))
                .toList();
    }

    /** When a dossier was deposited; null when it does not say (it then passes no date filter). */
    private static OffsetDateTime deposit(Dossier dossier) {
        try {
            return dossier.dateDepot() == null ? null : OffsetDateTime.parse(dossier.dateDepot());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    boolean network() {
        return fromFile == null;
    }

    private OffsetDateTime instant(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(PARIS).toOffsetDateTime()
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw usage(option + " : attendu un jour (2021-02-01) ou un instant avec son décalage (2021-02-01T09:00:00+01:00), "
                    + "trouvé « " + value + " »", option + ": expected a day (2021-02-01) or an instant with offset "
                    + "(2021-02-01T09:00:00+01:00), found '" + value + "'");
        }
    }

    /** Whether a saved answer named by --from-file exists (said before anything is read). */
    boolean fromFileMissing() {
        return fromFile != null && !Files.isRegularFile(fromFile);
    }

    /** A usage error in the help's language: French unless the help is English. */
    private ParameterException usage(String french, String english) {
        return new ParameterException(command.commandLine(),
                command.commandLine().getResourceBundle() != null ? french : english);
    }
}
