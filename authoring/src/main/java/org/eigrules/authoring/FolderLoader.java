package org.eigrules.authoring;

import org.drools.model.codegen.ExecutableModelProject;
import org.eigrules.decision.Language;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.ruleset.Messages;
import org.eigrules.ruleset.PolicyLayout;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.RuleSetProblem;
import org.eigrules.ruleset.RuleSource;
import org.eigrules.ruleset.ParameterFiles;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.reading.ReadingLimits;
import org.drools.compiler.kie.builder.impl.BuildContext;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.drools.compiler.kie.builder.impl.KieProject;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.eigrules.ruleset.RuleSetAccess;
import org.eigrules.ruleset.CompiledRules;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.time.Duration;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Loads a rule author's folder: reads its rule, parameter and messages files, refuses what a rule
 * may not do, compiles the rules to the executable model with Drools' DRL compiler, and checks the
 * result as the built-in rules are checked — every problem at once, with its file and line.
 */
final class FolderLoader {

    private static final AtomicLong BUILDS = new AtomicLong();

    private FolderLoader() {
    }

    /**
     * How long building a checked folder may take: past it, the build is abandoned (left on a
     * daemon thread) and loading fails. A folder compiles in a few seconds.
     */
    static final Duration BUILD_TIME_LIMIT = Duration.ofMinutes(2);

    static RuleSet load(Path folder) {
        return load(folder, BUILD_TIME_LIMIT);
    }

    /**
     * Reads a folder, checks every rule file against the allow-list, and only when nothing is
     * refused compiles it, within {@code buildLimit}.
     */
    static RuleSet load(Path folder, Duration buildLimit) {
        Read read = read(folder);
        List<RuleSetProblem> problems = new ArrayList<>(read.problems());
        RuleSet unbuilt = withoutRules(folder, read, problems);
        return unbuilt != null ? unbuilt : withinLimit(folder, buildLimit, () -> build(folder, read, problems));
    }

    /**
     * A folder's rule set for review ({@code eig docs}, {@code eig diff}): its rules' names and
     * metadata as the parser reads them, its parameters and messages, checked as {@link #load}
     * checks them but never compiled, so nothing of the folder runs. It cannot evaluate.
     */
    static RuleSet review(Path folder) {
        Read read = read(folder);
        List<RuleSetProblem> problems = new ArrayList<>(read.problems());
        RuleSet unbuilt = withoutRules(folder, read, problems);
        if (unbuilt != null) {
            return unbuilt;
        }
        List<CompiledRules.Declared> declared = new ArrayList<>();
        for (RuleFileCheck.ParsedRule rule : read.parsed()) {
            declared.add(new CompiledRules.Declared(rule.packageName(), rule.name(), rule.metaData()));
        }
        List<RuleSetProblem> textProblems = textChecks(read.sources(), read.messages());
        if (!problems.isEmpty() || !textProblems.isEmpty()) {
            problems.addAll(textProblems);
            throw new InvalidRuleSetException(sorted(problems));
        }
        return RuleSetAccess.get().compiled(folder.toString(), CompiledRules.declaredOnly(declared), read.sources(),
                read.promotions(), read.messages(), PolicyLiterals::find);
    }

    /**
     * The rule set of a folder without rule files (the built-in rules with its parameters and
     * messages); null when it has rule files, all checked. A refused rule file, or any problem of
     * a folder without rule files, is thrown: nothing of a folder is compiled before its every
     * rule file passes the check.
     */
    private static RuleSet withoutRules(Path folder, Read read, List<RuleSetProblem> problems) {
        if (read.sources().isEmpty() && problems.isEmpty()) {
            return RuleSetAccess.get().withFiles(RuleSet.builtIn(), folder.toString(), read.promotions(), read.messages(),
                    PolicyLiterals::find);
        }
        if (read.sources().isEmpty() || read.refused()) {
            throw new InvalidRuleSetException(sorted(problems));
        }
        return null;
    }

    /** A folder's files as read and checked, nothing compiled. */
    private record Read(List<RuleSource> sources, List<RuleFileCheck.ParsedRule> parsed,
                        Map<Integer, PromotionParameters> promotions, Messages messages, List<RuleSetProblem> problems,
                        boolean refused) {
    }

    private static Read read(Path folder) {
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
        List<RuleFileCheck.ParsedRule> parsed = new ArrayList<>();
        boolean refused = false;
        RuleSet base = RuleSet.builtIn();
        Map<Integer, PromotionParameters> promotions = new TreeMap<>(base.parameters());
        Map<Integer, PromotionParameters> overrides = new TreeMap<>();
        Messages messages = base.messages();
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            String name = file.getFileName().toString();
            try {
                if (Files.size(file) > ReadingLimits.MAX_DOCUMENT_BYTES && (name.endsWith(".drl")
                        || ParameterFiles.FILE_NAME.matcher(name).matches() || Messages.FILES.containsValue(name))) {
                    problems.add(RuleSetProblem.in(relative, "larger than the limit of " + ReadingLimits.MAX_DOCUMENT_BYTES
                            + " bytes"));
                    refused |= name.endsWith(".drl");
                    continue;
                }
                if (name.endsWith(".drl")) {
                    RuleSource source = new RuleSource(relative, Files.readString(file, StandardCharsets.UTF_8));
                    // A rule folder is untrusted: each file is checked against the allow-list, parsed only.
                    RuleFileCheck.Result checked = RuleFileCheck.check(source);
                    problems.addAll(checked.problems());
                    refused |= !checked.problems().isEmpty();
                    problems.addAll(unknownMessages(source));
                    problems.addAll(metadataProblems(source, checked.rules()));
                    parsed.addAll(checked.rules());
                    sources.add(source);
                } else if (ParameterFiles.FILE_NAME.matcher(name).matches()) {
                    RuleSetAccess.get().readParameters(relative, Files.readString(file, StandardCharsets.UTF_8), overrides, problems);
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
                refused |= name.endsWith(".drl");
            }
        }
        promotions.putAll(overrides);
        // A folder's rule files replace the built-in rules of their own decision only: a folder with
        // candidates' or selection rule files and no défi rule file keeps the built-in défi rules.
        boolean ownDefiRules = sources.stream().anyMatch(source -> PolicyLayout.of(source.text()) == PolicyLayout.APPLICATIONS);
        if (!sources.isEmpty() && !ownDefiRules) {
            List<RuleSource> kept = new ArrayList<>();
            for (RuleSource builtIn : base.sources()) {
                RuleSource source = new RuleSource(PolicyLayout.APPLICATIONS.folder() + builtIn.file(), builtIn.text());
                parsed.addAll(RuleFileCheck.check(source).rules());
                kept.add(source);
            }
            kept.addAll(sources);
            sources = kept;
        }
        return new Read(sources, parsed, promotions, messages, problems, refused);
    }

    /** Compiles a checked folder and builds its rule set; every problem at once. */
    private static RuleSet build(Path folder, Read read, List<RuleSetProblem> problems) {
        // Compiled even when a parameter or messages file has problems, so that every problem comes at once.
        List<RuleSetProblem> compileProblems = new ArrayList<>();
        CompiledRules kieBase = compileByDecision(read.sources(), compileProblems);
        problems.addAll(compileProblems);
        if (kieBase == null) {
            problems.addAll(textChecks(read.sources(), read.messages()));
        } else if (!problems.isEmpty()) {
            try {
                RuleSetAccess.get().compiled(folder.toString(), kieBase, read.sources(), read.promotions(), read.messages(),
                        PolicyLiterals::find);
            } catch (InvalidRuleSetException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(sorted(problems));
        }
        return RuleSetAccess.get().compiled(folder.toString(), kieBase, read.sources(), read.promotions(), read.messages(),
                PolicyLiterals::find);
    }

    private static final AtomicLong BUILDERS = new AtomicLong();

    /**
     * Runs a folder's build on a daemon thread and waits at most {@code limit}: a build past it is
     * abandoned (the thread is interrupted and left behind) and loading fails with a clear error.
     */
    private static RuleSet withinLimit(Path folder, Duration limit, java.util.function.Supplier<RuleSet> build) {
        java.util.concurrent.FutureTask<RuleSet> task = new java.util.concurrent.FutureTask<>(build::get);
        Thread thread = new Thread(task, "eig-rules-folder-build-" + BUILDERS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            task.cancel(true);
            throw new InvalidRuleSetException(List.of(RuleSetProblem.in(folder.toString(), "building the rules took longer "
                    + "than the limit of " + describe(limit) + "; the build was abandoned")));
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new InvalidRuleSetException(List.of(RuleSetProblem.in(folder.toString(), "the rules could not be built: "
                    + (e.getCause() instanceof OutOfMemoryError ? "out of memory" : "an internal error of the compiler"))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new InvalidRuleSetException(List.of(RuleSetProblem.in(folder.toString(),
                    "interrupted while the rules were being built")));
        }
    }

    private static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /** What can be checked of rules from their text alone, when they did not compile. */
    private static List<RuleSetProblem> textChecks(List<RuleSource> sources, Messages messages) {
        List<RuleSetProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            if (PolicyLayout.of(source.text()) != PolicyLayout.APPLICATIONS) {
                continue; // the candidates' and the selection's rules name their own messages
            }
            for (RuleSource.Written written : source.rules()) {
                RuleSetAccess.get().checkText(written, messages, problems);
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

    /**
     * The candidates' and selection rules' metadata problems, with file and line: those rules are
     * described by their own runners, after loading, so they are checked here, as the défi rules
     * are when the rule set is built.
     */
    private static List<RuleSetProblem> metadataProblems(RuleSource source, List<RuleFileCheck.ParsedRule> rules) {
        if (PolicyLayout.of(source.text()) == PolicyLayout.APPLICATIONS) {
            return List.of();
        }
        List<RuleSetProblem> problems = new ArrayList<>();
        for (RuleFileCheck.ParsedRule rule : rules) {
            List<String> found = org.eigrules.ruleset.RuleMetadata.problems(rule.metaData());
            if (!found.isEmpty()) {
                problems.add(new RuleSetProblem(source.file(), rule.line(), 0, "rule \"" + rule.name() + "\": "
                        + String.join("; ", found)));
            }
        }
        return problems;
    }

    /** A string a rule's consequence passes that reads as a message key: "CND-5.too-many", "remedy.…". */
    private static final java.util.regex.Pattern KEY_LITERAL =
            java.util.regex.Pattern.compile("\"((?:[A-Z]{2,3}-\\d+|remedy)\\.[A-Za-z0-9.-]+)\"");

    /**
     * The message keys a candidates' or selection rule names that their messages do not define,
     * with the rule's file and line: their messages are the built-in ones, so a key a folder makes
     * up would fail every decision that fires the rule. The défi rules' keys are checked against
     * the folder's messages when the rule set is built.
     */
    private static List<RuleSetProblem> unknownMessages(RuleSource source) {
        PolicyLayout decision = PolicyLayout.of(source.text());
        if (decision == PolicyLayout.APPLICATIONS) {
            return List.of();
        }
        boolean candidates = decision == PolicyLayout.CANDIDACIES;
        List<RuleSetProblem> problems = new ArrayList<>();
        for (RuleSource.Written rule : source.rules()) {
            String text = source.text();
            int start = text.indexOf("rule \"" + rule.name() + "\"");
            int then = start < 0 ? -1 : text.indexOf("then", start);
            int end = then < 0 ? -1 : text.indexOf("\nend", then);
            if (end < 0) {
                continue;
            }
            Matcher key = KEY_LITERAL.matcher(text.substring(then, end));
            while (key.find()) {
                for (Language language : Language.values()) {
                    java.util.Set<String> known = candidates
                            ? org.eigrules.engine.candidacy.CandidateRules.messageKeys(language)
                            : org.eigrules.engine.selection.SelectionMessages.builtIn().keys(language);
                    if (!known.contains(key.group(1))) {
                        problems.add(new RuleSetProblem(source.file(), rule.line(), 0, "rule \"" + rule.name()
                                + "\" names message " + key.group(1) + ", which the built-in "
                                + (candidates ? "candidates_" : "selection_") + language.name().toLowerCase(java.util.Locale.ROOT)
                                + ".properties does not define (a folder cannot add to these messages)"));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * How many times a folder whose rules do not compile is compiled again, each time without the
     * rules that failed: Drools' executable model reports only the first bad condition of each
     * file, so the next one is found by compiling the file without it.
     */
    static final int MAX_COMPILE_ROUNDS = 5;

    /**
     * Compiles each decision's rule files into a rule base of its own, as the built-in rules are:
     * the défi applications', the candidates' and the selection's rules each declare a global
     * {@code findings} or {@code placement} of their own. Null when any does not compile.
     */
    private static CompiledRules compileByDecision(List<RuleSource> sources, List<RuleSetProblem> problems) {
        Map<PolicyLayout, List<RuleSource>> byDecision = new java.util.EnumMap<>(PolicyLayout.class);
        for (RuleSource source : sources) {
            byDecision.computeIfAbsent(PolicyLayout.of(source.text()), k -> new ArrayList<>()).add(source);
        }
        List<CompiledRules> parts = new ArrayList<>();
        boolean failed = false;
        for (List<RuleSource> group : byDecision.values()) {
            CompiledRules part = compile(group, problems);
            failed |= part == null;
            parts.add(part);
        }
        return failed ? null : parts.size() == 1 ? parts.get(0) : CompiledRules.combined(parts);
    }

    /** Compiles rule files to the executable model, now; null, with every problem found, when they do not compile. */
    private static CompiledRules compile(List<RuleSource> sources, List<RuleSetProblem> problems) {
        List<RuleSource> current = new ArrayList<>(sources);
        for (int round = 1; round <= MAX_COMPILE_ROUNDS; round++) {
            List<RuleSetProblem> found = new ArrayList<>();
            CompiledRules kieBase = compileOnce(current, found, round == 1);
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

    private static CompiledRules compileOnce(List<RuleSource> sources, List<RuleSetProblem> problems, boolean keep) {
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("org.eigrules.folder", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        // Each file goes in the folder of the package it declares, so Drools has no package/folder
        // mismatch to warn about; problems are reported under the author's own path.
        Map<String, RuleSource> authorFiles = new HashMap<>();
        for (RuleSource source : sources) {
            String declared = PolicyLayout.declaredPackage(source.text());
            String folder = declared.isEmpty() ? "" : declared.replace('.', '/') + "/";
            // The author's file name is not handed to the compiler as written: only safe characters.
            String resource = folder + authorFiles.size() + "-" + source.file().substring(source.file().lastIndexOf('/') + 1)
                    .replaceAll("[^A-Za-z0-9._-]", "_");
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
        KieContainerImpl container = (KieContainerImpl) services.newKieContainer(releaseId);
        KieBase kieBase = quietKieBase(container);
        services.getRepository().removeKieModule(releaseId);
        // The engine evaluates each promotion on a copy holding only that promotion's rules; two
        // promotions first evaluated at once make their copies one after the other.
        return CompiledRules.of(kieBase, () -> {
            synchronized (container) {
                return quietKieBase(container);
            }
        });
    }


    /**
     * The container's default rule base, built as {@code KieContainer.getKieBase()} builds it but
     * without the two INFO lines that method logs around it ("Start/End creation of KieBase"): a
     * library logs nothing at INFO in normal use, and SLF4J gives a library no way to lower a level.
     */
    private static KieBase quietKieBase(KieContainerImpl container) {
        KieProject project = container.getKieProject();
        KieBaseModelImpl model = (KieBaseModelImpl) project.getDefaultKieBaseModel();
        InternalKieModule module = project.getKieModuleForKBase(model.getName());
        return module.createKieBase(model, project, new BuildContext(), null);
    }
}
