package org.eigrules.record;

import org.eigrules.EigRules;
import org.eigrules.ruleset.Messages;
import org.eigrules.ruleset.PolicyLayout;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Computes fingerprints. Each file is named by its path in a rule folder's layout (the one
 * {@code eig init} writes): {@code rules/…} for the défi rules and their messages,
 * {@code rules/candidates/…} and {@code rules/selection/…} for the candidates' and the selection's
 * rules and their messages, {@code fields.yaml} for the field table,
 * {@code promotions/pN.yaml} for the parameters. Each file's text, in UTF-8 with every line ending
 * written {@code \n}, has its own SHA-256; the fingerprint is the SHA-256 of the scheme's tag, the
 * number of files, and for every file in path order its path's length, its path and its own
 * SHA-256 (see {@link #of(Map)}).
 */
public final class Fingerprints {

    /** Built-in resources: classpath folder, the path it takes in a rule folder, the file endings taken. */
    private record Root(String resource, String path, List<String> endings) {
    }

    private static final List<Root> BUILT_IN = List.of(
            // The défi rules' folder holds the selection's too (rules/selection/), sub-folders included.
            new Root(PolicyLayout.APPLICATIONS.resource(), PolicyLayout.APPLICATIONS.folder(), List.of(".drl", ".properties")),
            new Root(PolicyLayout.CANDIDACIES.resource(), PolicyLayout.CANDIDACIES.folder(), List.of(".drl", ".properties")),
            new Root(PolicyLayout.PARAMETERS_RESOURCE, PolicyLayout.PARAMETERS_FOLDER, List.of(".yaml", ".yml")));

    /** The built-in défi rules a folder's défi rule files replace: those directly under rules/. */
    private static final java.util.regex.Pattern REPLACED_RULES = java.util.regex.Pattern.compile("rules/[^/]+\\.drl");
    /** The built-in rules of each other decision, which a folder's rule files of that package replace. */
    private static final Map<PolicyLayout, java.util.regex.Pattern> REPLACED_BY_DECISION = Map.of(
            PolicyLayout.APPLICATIONS, REPLACED_RULES,
            PolicyLayout.CANDIDACIES, java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(PolicyLayout.CANDIDACIES.folder()) + ".+\\.drl"),
            PolicyLayout.SELECTION, java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(PolicyLayout.SELECTION.folder()) + ".+\\.drl"));

    private static final Map<RuleSet, Fingerprint> COMPUTED = new WeakHashMap<>();
    private static volatile Map<String, String> builtInFiles;

    private Fingerprints() {
    }

    /** The fingerprint of the built-in rules, from the resources of eig-policy's jar. */
    public static Fingerprint builtIn() {
        return of(builtInTexts());
    }

    /**
     * The fingerprint of the rule set a folder gives when loaded with {@code --rules}: its files,
     * with the built-in ones it does not replace (its rule files replace the built-in défi rules;
     * a parameter file replaces its promotion's; a messages file is read after the built-in one
     * of its language, so its text follows that one's, unless the two are the same). A copy made by
     * {@code eig init} has the built-in rules' fingerprint.
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static Fingerprint ofFolder(Path folder) {
        Map<String, String> texts = new TreeMap<>(builtInTexts());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> rules = new TreeMap<>();
        try {
            for (Path file : files) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString();
                Matcher parameters = ParameterFiles.FILE_NAME.matcher(name);
                if (name.endsWith(".drl")) {
                    rules.put(relative, read(file));
                } else if (parameters.matches()) {
                    String promotion = parameters.group(1);
                    texts.keySet().removeIf(p -> p.matches("promotions/p" + promotion + "\\.ya?ml"));
                    texts.put("promotions/" + name, read(file));
                } else if (Messages.FILES.containsValue(name)) {
                    String path = "rules/" + name;
                    String own = normalised(read(file));
                    String before = texts.get(path);
                    if (before == null || !normalised(before).equals(own)) {
                        texts.put(path, before == null ? own : normalised(before) + "\n" + own);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A folder's rule files replace the built-in ones of the decision their package declares.
        for (String text : rules.values()) {
            java.util.regex.Pattern replaced = REPLACED_BY_DECISION.get(PolicyLayout.of(text));
            texts.keySet().removeIf(p -> replaced.matcher(p).matches());
        }
        texts.putAll(rules);
        return of(texts);
    }

    /**
     * The fingerprint of the rule set in force in {@code rules}: the built-in rules' or the
     * folder's it was loaded from; a promotion's parameters or rule files replaced in code
     * ({@link RuleSet#withParameters}) count as files of their own, written from their values (for
     * the built-in rules; a folder's rule set is fingerprinted from its files). Computed once per
     * rule set, when first asked: a folder's files are read then, so ask right after loading it.
     */
    public static Fingerprint of(EigRules rules) {
        RuleSet ruleSet = rules.ruleSet();
        synchronized (COMPUTED) {
            Fingerprint known = COMPUTED.get(ruleSet);
            if (known != null) {
                return known;
            }
        }
        Fingerprint computed = compute(ruleSet);
        synchronized (COMPUTED) {
            COMPUTED.put(ruleSet, computed);
        }
        return computed;
    }

    private static Fingerprint compute(RuleSet ruleSet) {
        RuleSet builtIn = EigRules.builtIn().ruleSet();
        if (!ruleSet.origin().equals(builtIn.origin())) {
            return ofFolder(Path.of(ruleSet.origin()));
        }
        Map<String, String> texts = new TreeMap<>(builtInTexts());
        if (!ruleSet.sources().equals(builtIn.sources())) {
            texts.keySet().removeIf(p -> REPLACED_RULES.matcher(p).matches());
            ruleSet.sources().forEach(source -> texts.put("rules/" + source.file(), source.text()));
        }
        ruleSet.parameters().forEach((number, parameters) -> {
            if (!parameters.equals(builtIn.parameters().get(number))) {
                texts.keySet().removeIf(p -> p.matches("promotions/p" + number + "\\.ya?ml"));
                texts.put("promotions/p" + number + ".yaml", written(parameters));
            }
        });
        return of(texts);
    }

    /** Parameters given in code, as a parameter file would hold them. */
    private static String written(PromotionParameters parameters) {
        StringBuilder text = new StringBuilder("promotion: " + parameters.promotion() + "\ntitle: "
                + parameters.title() + "\nparameters:\n");
        for (Parameter p : parameters.parameters().values()) {
            // The French texts count only where they differ, so a one-language parameter digests as before.
            text.append("  ").append(p.key()).append(":\n    label: ").append(p.label())
                    .append(p.labelFr().equals(p.label()) ? "" : "\n    label.fr: " + p.labelFr()).append("\n    value: ")
                    .append(p.value()).append("\n    source: ").append(p.source())
                    .append(p.sourceFr().equals(p.source()) ? "" : "\n    source.fr: " + p.sourceFr()).append('\n');
        }
        return text.toString();
    }

    /**
     * The digest over texts by path, by {@link Fingerprint#SCHEME scheme 2}: each text is digested
     * on its own, then the whole digest reads a tag naming the scheme, the number of files, and for
     * each file in path order the length of its path, its path and its own digest. Every part has
     * a known length, so no two different sets of files read as the same bytes (the first scheme
     * wrote each path and text between NUL bytes: a text holding a NUL and a path could pass for
     * two files).
     */
    static Fingerprint of(Map<String, String> texts) {
        MessageDigest whole = sha256();
        whole.update(SCHEME_TAG);
        whole.update(java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(texts.size()).array());
        Map<String, String> files = new LinkedHashMap<>();
        new TreeMap<>(texts).forEach((path, text) -> {
            byte[] name = path.getBytes(StandardCharsets.UTF_8);
            byte[] own = sha256().digest(normalised(text).getBytes(StandardCharsets.UTF_8));
            whole.update(java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
            whole.update(name);
            whole.update(own);
            files.put(path, HexFormat.of().formatHex(own));
        });
        return new Fingerprint(HexFormat.of().formatHex(whole.digest()), files);
    }

    /** What the whole digest starts with: the scheme, so that no other use of SHA-256 reads the same. */
    private static final byte[] SCHEME_TAG = ("eig-rules fingerprint " + Fingerprint.SCHEME + "\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** Every line ending as {@code \n}: a checkout on Windows gives the same fingerprint. */
    static String normalised(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance(Fingerprint.ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The built-in files' texts by path, read once from the classpath (a folder or the jar). */
    private static Map<String, String> builtInTexts() {
        Map<String, String> texts = builtInFiles;
        if (texts == null) {
            Map<String, String> read = new TreeMap<>();
            ClassLoader loader = Fingerprints.class.getClassLoader();
            for (Root root : BUILT_IN) {
                for (String resource : list(loader, root)) {
                    read.put(root.path() + resource.substring(root.resource().length()), resource(loader, resource));
                }
            }
            // The field table: which fields each clause needs decides whether a file is complete.
            read.put("fields.yaml", resource(loader, org.eigrules.ruleset.FieldTable.BUILT_IN));
            texts = java.util.Collections.unmodifiableMap(read);
            builtInFiles = texts;
        }
        return texts;
    }

    /**
     * The resources below a root, sub-folders included, with one of its endings: from every
     * classpath location that has the folder (a test run puts test classes of the same packages
     * first), each name once.
     */
    private static List<String> list(ClassLoader loader, Root root) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        try {
            for (URL url : java.util.Collections.list(loader.getResources(root.resource()))) {
                if (url.openConnection() instanceof java.net.JarURLConnection connection) {
                    // The jar's entries through its connection, which also opens a jar nested in
                    // another (a Spring Boot executable jar), where a path to the jar is no file.
                    connection.setUseCaches(false);
                    try (java.util.jar.JarFile jar = connection.getJarFile()) {
                        jar.stream().filter(entry -> !entry.isDirectory()).map(java.util.zip.ZipEntry::getName)
                                .filter(n -> n.startsWith(root.resource()))
                                .filter(n -> root.endings().stream().anyMatch(n::endsWith))
                                .forEach(names::add);
                    }
                } else {
                    names.addAll(names(Path.of(url.toURI()), root));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(root.resource() + ": unexpected location", e);
        }
        if (names.isEmpty()) {
            throw new IllegalStateException(root.resource() + " holds no rule, parameter or message file on the classpath");
        }
        return List.copyOf(names);
    }

    private static List<String> names(Path dir, Root root) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> root.endings().stream().anyMatch(n::endsWith))
                    .sorted().map(n -> root.resource() + n).toList();
        }
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = Objects.requireNonNull(loader.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
