package org.eigrules.authoring;

import org.drools.model.codegen.ExecutableModelProject;
import org.eigrules.decision.Language;
import org.eigrules.ruleset.InvalidRuleSetException;
import org.eigrules.ruleset.Messages;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.ruleset.RuleSetProblem;
import org.eigrules.ruleset.RuleSource;
import org.eigrules.parameters.ParameterFiles;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.reading.ReadingLimits;
import org.drools.compiler.kie.builder.impl.BuildContext;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.drools.compiler.kie.builder.impl.KieProject;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.eigrules.engine.RuleSetAccess;
import org.eigrules.engine.CompiledRules;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
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

    static RuleSet load(Path folder) {
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
                    continue;
                }
                if (name.endsWith(".drl")) {
                    RuleSource source = new RuleSource(relative, Files.readString(file, StandardCharsets.UTF_8));
                    problems.addAll(UnsafeCodeCheck.check(source)); // a rule folder is code: refuse what reaches outside
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
            }
        }
        promotions.putAll(overrides);
        if (sources.isEmpty()) {
            // No rule file: the built-in rules with the folder's parameters and messages.
            if (!problems.isEmpty()) {
                throw new InvalidRuleSetException(sorted(problems));
            }
            return RuleSetAccess.get().withFiles(base, folder.toString(), promotions, messages, PolicyLiterals::find);
        }
        CompiledRules kieBase;
        {
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
                    RuleSetAccess.get().compiled(folder.toString(), kieBase, compiled, promotions, messages, PolicyLiterals::find);
                } catch (InvalidRuleSetException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(sorted(problems));
        }
        return RuleSetAccess.get().compiled(folder.toString(), kieBase, sources, promotions, messages, PolicyLiterals::find);
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

    private static final java.util.regex.Pattern DECLARED_PACKAGE =
            java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /**
     * How many times a folder whose rules do not compile is compiled again, each time without the
     * rules that failed: Drools' executable model reports only the first bad condition of each
     * file, so the next one is found by compiling the file without it.
     */
    static final int MAX_COMPILE_ROUNDS = 5;

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
