package org.eigrules.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.eigrules.model.Application;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a JSON Lines file of generated promotion 3 applications, for {@code eig evaluate --jsonl}:
 * {@code java -cp bench/target/eig-bench.jar org.eigrules.bench.JsonlWorkload 1000000 apps.jsonl}.
 * A pool of 10,000 generated applications is cycled, each line with its own défi name
 * ({@code Défi N} on line N), so any count costs little memory and time.
 */
public final class JsonlWorkload {

    private static final String NAME = "@@NAME@@";
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private JsonlWorkload() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: JsonlWorkload COUNT FILE");
            System.exit(2);
        }
        write(Long.parseLong(args[0]), Path.of(args[1]));
    }

    /** Writes {@code count} lines to {@code file}, line N naming its défi {@code Défi N}. */
    static void write(long count, Path file) throws IOException {
        // Each pooled application is written once, cut around its name; a line is then its two halves.
        List<String[]> halves = new ArrayList<>();
        for (Application a : Workload.applications(3, 10_000)) {
            String line = json(a);
            int at = line.indexOf(NAME);
            halves.add(new String[] {line.substring(0, at), line.substring(at + NAME.length())});
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                String[] half = halves.get((int) (i % halves.size()));
                out.write(half[0]);
                out.write("Défi " + (i + 1));
                out.write(half[1]);
                out.write('\n');
            }
        }
    }

    private static String json(Application a) throws JsonProcessingException {
        ObjectNode tree = JSON.valueToTree(a);
        ((ObjectNode) tree.get("challenge")).put("name", NAME);
        return JSON.writeValueAsString(tree);
    }
}
