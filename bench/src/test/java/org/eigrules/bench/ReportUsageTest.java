package org.eigrules.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench jar answers --help, and refuses an unknown option, before measuring anything. */
class ReportUsageTest {

    @Test
    void help_prints_the_usage_and_an_unknown_option_is_refused_with_it() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(Report.usage(new String[] {"--help"}, o, e)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar bench/target/eig-bench.jar");
        assertThat(Report.usage(new String[] {"--quik"}, o, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown option: --quik").contains("Usage:");
        assertThat(Report.usage(new String[] {"--quick", "."}, o, e)).isNull();
    }
}
