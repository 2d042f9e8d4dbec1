package org.lacrima.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lacrima.bench.BenchSessions;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.io.csv.CsvRecordingWriter;
import org.lacrima.io.edf.EdfWriter;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The simulated chest session written to disk once per trial, as EDF and as CSV. After the first read the file sits in
 * the page cache, so the readers are timed on parsing and decoding, not on the disk.
 */
@State(Scope.Benchmark)
public class RecordingFiles {
    @Param("60")
    public double minutes;

    public Path dir;
    public Path edf;
    /** Size of the EDF file in megabytes (10^6 bytes). */
    public double edfMegabytes;
    /** The same session as CSV, with EDA at 25 Hz: CSV rows need rates that divide the highest one. */
    public Path csv;
    public double csvMegabytes;

    @Setup(Level.Trial)
    public void write() throws IOException {
        Recording recording = BenchSessions.chest(minutes).recording();
        dir = Files.createTempDirectory("lacrima-bench");
        edf = dir.resolve("chest.edf");
        EdfWriter.write(recording, edf);
        edfMegabytes = Files.size(edf) / 1e6;
        csv = dir.resolve("chest.csv");
        CsvRecordingWriter.write(SessionSimulator.simulate(
                BenchSessions.chestConfig(minutes).withRateHz(ChannelType.EDA, 25)).recording(), csv);
        csvMegabytes = Files.size(csv) / 1e6;
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
