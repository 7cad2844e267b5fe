package org.eigrules.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eigrules.InvalidApplicationException;
import org.eigrules.InvalidSelectionException;
import org.eigrules.Violation;
import org.eigrules.model.Application;
import org.eigrules.parameters.ParameterFiles;
import org.eigrules.selection.JuryGrid;
import org.eigrules.selection.Opinion;
import org.eigrules.selection.Selection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads selection files (the contract's "A selection", JSON or YAML by extension): the promotion,
 * its applications (a folder, or a list of files, relative to the selection file), the jury grids
 * and, optionally, the decided selection. Every problem is reported by its path, in the contract's
 * words; nothing is coerced: a score is a whole number, an opinion one of the two names.
 */
public final class SelectionFiles {

    private static final Set<String> TOP = Set.of("promotion", "applications", "grids", "selected");
    private static final Set<String> GRID = Set.of("application", "group", "groupRank", "scores", "opinion", "favourite");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    /** A selection as read, with the file each application came from (in the same order). */
    public record SelectionFile(Selection selection, List<Path> applicationFiles) {
        public SelectionFile {
            applicationFiles = List.copyOf(applicationFiles);
        }

        /** The same problems, those of an application saying which file it is. */
        public List<Violation> locate(List<Violation> violations) {
            List<Violation> located = new ArrayList<>();
            for (Violation v : violations) {
                located.add(new Violation(v.path(), fileOf(v.path()) + v.message()));
            }
            return located;
        }

        private String fileOf(String path) {
            if (path.startsWith("applications[")) {
                int end = path.indexOf(']');
                try {
                    int index = Integer.parseInt(path.substring("applications[".length(), end));
                    if (index < applicationFiles.size()) {
                        return "(" + applicationFiles.get(index) + ") ";
                    }
                } catch (NumberFormatException e) {
                    return "";
                }
            }
            return "";
        }
    }

    private SelectionFiles() {
    }

    /**
     * Reads a selection file and the application files it names.
     *
     * @throws InvalidSelectionException listing every problem by its path (an application file's
     *                                   own problems under {@code applications[N]})
     */
    public static SelectionFile read(Path file) {
        List<Violation> problems = new ArrayList<>();
        JsonNode root = parse(file, problems);
        if (root == null) {
            throw new InvalidSelectionException(problems);
        }
        if (!root.isObject()) {
            throw new InvalidSelectionException(List.of(new Violation("",
                    "expected a mapping with promotion, applications and grids, found " + describe(root))));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP.contains(name)) {
                problems.add(new Violation(name, "unknown field (expected promotion, applications, grids, selected)"));
            }
        }
        Integer promotion = null;
        JsonNode number = root.get("promotion");
        if (number == null || number.isNull()) {
            problems.add(new Violation("promotion", "missing (expected a promotion number)"));
        } else if (!number.isIntegralNumber() || !number.canConvertToInt() || number.intValue() < 1) {
            problems.add(new Violation("promotion", "expected a promotion number, found " + describe(number)));
        } else {
            promotion = number.intValue();
        }
        Path base = file.toAbsolutePath().getParent();
        List<Path> files = applicationFiles(root.get("applications"), base, file, problems);
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            applications.add(application(files.get(i), "applications[" + i + "]", problems));
        }
        List<JuryGrid> grids = grids(root.get("grids"), problems);
        List<String> selected = null;
        JsonNode chosen = root.get("selected");
        if (chosen != null && !chosen.isNull()) {
            selected = texts(chosen, "selected", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSelectionException(new SelectionFile(null, files).locate(problems));
        }
        return new SelectionFile(new Selection(promotion, applications, grids, selected), files);
    }

    private static JsonNode parse(Path file, List<Violation> problems) {
        String name = file.getFileName().toString();
        ObjectMapper mapper;
        try {
            mapper = ApplicationFiles.Format.of(name) == ApplicationFiles.Format.JSON ? JSON : YAML;
        } catch (IllegalArgumentException e) {
            problems.add(new Violation("", e.getMessage()));
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(new Violation("", Files.exists(file) ? "not a regular file" : "no such file"));
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = mapper.readTree(in);
            if (root == null || root.isMissingNode()) {
                problems.add(new Violation("", "the file holds no selection"));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            problems.add(new Violation("", "not readable" + where + ": " + ParameterFiles.oneLine(e.getOriginalMessage())));
            return null;
        } catch (IOException e) {
            problems.add(new Violation("", "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    /** The files that {@code applications} names: a folder's application files, or a list of files. */
    private static List<Path> applicationFiles(JsonNode node, Path base, Path file, List<Violation> problems) {
        List<Path> files = new ArrayList<>();
        if (node == null || node.isNull()) {
            problems.add(new Violation("applications", "missing (expected a folder, or a list of application files, "
                    + "relative to " + file.getFileName() + ")"));
        } else if (node.isTextual()) {
            Path folder = base.resolve(node.textValue()).normalize();
            if (!Files.isDirectory(folder)) {
                problems.add(new Violation("applications", "expected a folder of application files, found \""
                        + node.textValue() + "\" (" + (Files.exists(folder) ? "not a folder" : "no such folder")
                        + "; list files under applications: [...])"));
            } else {
                try (Stream<Path> listed = Files.list(folder)) {
                    listed.filter(Files::isRegularFile).filter(SelectionFiles::isApplicationFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    problems.add(new Violation("applications", "cannot be read: " + e.getMessage()));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (!item.isTextual() || item.textValue().isBlank()) {
                    problems.add(new Violation("applications[" + i + "]", "expected an application file's path, found "
                            + describe(item)));
                    files.add(base.resolve("?"));
                } else {
                    files.add(base.resolve(item.textValue()).normalize());
                }
            }
        } else {
            problems.add(new Violation("applications", "expected a folder, or a list of application files, found "
                    + describe(node)));
        }
        return files.stream().map(SelectionFiles::relative).toList();
    }

    private static Path relative(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path) : path;
    }

    private static boolean isApplicationFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static Application application(Path file, String path, List<Violation> problems) {
        if (file.getFileName().toString().equals("?")) {
            return null;
        }
        try {
            if (!Files.isRegularFile(file)) {
                problems.add(new Violation(path, Files.exists(file) ? "not a regular file" : "no such file"));
                return null;
            }
            return ApplicationFiles.read(file);
        } catch (InvalidApplicationException e) {
            for (Violation v : e.violations()) {
                problems.add(new Violation(v.path().isEmpty() ? path : path + "." + v.path(), v.message()));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new Violation(path, e.getMessage()));
        } catch (IOException e) {
            problems.add(new Violation(path, "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    private static List<JuryGrid> grids(JsonNode node, List<Violation> problems) {
        List<JuryGrid> grids = new ArrayList<>();
        if (node == null || node.isNull()) {
            return grids;
        }
        if (!node.isArray()) {
            problems.add(new Violation("grids", "expected a list of jury grids, found " + describe(node)));
            return grids;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "grids[" + i + "]";
            JsonNode grid = node.get(i);
            if (!grid.isObject()) {
                problems.add(new Violation(path, "expected a jury grid (application, group, groupRank, scores, opinion), "
                        + "found " + describe(grid)));
                continue;
            }
            for (Iterator<String> names = grid.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!GRID.contains(name)) {
                    problems.add(new Violation(path + "." + name, "unknown field (expected application, group, "
                            + "groupRank, scores, opinion, favourite)"));
                }
            }
            grids.add(new JuryGrid(text(grid.get("application"), path + ".application", problems),
                    group(grid.get("group"), path + ".group", problems),
                    whole(grid.get("groupRank"), path + ".groupRank", problems),
                    scores(grid.get("scores"), path + ".scores", problems),
                    opinion(grid.get("opinion"), path + ".opinion", problems),
                    flag(grid.get("favourite"), path + ".favourite", problems)));
        }
        return grids;
    }

    private static String text(JsonNode node, String path, List<Violation> problems) {
        if (node == null || node.isNull()) {
            return null; // named as missing by the selection's own checks
        }
        if (!node.isTextual()) {
            problems.add(new Violation(path, "expected text, found " + describe(node)));
            return null;
        }
        return node.textValue();
    }

    /** A group is a label: text, or a whole number written as its digits. */
    private static String group(JsonNode node, String path, List<Violation> problems) {
        if (node != null && node.isIntegralNumber()) {
            return node.asText();
        }
        return text(node, path, problems);
    }

    private static Integer whole(JsonNode node, String path, List<Violation> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(new Violation(path, "expected a whole number, found " + describe(node)));
            return null;
        }
        return node.intValue();
    }

    private static List<Integer> scores(JsonNode node, String path, List<Violation> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(new Violation(path, "expected a list of " + JuryGrid.CRITERIA + " scores, found " + describe(node)));
            return null;
        }
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode score = node.get(i);
            if (score.isIntegralNumber() && score.canConvertToInt()) {
                scores.add(score.intValue());
            } else {
                if (!score.isNull()) {
                    problems.add(new Violation(path + "[" + i + "]", "expected a whole number from "
                            + JuryGrid.LOWEST_SCORE + " to " + JuryGrid.HIGHEST_SCORE + ", found " + describe(score)));
                }
                scores.add(null);
            }
        }
        return scores;
    }

    private static Opinion opinion(JsonNode node, String path, List<Violation> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        for (Opinion opinion : Opinion.values()) {
            if (node.isTextual() && node.textValue().equals(opinion.name())) {
                return opinion;
            }
        }
        problems.add(new Violation(path, "expected FAVOURABLE or UNFAVOURABLE, found " + describe(node)));
        return null;
    }

    private static Boolean flag(JsonNode node, String path, List<Violation> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problems.add(new Violation(path, "expected true or false, found " + describe(node)));
            return null;
        }
        return node.booleanValue();
    }

    private static List<String> texts(JsonNode node, String path, List<Violation> problems) {
        if (!node.isArray()) {
            problems.add(new Violation(path, "expected a list of défi names, found " + describe(node)));
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual()) {
                problems.add(new Violation(path + "[" + i + "]", "expected a défi's name, found " + describe(item)));
            } else {
                texts.add(item.textValue());
            }
        }
        return texts;
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "\"" + node.textValue() + "\"";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return node.toString();
    }
}
