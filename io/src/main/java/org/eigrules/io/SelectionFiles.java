package org.eigrules.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.eigrules.model.Application;
import org.eigrules.reading.DocumentReader;
import org.eigrules.reading.InputText;
import org.eigrules.reading.ReadingException;
import org.eigrules.reading.ReadingLimits;
import org.eigrules.selection.JuryGrid;
import org.eigrules.selection.Opinion;
import org.eigrules.selection.Selection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads selection files (the contract's "A selection", JSON or YAML by extension): the promotion,
 * its applications (a folder, or a list of files, relative to the selection file and inside its
 * folder), the jury grids and, optionally, the decided selection. The file goes through the one
 * reading layer and its limits, as application files do; every problem is reported by its path,
 * in the contract's words, at most {@link ReadingLimits#MAX_PROBLEMS} of them; nothing is coerced:
 * a score is a whole number, an opinion one of the two names. An application path that leads
 * out of the selection's folder (absolute, {@code ..}, or a symbolic link) is refused unread.
 */
public final class SelectionFiles {

    // The fields a selection and a grid may hold, in the contract's order (FileSchemas follows them).
    static final List<String> TOP = List.of("promotion", "applications", "grids", "selected");
    static final List<String> GRID = List.of("application", "group", "groupRank", "scores", "opinion", "favourite");

    /** A selection as read, with the file each application came from (in the same order). */
    public record SelectionFile(Selection selection, List<Path> applicationFiles) {
        public SelectionFile {
            applicationFiles = List.copyOf(applicationFiles);
        }

        /** The same problems, those of an application saying which file it is. */
        public List<Violation> locate(List<Violation> violations) {
            List<Violation> located = new ArrayList<>();
            for (Violation v : violations) {
                String file = fileOf(v.path());
                located.add(new Violation(v.path(), file + v.message(), file + v.messageFr()));
            }
            return located;
        }

        private String fileOf(String path) {
            if (path.startsWith("applications[")) {
                int end = path.indexOf(']');
                try {
                    int index = Integer.parseInt(path.substring("applications[".length(), end));
                    // "?" stands for an entry that named no file: its problem says so without a file.
                    if (index < applicationFiles.size() && !applicationFiles.get(index).endsWith("?")) {
                        return "(" + InputText.controlsEscaped(applicationFiles.get(index).toString()) + ") ";
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
            throw new InvalidSelectionException(InputText.capped(problems));
        }
        if (!root.isObject()) {
            throw new InvalidSelectionException(List.of(InputText.violation("", "selection-file.root", describe(root))));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP.contains(name)) {
                problems.add(InputText.violation(InputText.escaped(name), "selection-file.unknown-field",
                        "promotion, applications, grids, selected"));
            }
        }
        Integer promotion = null;
        JsonNode number = root.get("promotion");
        if (number == null || number.isNull()) {
            problems.add(InputText.violation("promotion", "selection-file.promotion-missing"));
        } else if (!number.isIntegralNumber() || !number.canConvertToInt() || number.intValue() < 1) {
            problems.add(InputText.violation("promotion", "selection.promotion", describe(number)));
        } else {
            promotion = number.intValue();
        }
        Path base = file.toAbsolutePath().normalize().getParent();
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
            throw new InvalidSelectionException(InputText.capped(new SelectionFile(null, files).locate(problems)));
        }
        return new SelectionFile(new Selection(promotion, applications, grids, selected), files);
    }

    private static JsonNode parse(Path file, List<Violation> problems) {
        String name = file.getFileName().toString();
        if (!hasReadableExtension(file)) {
            problems.add(InputText.violation("", "selection-file.extension", InputText.escaped(name)));
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(InputText.violation("", Files.exists(file) ? "file.not-regular" : "file.not-found"));
            return null;
        }
        try {
            return DocumentReader.parse(ApplicationFiles.bytesOf(file), ApplicationFiles.Format.of(name).syntax()).root();
        } catch (ReadingException e) {
            problems.add(e.violation().equals(InputText.violation("", "no-document"))
                    ? InputText.violation("", "selection-file.empty") : e.violation());
        } catch (InvalidApplicationException e) {
            problems.addAll(e.violations()); // too large to be read
        } catch (IOException e) {
            problems.add(InputText.violation("", "file.unreadable", InputText.escaped(String.valueOf(e.getMessage()))));
        }
        return null;
    }

    /**
     * The files that {@code applications} names: a folder's application files, or a list of files,
     * each inside the selection's folder once normalised and its symbolic links followed.
     */
    private static List<Path> applicationFiles(JsonNode node, Path base, Path file, List<Violation> problems) {
        List<Path> files = new ArrayList<>();
        if (node == null || node.isNull()) {
            problems.add(InputText.violation("applications", "selection-file.applications-missing",
                    InputText.escaped(file.getFileName().toString())));
        } else if (node.isTextual()) {
            Path folder = inside(base, node, "applications", problems);
            if (folder == null) {
                return files;
            }
            if (!Files.isDirectory(folder)) {
                problems.add(InputText.violation("applications", "selection-file.folder", describe(node),
                        InputText.of(Files.exists(folder) ? "selection-file.folder.not-a-folder" : "selection-file.folder.none")));
            } else {
                List<Path> listed = new ArrayList<>();
                try (Stream<Path> entries = Files.list(folder)) {
                    entries.filter(Files::isRegularFile).filter(SelectionFiles::isApplicationFile).sorted()
                            .limit(ReadingLimits.MAX_SELECTION_DEFIS + 1L).forEach(listed::add);
                } catch (IOException e) {
                    problems.add(InputText.violation("applications", "file.unreadable",
                            InputText.escaped(String.valueOf(e.getMessage()))));
                }
                if (tooMany("applications", listed.size(), problems)) {
                    return files;
                }
                for (Path listedFile : listed) {
                    if (leadsOutside(base, listedFile)) { // a symbolic link in the folder
                        problems.add(InputText.violation("applications", "selection-file.outside",
                                InputText.shown(base.relativize(listedFile).toString())));
                    } else {
                        files.add(listedFile);
                    }
                }
            }
        } else if (node.isArray()) {
            if (tooMany("applications", node.size(), problems)) {
                return files;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String path = "applications[" + i + "]";
                Path resolved = null;
                if (!item.isTextual() || item.textValue().isBlank()) {
                    problems.add(InputText.violation(path, "selection-file.application-path", describe(item)));
                } else {
                    resolved = inside(base, item, path, problems);
                }
                files.add(resolved == null ? base.resolve("?") : resolved);
            }
        } else {
            problems.add(InputText.violation("applications", "selection-file.applications", describe(node)));
        }
        return files.stream().map(SelectionFiles::relative).toList();
    }

    /** Whether a list is over the most défis one selection may name; if so, says so. */
    private static boolean tooMany(String path, int size, List<Violation> problems) {
        if (size <= ReadingLimits.MAX_SELECTION_DEFIS) {
            return false;
        }
        problems.add(InputText.violation(path, "selection-file.too-many", ReadingLimits.MAX_SELECTION_DEFIS));
        return true;
    }

    /**
     * The path a selection names, resolved against its folder; null, with the problem said, when it
     * is not a path, is absolute, or leads out of the folder ({@code ..}, or a symbolic link).
     */
    private static Path inside(Path base, JsonNode node, String path, List<Violation> problems) {
        Path given;
        try {
            given = Path.of(node.textValue());
        } catch (InvalidPathException e) {
            problems.add(InputText.violation(path, "selection-file.not-a-path", describe(node)));
            return null;
        }
        Path resolved = base.resolve(given).normalize();
        if (given.isAbsolute() || given.getRoot() != null || !resolved.startsWith(base) || leadsOutside(base, resolved)) {
            problems.add(InputText.violation(path, "selection-file.outside", describe(node)));
            return null;
        }
        return resolved;
    }

    /** Whether a path that exists is, its symbolic links followed, outside the folder; false when it does not exist. */
    private static boolean leadsOutside(Path base, Path resolved) {
        try {
            return !resolved.toRealPath().startsWith(base.toRealPath());
        } catch (IOException e) {
            return false; // not there: reading it says so
        }
    }

    private static Path relative(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path) : path;
    }

    private static boolean isApplicationFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** .json, .yaml or .yml in any case, as {@link ApplicationFiles.Format#of} reads them. */
    private static boolean hasReadableExtension(Path file) {
        try {
            ApplicationFiles.Format.of(file.getFileName().toString());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Application application(Path file, String path, List<Violation> problems) {
        if (file.getFileName().toString().equals("?")) {
            return null;
        }
        try {
            if (!Files.isRegularFile(file)) {
                problems.add(InputText.violation(path, Files.exists(file) ? "file.not-regular" : "file.not-found"));
                return null;
            }
            if (!hasReadableExtension(file)) {
                problems.add(InputText.violation(path, "selection-file.extension", InputText.escaped(file.getFileName().toString())));
                return null;
            }
            return ApplicationFiles.read(file);
        } catch (InvalidApplicationException e) {
            for (Violation v : e.violations()) {
                problems.add(new Violation(v.path().isEmpty() ? path : path + "." + v.path(), v.message(), v.messageFr()));
            }
        } catch (IOException e) {
            problems.add(InputText.violation(path, "file.unreadable", InputText.escaped(String.valueOf(e.getMessage()))));
        }
        return null;
    }

    private static List<JuryGrid> grids(JsonNode node, List<Violation> problems) {
        List<JuryGrid> grids = new ArrayList<>();
        if (node == null || node.isNull()) {
            return grids;
        }
        if (!node.isArray()) {
            problems.add(InputText.violation("grids", "selection-file.grids", describe(node)));
            return grids;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "grids[" + i + "]";
            JsonNode grid = node.get(i);
            if (!grid.isObject()) {
                problems.add(InputText.violation(path, "selection-file.grid", describe(grid)));
                continue;
            }
            for (Iterator<String> names = grid.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!GRID.contains(name)) {
                    problems.add(InputText.violation(path + "." + InputText.escaped(name), "selection-file.unknown-field",
                            "application, group, groupRank, scores, opinion, favourite"));
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
            problems.add(InputText.violation(path, "expected", InputText.of("type.text"), describe(node)));
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
            problems.add(InputText.violation(path, "expected", InputText.of("type.whole-number"), describe(node)));
            return null;
        }
        return node.intValue();
    }

    private static List<Integer> scores(JsonNode node, String path, List<Violation> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(InputText.violation(path, "selection-file.scores", describe(node)));
            return null;
        }
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode score = node.get(i);
            if (score.isIntegralNumber() && score.canConvertToInt()) {
                scores.add(score.intValue());
            } else {
                if (!score.isNull()) {
                    // The range is the promotion's jury scale, checked with its parameters (SelectionInput).
                    problems.add(InputText.violation(path + "[" + i + "]", "selection-file.score", describe(score)));
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
        problems.add(InputText.violation(path, "selection-file.opinion", describe(node)));
        return null;
    }

    private static Boolean flag(JsonNode node, String path, List<Violation> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problems.add(InputText.violation(path, "expected", InputText.of("type.boolean"), describe(node)));
            return null;
        }
        return node.booleanValue();
    }

    private static List<String> texts(JsonNode node, String path, List<Violation> problems) {
        if (!node.isArray()) {
            problems.add(InputText.violation(path, "selection-file.selected", describe(node)));
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual()) {
                problems.add(InputText.violation(path + "[" + i + "]", "selection-file.defi-name", describe(item)));
            } else {
                texts.add(item.textValue());
            }
        }
        return texts;
    }

    /** What the file gives where something else was expected: a value as written, or a text for its kind. */
    private static Object describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return InputText.of("found.nothing");
        }
        if (node.isTextual()) {
            return InputText.shown(node.textValue());
        }
        if (node.isArray()) {
            return InputText.of("found.list");
        }
        if (node.isObject()) {
            return InputText.of("found.mapping");
        }
        return InputText.escaped(node.toString());
    }
}
