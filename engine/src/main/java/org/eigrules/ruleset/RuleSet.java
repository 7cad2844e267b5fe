package org.eigrules.ruleset;

import org.eigrules.decision.Language;
import org.eigrules.promotion.PromotionParameters;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * A complete, checked rule set: the compiled rules, their sources and metadata, the promotion
 * parameters and the messages. Either the built-in one, compiled when the library was built, or
 * a rule author's folder, compiled when it is loaded. Immutable once built.
 *
 * <p>Loading checks what a rule author could get wrong and reports every problem with its file
 * and line: a rule that does not compile, a rule without its metadata, a message key that no
 * messages file defines, a parameter that a rule reads but a promotion it applies to leaves out.
 */
public final class RuleSet {

    static final String BUILT_IN_RULES = PolicyLayout.APPLICATIONS.resource();
    /** Under the library's own package path, where no other jar's files can collide with them. */
    static final String BUILT_IN_PROMOTIONS = PolicyLayout.PARAMETERS_RESOURCE;
    /** The origin of the built-in rule set. */
    public static final String BUILT_IN_ORIGIN = "built-in rules";

    private final String origin;
    private final CompiledRules compiled;
    // One rule base per promotion, holding only the rules that apply to it, built on first use and
    // shared by the copies of this rule set that keep its rules (other parameters, other limits).
    private final Map<Integer, KieBase> byPromotion;
    private final List<RuleSource> sources;
    private final Map<Integer, PromotionParameters> promotions;
    private final Messages messages;
    private final List<RuleMetadata> rules;
    private final Map<String, RuleMetadata> byKey;
    private final List<RuleSetProblem> warnings;

    private final RuleSetAccess.WarningCheck warningCheck;
    private final Citations citations;

    static {
        // The engine reaches the Drools side of a rule set through this bridge, not public methods.
        RuleSetAccess.install(new RuleSetAccess.Bridge() {
            @Override
            public KieBase ruleBase(RuleSet ruleSet, int promotion) {
                return ruleSet.ruleBase(promotion);
            }

            @Override
            public RuleMetadata metadata(RuleSet ruleSet, Rule rule) {
                return ruleSet.metadata(rule);
            }

            @Override
            public CompiledRules compiledRules(RuleSet ruleSet) {
                return ruleSet.compiled;
            }

            @Override
            public RuleSet compiled(String origin, CompiledRules rules, List<RuleSource> sources,
                                    Map<Integer, PromotionParameters> promotions, Messages messages,
                                    RuleSetAccess.WarningCheck warnings) {
                return new RuleSet(origin, rules, new java.util.concurrent.ConcurrentHashMap<>(), sources, promotions,
                        messages, warnings);
            }

            @Override
            public RuleSet withFiles(RuleSet ruleSet, String origin, Map<Integer, PromotionParameters> promotions,
                                     Messages messages, RuleSetAccess.WarningCheck warnings) {
                return ruleSet.withFiles(origin, promotions, messages, warnings);
            }

            @Override
            public void readParameters(String file, String text, Map<Integer, PromotionParameters> into,
                                       List<RuleSetProblem> problems) {
                RuleSet.readParameters(file, text, into, problems);
            }

            @Override
            public void checkText(RuleSource.Written written, Messages messages, List<RuleSetProblem> problems) {
                parametersRead(written, problems);
                checkMessages(written, messages, problems);
            }
        });
    }

    private RuleSet(String origin, CompiledRules compiled, Map<Integer, KieBase> byPromotion, List<RuleSource> sources,
                    Map<Integer, PromotionParameters> promotions, Messages messages,
                    RuleSetAccess.WarningCheck warningCheck) {
        this.warningCheck = Objects.requireNonNull(warningCheck, "warningCheck");
        this.origin = origin;
        this.compiled = compiled;
        this.byPromotion = byPromotion;
        this.sources = List.copyOf(sources);
        this.promotions = Collections.unmodifiableMap(new TreeMap<>(promotions));
        this.citations = Citations.of(this.promotions);
        this.messages = messages;
        Map<String, RuleSource.Written> written = new HashMap<>();
        sources.forEach(s -> s.rules().forEach(r -> written.put(r.name(), r)));
        List<RuleSetProblem> problems = new ArrayList<>();
        List<RuleMetadata> all = new ArrayList<>();
        Map<String, RuleMetadata> keyed = new HashMap<>();
        for (CompiledRules.Declared rule : compiled.rules()) {
            if (PolicyLayout.ofPackage(rule.packageName()) != PolicyLayout.APPLICATIONS) {
                continue; // the candidates' and the selection's rules are described by their own runners
            }
            RuleSource.Written w = written.get(rule.name());
            try {
                RuleMetadata metadata = RuleMetadata.of(rule.name(), rule.packageName(), rule.metaData(), w,
                        parametersRead(w, problems), promotions.keySet());
                all.add(metadata);
                keyed.put(key(rule.packageName(), rule.name()), metadata);
                checkMessages(w, messages, problems);
                checkParametersDefined(metadata, problems);
            } catch (InvalidRuleSetException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(RuleSetProblem::file).thenComparingInt(RuleSetProblem::line));
            throw new InvalidRuleSetException(problems);
        }
        all.sort(Comparator.comparing(RuleMetadata::file).thenComparingInt(RuleMetadata::line)
                .thenComparing(RuleMetadata::rule));
        this.rules = List.copyOf(all);
        this.byKey = Map.copyOf(keyed);
        this.warnings = List.copyOf(warningCheck.find(this.sources, this.rules, this.promotions));
    }

    /** The built-in rule set: the rules compiled at build time and the bundled parameter files, read once. */
    public static RuleSet builtIn() {
        return BuiltIn.INSTANCE;
    }

    // Read once: the facade, a folder's loader and the candidates' and selection runners all start from it.
    private static final class BuiltIn {
        static final RuleSet INSTANCE = readBuiltIn();
    }

    private static RuleSet readBuiltIn() {
        ClassLoader loader = RuleSet.class.getClassLoader();
        List<RuleSource> sources = new ArrayList<>();
        for (String name : ClasspathFolder.list(loader, BUILT_IN_RULES, ".drl")) {
            sources.add(new RuleSource(name.substring(BUILT_IN_RULES.length()), ClasspathFolder.read(loader, name)));
        }
        Map<Integer, PromotionParameters> promotions = new TreeMap<>();
        List<RuleSetProblem> problems = new ArrayList<>();
        for (String name : ClasspathFolder.list(loader, BUILT_IN_PROMOTIONS, ".yaml")) {
            String file = name.substring(BUILT_IN_PROMOTIONS.length());
            readParameters(file, ClasspathFolder.read(loader, name), promotions, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        return new RuleSet(BUILT_IN_ORIGIN, CompiledRules.of(CompiledRuleBase.models()),
                new java.util.concurrent.ConcurrentHashMap<>(), sources, promotions, Messages.builtIn(),
                RuleSetAccess.WarningCheck.NONE);
    }

    // A rule folder without rule files keeps the rules it starts from (eig-authoring, through the bridge).
    private RuleSet withFiles(String origin, Map<Integer, PromotionParameters> promotions, Messages messages,
                              RuleSetAccess.WarningCheck warnings) {
        return new RuleSet(origin, compiled, byPromotion, sources, promotions, messages, warnings);
    }

    private static void readParameters(String file, String text, Map<Integer, PromotionParameters> into,
                                       List<RuleSetProblem> problems) {
        try {
            PromotionParameters parameters = ParameterFiles.read(file,
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            Matcher name = ParameterFiles.FILE_NAME.matcher(Path.of(file).getFileName().toString());
            if (name.matches() && Integer.parseInt(name.group(1)) != parameters.promotion()) {
                problems.add(RuleSetProblem.in(file, "promotion: the file is named for promotion " + name.group(1)
                        + " but says " + parameters.promotion()));
            } else if (into.putIfAbsent(parameters.promotion(), parameters) != null) {
                problems.add(RuleSetProblem.in(file, "promotion " + parameters.promotion() + " is defined twice"));
            }
        } catch (InvalidRuleSetException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(RuleSetProblem.in(file, "cannot be read: " + e.getMessage()));
        }
    }

    private static List<String> parametersRead(RuleSource.Written written, List<RuleSetProblem> problems) {
        if (written == null) {
            return List.of();
        }
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (String accessor : written.accessors()) {
            List<String> read = ParameterFiles.KEYS_BY_ACCESSOR.get(accessor);
            if (read == null) {
                problems.add(new RuleSetProblem(written.file(), written.line(), 0, "rule \"" + written.name()
                        + "\" reads " + accessor + ", which is not a promotion parameter (known: "
                        + String.join(", ", ParameterFiles.KEYS_BY_ACCESSOR.keySet()) + ")"));
            } else {
                keys.addAll(read);
            }
        }
        return List.copyOf(keys);
    }

    private static void checkMessages(RuleSource.Written written, Messages messages, List<RuleSetProblem> problems) {
        if (written == null) {
            return;
        }
        for (String key : written.messageKeys()) {
            for (Language language : Language.values()) {
                if (!messages.keys(language).contains(key)) {
                    problems.add(new RuleSetProblem(written.file(), written.line(), 0, "rule \"" + written.name()
                            + "\" names message " + key + ", which " + Messages.FILES.get(language) + " does not define"));
                }
            }
        }
    }

    private void checkParametersDefined(RuleMetadata rule, List<RuleSetProblem> problems) {
        for (int promotion : rule.promotions()) {
            PromotionParameters parameters = promotions.get(promotion);
            if (parameters == null) {
                continue;
            }
            for (String key : rule.parameters()) {
                if (!parameters.parameters().containsKey(key)) {
                    problems.add(new RuleSetProblem(rule.file(), rule.line(), 0, "rule \"" + rule.rule()
                            + "\" applies to promotion " + promotion + " and reads " + key
                            + ", which promotion " + promotion + "'s parameter file does not define"));
                }
            }
        }
    }

    static String key(String packageName, String name) {
        return packageName + "/" + name;
    }

    /**
     * The same rules and messages with some promotions' parameters replaced or added.
     *
     * @throws InvalidRuleSetException when a rule reads a value a new parameter file leaves out
     */
    public RuleSet withParameters(PromotionParameters... replacements) {
        Map<Integer, PromotionParameters> changed = new TreeMap<>(promotions);
        for (PromotionParameters parameters : replacements) {
            changed.put(parameters.promotion(), parameters);
        }
        return new RuleSet(origin, compiled, byPromotion, sources, changed, messages, warningCheck);
    }

    /** Where the rule set comes from: "built-in rules" or the folder's path. */
    public String origin() {
        return origin;
    }

    RuleMetadata metadata(Rule rule) {
        return byKey.get(key(rule.getPackageName(), rule.getName()));
    }

    /** The rule base of the rules that apply to one promotion, built the first time it is asked for. */
    private KieBase ruleBase(int promotion) {
        // Every compiled rule has its metadata: the constructor refuses a rule set where one has not.
        return byPromotion.computeIfAbsent(promotion, p -> compiled.ruleBase(rule -> {
            RuleMetadata metadata = byKey.get(key(rule.packageName(), rule.name()));
            return metadata != null && metadata.appliesTo(p);
        }));
    }

    /** The rule files, as written. */
    public List<RuleSource> sources() {
        return sources;
    }

    /** The text of the rule files of one decision, joined; empty when there are none. */
    public String textOf(PolicyLayout decision) {
        StringBuilder text = new StringBuilder();
        for (RuleSource source : sources) {
            if (PolicyLayout.of(source.text()) == decision) {
                text.append(text.length() == 0 ? "" : "\n").append(source.text());
            }
        }
        return text.toString();
    }

    /** Every rule with its metadata, in file and line order. */
    public List<RuleMetadata> rules() {
        return rules;
    }

    /** Every promotion that has a parameter file, by number. */
    public Map<Integer, PromotionParameters> parameters() {
        return promotions;
    }

    /** The promotions that can be evaluated: a parameter file and at least one rule that applies. */
    public SortedSet<Integer> evaluablePromotions() {
        SortedSet<Integer> result = new TreeSet<>();
        for (int promotion : promotions.keySet()) {
            if (rules.stream().anyMatch(r -> r.appliesTo(promotion))) {
                result.add(promotion);
            }
        }
        return result;
    }

    /**
     * What loading found questionable without refusing the rules: today, a number a rule writes
     * that is the value of a promotion parameter (it belongs in the parameter file), with file and
     * line. Empty for the built-in rules.
     */
    public List<RuleSetProblem> warnings() {
        return warnings;
    }

    /** What each promotion's decisions cite of a rule's source, from the documents its parameter file names. */
    public Citations citations() {
        return citations;
    }

    /** The messages, with the folder's additions. */
    public Messages messages() {
        return messages;
    }

    /**
     * Writes every built-in rule file, messages file and parameter file into a folder, as a
     * starting point for a rule author: {@code rules/*.drl} and {@code rules/messages_*.properties}
     * (défi applications), {@code rules/candidates/*.drl} (calls for candidates),
     * {@code rules/selection/*.drl} (the selection) and {@code promotions/p*.yaml}. Nothing is
     * overwritten: a folder that already holds one of them is refused.
     *
     * @return the files written, relative to the folder
     */
    public static List<String> copyBuiltInFiles(Path folder) throws IOException {
        ClassLoader loader = RuleSet.class.getClassLoader();
        // A rule folder's own layout: resource folder → folder in the rule folder.
        Map<String, String> layout = new java.util.LinkedHashMap<>();
        for (PolicyLayout decision : PolicyLayout.values()) {
            layout.put(decision.resource(), decision.folder());
        }
        layout.put(BUILT_IN_PROMOTIONS, PolicyLayout.PARAMETERS_FOLDER);
        Map<String, String> targets = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> place : layout.entrySet()) {
            List<String> resources = new ArrayList<>(ClasspathFolder.list(loader, place.getKey(), ".drl"));
            if (place.getKey().equals(BUILT_IN_RULES)) {
                resources.addAll(ClasspathFolder.list(loader, BUILT_IN_RULES, ".properties"));
            }
            if (place.getKey().equals(BUILT_IN_PROMOTIONS)) {
                resources.addAll(ClasspathFolder.list(loader, BUILT_IN_PROMOTIONS, ".yaml"));
            }
            resources.forEach(r -> targets.put(r, place.getValue() + r.substring(place.getKey().length())));
        }
        for (String relative : targets.values()) {
            if (Files.exists(folder.resolve(relative))) {
                throw new IOException(folder.resolve(relative) + " already exists; choose an empty folder");
            }
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> copy : targets.entrySet()) {
            Path target = folder.resolve(copy.getValue());
            Files.createDirectories(target.getParent());
            Files.writeString(target, ClasspathFolder.read(loader, copy.getKey()), StandardCharsets.UTF_8);
            written.add(copy.getValue());
        }
        return written;
    }

    /** Lists resources below a classpath folder, from a directory or a jar. */
    static final class ClasspathFolder {
        private ClasspathFolder() {
        }

        static List<String> list(ClassLoader loader, String folder, String suffix) {
            URL url = loader.getResource(folder);
            if (url == null) {
                throw new IllegalStateException(folder + " is not on the classpath");
            }
            try {
                if (url.openConnection() instanceof java.net.JarURLConnection connection) {
                    // The jar's own entries, read from the central directory the class loader has
                    // already read: a zip file system of a fat jar took a third of the start.
                    connection.setUseCaches(false);
                    try (java.util.jar.JarFile jar = connection.getJarFile()) {
                        return jar.stream().map(java.util.zip.ZipEntry::getName)
                                .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0
                                        && n.endsWith(suffix))
                                .sorted().toList();
                    }
                }
                return names(Path.of(url.toURI()), folder, suffix);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(folder + ": unexpected location " + url, e);
            }
        }

        private static List<String> names(Path dir, String folder, String suffix) throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted()
                        .map(n -> folder + n).toList();
            }
        }

        static String read(ClassLoader loader, String name) {
            try (InputStream in = Objects.requireNonNull(loader.getResourceAsStream(name), name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
