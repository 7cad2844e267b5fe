package org.eigrules.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application files named on a command line: files as given, in the order given; a folder
 * stands for every {@code .json}, {@code .yaml} and {@code .yml} file inside it, sub-folders
 * included, in the order of their paths (the same on every machine), as {@code eig check} does
 * for scenario folders.
 */
final class ApplicationPaths {

    private ApplicationPaths() {
    }

    /** Whether a file name is that of an application file. */
    static boolean isApplicationFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * The paths with every folder replaced by the application files it holds; an empty folder
     * stays as it is, so that it is reported (it holds nothing to read).
     */
    static List<Path> expand(List<Path> paths) {
        return expand(paths, ApplicationPaths::isApplicationFile);
    }

    /** As {@link #expand(List)}, a folder standing for the files inside it that {@code wanted} accepts. */
    static List<Path> expand(List<Path> paths, java.util.function.Predicate<Path> wanted) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                List<Path> inside = walk.filter(Files::isRegularFile).filter(wanted)
                        .sorted(Comparator.comparing(Path::toString)).toList();
                files.addAll(inside.isEmpty() ? List.of(path) : inside);
            } catch (IOException | UncheckedIOException e) {
                files.add(path); // a folder that cannot be walked is reported with the others
            }
        }
        return files;
    }
}
