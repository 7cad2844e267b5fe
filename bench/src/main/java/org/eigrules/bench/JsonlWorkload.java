package org.eigrules.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.eigrules.model.Application;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a JSON Lines file of generated applications, for {@code eig evaluate --jsonl}:
 * {@code java -cp bench/target/eig-bench.jar org.eigrules.bench.JsonlWorkload 1000000 apps.jsonl}.
 * The generated applications are cycled, each with its own name, so any count costs little memory.
 */
public final class JsonlWorkload {

    private JsonlWorkload() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: JsonlWorkload COUNT FILE");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        List<Application> pool = Workload.applications(10_000);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                Application a = pool.get((int) (i % pool.size()));
                var tree = json.valueToTree(a);
                ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("challenge")).put("name", "Défi " + (i + 1));
                out.write(json.writeValueAsString(tree));
                out.write('\n');
            }
        }
    }
}
