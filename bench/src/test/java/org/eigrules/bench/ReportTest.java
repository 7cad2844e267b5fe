package org.eigrules.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's verdicts and its check of the command's output order; no timing is measured here. */
class ReportTest {

    @Test
    void aFigureAtOrUnderItsTargetIsMetAndOneOverItSaysByHowMuch() {
        assertThat(Report.atMost(10, 10)).isEqualTo("met");
        assertThat(Report.atMost(42, 10)).isEqualTo("missed by 4.2×");
        assertThat(Report.atMostSeconds(0.6, 0.6)).isEqualTo("met");
        assertThat(Report.atMostSeconds(1.25, 1.0)).isEqualTo("missed by 0.25 s");
    }

    @Test
    void anAnswerBelongsToTheLineItNames() {
        String answer = "{\"file\":\"line 12\",\"application\":\"Défi 12\",\"verdict\":\"ELIGIBLE\"}";

        assertThat(Report.answers(answer, 12)).isTrue();
        assertThat(Report.answers(answer, 1)).isFalse();
        assertThat(Report.answers(answer, 120)).isFalse();
        assertThat(Report.answers("{\"file\":\"line 3\",\"valid\":false,\"errors\":[]}", 3)).isTrue();
        assertThat(Report.answers("{\"verdict\":\"ELIGIBLE\"}", 1)).isFalse();
    }

    @Test
    void theJsonLinesLineSaysWhatWasMeasuredAndJudgesAQuickRunByItsRate() {
        String full = new Report.JsonlRun(1_000_000, 45.0, 0, 1_000_000, true, 2, null).describe();
        String quick = new Report.JsonlRun(100_000, 5.0, 0, 100_000, false, 2, null).describe();

        assertThat(full).contains("1,000,000 applications", "45.0 s", "22,222 decisions/s", "exit 0",
                "order kept: yes", "missed by 15.00 s");
        assertThat(quick).contains("100,000 applications", "--quick, 100,000 lines only", "20,000 decisions/s",
                "order kept: no", "missed by 1.7×").doesNotContain("1,000,000 applications");
    }

    @Test
    void theMachineLineNamesCoresAndJava() {
        assertThat(Report.machine()).contains(Runtime.getRuntime().availableProcessors() + " cores",
                System.getProperty("java.version"));
    }

    @Test
    void aJavaHomesVersionComesFromItsReleaseFileAndNamesWhatTheLauncherStartsFrom(@org.junit.jupiter.api.io.TempDir
                                                                                  java.nio.file.Path home) throws Exception {
        assertThat(Report.javaVersion(home)).as("no release file").isZero();
        java.nio.file.Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertThat(Report.javaVersion(home)).isEqualTo(25);
        java.nio.file.Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        assertThat(Report.javaVersion(home)).isEqualTo(17);
        java.nio.file.Files.writeString(home.resolve("release"), "JAVA_VERSION=\"25-ea\"\n");
        assertThat(Report.javaVersion(home)).isEqualTo(25);
        java.nio.file.Files.writeString(home.resolve("release"), "JAVA_VERSION=\"1.8.0_392\"\n");
        assertThat(Report.javaVersion(home)).as("Java 8's old numbering").isEqualTo(1);

        assertThat(Report.launcherAid(25)).isEqualTo("ahead-of-time cache");
        assertThat(Report.launcherAid(17)).isEqualTo("class-data sharing");
        assertThat(Report.launcherAid(0)).isEqualTo("Java unknown");
    }
}
