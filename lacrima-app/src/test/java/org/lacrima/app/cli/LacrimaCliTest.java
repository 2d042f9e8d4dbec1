package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LacrimaCliTest {

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "info", "convert", "simulate", "fhir-push", "serve", "stream", "account", "cohort"})
    void aRunOfOneCommandRegistersThatCommandAlone(String command) {
        assertThat(LacrimaCli.commandLine(new String[] {command, "--help"}).getSubcommands()).containsOnlyKeys(command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "info", "convert", "simulate", "fhir-push", "serve", "stream", "account", "cohort"})
    void everyCommandsHelpPrintsCleanly(String command) {
        // a stray % in an option's description makes picocli's tracer warn on the process's stderr
        PrintStream processErr = System.err;
        ByteArrayOutputStream traced = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8));
            run = CliRun.of(command, "--help");
        } finally {
            System.setErr(processErr);
        }

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(traced.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run.out()).contains("Usage: lacrima " + command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "analyse", "--version"})
    void usageHelpAndTyposSeeEveryCommand(String first) {
        assertThat(LacrimaCli.commandLine(new String[] {first}).getSubcommands())
                .containsKeys("analyze", "info", "convert", "simulate", "fhir-push", "serve", "stream", "account",
                        "cohort", "help");
        assertThat(LacrimaCli.commandLine(new String[0]).getSubcommands()).hasSize(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyse", "anaylze"})
    void aMistypedCommandStillGetsTheOneLineError(String typo) {
        CliRun run = CliRun.of(typo, "x.edf");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("lacrima: ").contains(typo);
    }
}
