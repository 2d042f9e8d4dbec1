package org.lacrima.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fork machinery behind the cold and heap figures: exit status, CPU seconds, GC log parsing. */
class ForkedJvmTest {

    @Test
    void aForkedIdleJvmReportsItsCpuTimeAndTheCollectionItsGcLogShows(@TempDir Path work) throws Exception {
        Path log = work.resolve("gc.log");
        List<String> cmd = ForkedJvm.javaCommand(List.of("-Xmx64m", "-Xlog:gc:file=" + log),
                EndToEndBench.class.getName(), List.of("--idle"));

        ForkedJvm.Outcome outcome = ForkedJvm.run(cmd, work);
        ForkedJvm.GcSummary gc = ForkedJvm.parseGcLog(log);

        assertThat(outcome.ok()).as("exit %d: %s", outcome.exitCode(), outcome.errorLine()).isTrue();
        assertThat(outcome.cpuSec()).isPositive();
        // the idle mode calls System.gc(), so at least that full collection is logged
        assertThat(gc.pauses()).isPositive();
        assertThat(gc.maxAfterMb()).isLessThanOrEqualTo(gc.maxBeforeMb());
    }

    @Test
    void aFailingCommandGivesItsExitStatusAndFirstErrorLine(@TempDir Path work) throws Exception {
        ForkedJvm.Outcome outcome = ForkedJvm.run(List.of("bash", "-c", "echo 'first problem' >&2; exit 3"), work);

        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.errorLine()).isEqualTo("first problem");
    }

    @Test
    void gcPauseLinesAreReadForTheLargestHeapBeforeAndAfterCollection(@TempDir Path work) throws Exception {
        Path log = work.resolve("gc.log");
        Files.writeString(log, """
                [0.004s][info][gc] Using G1
                [0.210s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 23M->4M(31M) 2.015ms
                [0.390s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 27M->19M(31M) 3.120ms
                [0.400s][info][gc] GC(2) Concurrent Mark Cycle
                [0.520s][info][gc] GC(3) Pause Full (System.gc()) 25M->2M(8M) 9.871ms
                """);

        ForkedJvm.GcSummary gc = ForkedJvm.parseGcLog(log);

        assertThat(gc.pauses()).isEqualTo(3);
        assertThat(gc.maxBeforeMb()).isEqualTo(27);
        assertThat(gc.maxAfterMb()).isEqualTo(19);
    }
}
