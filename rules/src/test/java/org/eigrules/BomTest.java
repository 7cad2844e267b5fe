package org.eigrules;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** eig-bom manages every module the build installs, at the reactor's version, and nothing else. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BomTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void the_bom_lists_every_installed_module_at_the_reactors_version() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        List<String> installed = new ArrayList<>();
        for (String module : all("<module>([^<]+)</module>", parent)) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            String artifact = first("</parent>\\s*<artifactId>([^<]+)</artifactId>", pom);
            if (artifact != null && !pom.contains("<maven.install.skip>true</maven.install.skip>")) {
                installed.add(artifact);
            }
        }
        assertThat(installed).as("modules installed by the build").isNotEmpty();
        assertThat(all("<artifactId>(eig-[^<]+)</artifactId>\\s*<version>\\$\\{project.version}</version>", bom))
                .as("bom/pom.xml's managed modules").containsExactlyInAnyOrderElementsOf(installed);
        assertThat(first("<artifactId>eig-bom</artifactId>\\s*<version>([^<]+)</version>", bom))
                .as("the BOM's version").isEqualTo(first("<artifactId>eig-parent</artifactId>\\s*<version>([^<]+)</version>", parent));
    }

    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String first(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
