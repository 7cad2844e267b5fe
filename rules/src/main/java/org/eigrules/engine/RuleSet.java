package org.eigrules.engine;

import org.drools.model.codegen.ExecutableModelProject;
import org.eigrules.decision.Language;
import org.eigrules.parameters.ParameterFiles;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.reading.ReadingLimits;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
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
import java.util.concurrent.atomic.AtomicLong;
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

    static final String BUILT_IN_RULES = "org/eigrules/rules/";
    /** Under the library's own package path, where no other jar's files can collide with them. */
    static final String BUILT_IN_PROMOTIONS = "org/eigrules/promotions/";
    static final String BUILT_IN_ORIGIN = "built-in rules";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final String origin;
    private final KieBase kieBase;
    private final List<RuleSource> sources;
    private final Map<Integer, PromotionParameters> promotions;
    private final Messages messages;
    private final List<RuleMetadata> rules;
    private final Map<String, RuleMetadata> byKey;
    // Looked up for every activation: by the rule object itself, without building a key.
    private final Map<Rule, RuleMetadata> byRule;
    private final List<RuleSetProblem> warnings;

    private RuleSet(String origin, KieBase kieBase, List<RuleSource> sources, Map<Integer, PromotionParameters> promotions,
                    Messages messages) {
        this.origin = origin;
        this.kieBase = kieBase;
        this.sources = List.copyOf(sources);
        this.promotions = Collections.unmodifiableMap(new TreeMap<>(promotions));
        this.messages = messages;
        Map<String, RuleSource.Written> written = new HashMap<>();
        sources.forEach(s -> s.rules().forEach(r -> written.put(r.name(), r)));
        List<RuleSetProblem> problems = new ArrayList<>();
        List<RuleMetadata> all = new ArrayList<>();
        Map<String, RuleMetadata> keyed = new HashMap<>();
        Map<Rule, RuleMetadata> identity = new java.util.IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleSource.Written w = written.get(rule.getName());
                try {
                    RuleMetadata metadata = RuleMetadata.of(rule, w, parametersRead(w, problems));
                    all.add(metadata);
                    keyed.put(key(rule), metadata);
                    identity.put(rule, metadata);
                    checkMessages(w, messages, problems);
                    checkParametersDefined(metadata, problems);
                } catch (InvalidRuleSetException e) {
                    problems.addAll(e.problems());
                }
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
        this.byRule = identity;
        this.warnings = PolicyLiterals.find(this.sources, this.rules, this.promotions);
    }

    /** The built-in rule set: the rules compiled at build time and the bundled parameter files. */
    public static RuleSet builtIn() {
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
        return new RuleSet(BUILT_IN_ORIGIN, CompiledRuleBase.load(), sources, promotions, Messages.builtIn());
    }

    /**
     * A rule author's folder: its {@code .drl} files (in any sub-folder) replace the built-in rules
     * when there is at least one, and are compiled now; its parameter files ({@code p3.yaml},
     * {@code p4.yaml}… anywhere in it) replace or add to the built-in ones; its
     * {@code messages_fr.properties} and {@code messages_en.properties} add or replace messages.
     *
     * @throws InvalidRuleSetException listing every problem with its file, line and column
     */
    public static RuleSet fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidRuleSetException(List.of(RuleSetProblem.in(folder.toString(), "not a folder")));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InvalidRuleSetException(List.of(RuleSetProblem.in(folder.toString(), "cannot be read: " + e.getMessage())));
        }
        List<RuleSetProblem> problems = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        RuleSet base = builtIn();
        Map<Integer, PromotionParameters> promotions = new TreeMap<>(base.promotions);
        Map<Integer, PromotionParameters> overrides = new TreeMap<>();
        Messages messages = base.messages;
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            String name = file.getFileName().toString();
            try {
                if (Files.size(file) > ReadingLimits.MAX_DOCUMENT_BYTES && (name.endsWith(".drl")
                        || ParameterFiles.FILE_NAME.matcher(name).matches() || Messages.FILES.containsValue(name))) {
                    problems.add(RuleSetProblem.in(relative, "larger than the limit of " + ReadingLimits.MAX_DOCUMENT_BYTES
                            + " bytes"));
                    continue;
                }
                if (name.endsWith(".drl")) {
                    RuleSource source = new RuleSource(relative, Files.readString(file, StandardCharsets.UTF_8));
                    problems.addAll(UnsafeCodeCheck.check(source)); // a rule folder is code: refuse what reaches outside
                    sources.add(source);
                } else if (ParameterFiles.FILE_NAME.matcher(name).matches()) {
                    readParameters(relative, Files.readString(file, StandardCharsets.UTF_8), overrides, problems);
                } else {
                    for (Map.Entry<Language, String> messagesFile : Messages.FILES.entrySet()) {
                        if (name.equals(messagesFile.getValue())) {
                            try (InputStream in = Files.newInputStream(file)) {
                                messages = messages.with(messagesFile.getKey(), Messages.read(in));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                problems.add(RuleSetProblem.in(relative, "cannot be read: " + e.getMessage()));
            }
        }
        promotions.putAll(overrides);
        KieBase kieBase = base.kieBase;
        if (sources.isEmpty()) {
            sources = base.sources;
        } else {
            // Compiled even when a parameter or messages file has problems, so that every problem
            // comes at once; a rule that reaches outside is left out of the compilation (blanked),
            // and so is a whole file whose forbidden code is outside its rules.
            List<RuleSource> compiled = withoutUnsafeCode(sources);
            List<RuleSetProblem> compileProblems = new ArrayList<>();
            kieBase = compiled.isEmpty() ? null : compile(compiled, compileProblems);
            problems.addAll(compileProblems);
            if (kieBase == null) {
                problems.addAll(textChecks(compiled, messages));
            } else if (!problems.isEmpty()) {
                try {
                    new RuleSet(folder.toString(), kieBase, compiled, promotions, messages);
                } catch (InvalidRuleSetException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(sorted(problems));
        }
        return new RuleSet(folder.toString(), kieBase, sources, promotions, messages);
    }

    /** The rule files as they may be compiled: rules with forbidden code blanked, files with it elsewhere left out. */
    private static List<RuleSource> withoutUnsafeCode(List<RuleSource> sources) {
        List<RuleSource> safe = new ArrayList<>();
        for (RuleSource source : sources) {
            String text = source.text();
            for (RuleSetProblem problem : UnsafeCodeCheck.check(source)) {
                String rule = CompileProblems.ruleAt(source, problem.line());
                String without = rule == null ? null : CompileProblems.withoutRule(text, rule);
                text = without == null ? text : without;
            }
            RuleSource blanked = new RuleSource(source.file(), text);
            if (UnsafeCodeCheck.check(blanked).isEmpty()) { // checked again: what is left is never compiled unchecked
                safe.add(blanked);
            }
        }
        return safe;
    }

    /** What can be checked of rules from their text alone, when they did not compile. */
    private static List<RuleSetProblem> textChecks(List<RuleSource> sources, Messages messages) {
        List<RuleSetProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            for (RuleSource.Written written : source.rules()) {
                parametersRead(written, problems);
                checkMessages(written, messages, problems);
            }
        }
        return problems;
    }

    private static List<RuleSetProblem> sorted(List<RuleSetProblem> problems) {
        List<RuleSetProblem> unique = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        // "Parser returned a null Package" only repeats that a file did not parse: its causes are listed.
        unique.removeIf(p -> p.message().contains("Parser returned a null Package")
                && unique.stream().anyMatch(o -> o != p && o.file().equals(p.file())));
        unique.sort(Comparator.comparing(RuleSetProblem::file).thenComparing(p -> p.line() == 0)
                .thenComparingInt(RuleSetProblem::line)
                .thenComparingInt(RuleSetProblem::column));
        return unique;
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

    private static final java.util.regex.Pattern DECLARED_PACKAGE =
            java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /**
     * How many times a folder whose rules do not compile is compiled again, each time without the
     * rules that failed: Drools' executable model reports only the first bad condition of each
     * file, so the next one is found by compiling the file without it.
     */
    static final int MAX_COMPILE_ROUNDS = 5;

    /** Compiles rule files to the executable model, now; null, with every problem found, when they do not compile. */
    private static KieBase compile(List<RuleSource> sources, List<RuleSetProblem> problems) {
        List<RuleSource> current = new ArrayList<>(sources);
        for (int round = 1; round <= MAX_COMPILE_ROUNDS; round++) {
            List<RuleSetProblem> found = new ArrayList<>();
            KieBase kieBase = compileOnce(current, found, round == 1);
            if (kieBase != null) {
                return kieBase;
            }
            boolean progress = false;
            for (RuleSetProblem problem : found) {
                progress |= !problems.contains(problem);
                problems.add(problem);
            }
            // The next round leaves out every rule that failed in this one.
            boolean blanked = false;
            for (int i = 0; i < current.size(); i++) {
                RuleSource source = current.get(i);
                String text = source.text();
                for (RuleSetProblem problem : found) {
                    if (problem.file().equals(source.file())) {
                        for (String rule : CompileProblems.rulesNamed(List.of(problem))) {
                            String without = CompileProblems.withoutRule(text, rule);
                            if (without != null) {
                                text = without;
                                blanked = true;
                            }
                        }
                    }
                }
                current.set(i, new RuleSource(source.file(), text));
            }
            if (!progress || !blanked) {
                break;
            }
        }
        return null;
    }

    private static KieBase compileOnce(List<RuleSource> sources, List<RuleSetProblem> problems, boolean keep) {
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("org.eigrules.folder", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        // Each file goes in the folder of the package it declares, so Drools has no package/folder
        // mismatch to warn about; problems are reported under the author's own path.
        Map<String, RuleSource> authorFiles = new HashMap<>();
        for (RuleSource source : sources) {
            Matcher declared = DECLARED_PACKAGE.matcher(source.text());
            String folder = declared.find() ? declared.group(1).replace('.', '/') + "/" : "";
            String resource = folder + authorFiles.size() + "-" + source.file().substring(source.file().lastIndexOf('/') + 1);
            authorFiles.put(resource, source);
            files.write("src/main/resources/" + resource, source.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String resource = message.getPath() == null ? null : message.getPath().replaceFirst("^src/main/resources/", "");
            RuleSource source = resource == null ? null : authorFiles.get(resource);
            RuleSetProblem problem = source != null
                    ? CompileProblems.translate(message.getText(), message.getLine(), message.getColumn(), source)
                    : CompileProblems.translateGenerated(message.getText(), sources); // a consequence, as Java
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty() || !keep) {
            services.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return kieBase;
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

    static String key(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
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
        return new RuleSet(origin, kieBase, sources, changed, messages);
    }

    /** Where the rule set comes from: "built-in rules" or the folder's path. */
    public String origin() {
        return origin;
    }

    KieBase kieBase() {
        return kieBase;
    }

    RuleMetadata metadata(Rule rule) {
        RuleMetadata metadata = byRule.get(rule);
        return metadata != null ? metadata : byKey.get(key(rule));
    }

    /** The rule files, as written. */
    public List<RuleSource> sources() {
        return sources;
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

    /** The messages, with the folder's additions. */
    public Messages messages() {
        return messages;
    }

    /**
     * Writes the built-in rule files, messages and parameter files into a folder, as a starting
     * point for a rule author: {@code rules/*.drl}, {@code rules/messages_*.properties} and
     * {@code promotions/p*.yaml}. Existing files are not overwritten.
     *
     * @return the files written, relative to the folder
     */
    public static List<String> copyBuiltInFiles(Path folder) throws IOException {
        ClassLoader loader = RuleSet.class.getClassLoader();
        List<String> written = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        resources.addAll(ClasspathFolder.list(loader, BUILT_IN_RULES, ".drl"));
        resources.addAll(ClasspathFolder.list(loader, BUILT_IN_RULES, ".properties"));
        resources.addAll(ClasspathFolder.list(loader, BUILT_IN_PROMOTIONS, ".yaml"));
        for (String resource : resources) {
            // A rule folder's own layout: rules/*.drl and promotions/pN.yaml.
            String relative = resource.startsWith(BUILT_IN_RULES)
                    ? "rules/" + resource.substring(BUILT_IN_RULES.length())
                    : "promotions/" + resource.substring(BUILT_IN_PROMOTIONS.length());
            Path target = folder.resolve(relative);
            if (Files.exists(target)) {
                throw new IOException(target + " already exists; choose an empty folder");
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, ClasspathFolder.read(loader, resource), StandardCharsets.UTF_8);
            written.add(relative);
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
                if ("jar".equals(url.getProtocol())) {
                    String jar = url.getPath().substring("file:".length(), url.getPath().indexOf("!/"));
                    try (FileSystem fs = FileSystems.newFileSystem(Path.of(java.net.URLDecoder.decode(jar,
                            StandardCharsets.UTF_8)), (ClassLoader) null)) {
                        return names(fs.getPath("/" + folder), folder, suffix);
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
