package org.lacrima.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;
import org.lacrima.io.edf.EdfWriter;

/**
 * A simulated session written as EDF, with the sizes the throughput and memory figures are based on.
 *
 * @param name      "chest" or "wrist"
 * @param minutes   session length in minutes
 * @param edf       the EDF+ file
 * @param samples   number of signal samples in all channels
 * @param fileBytes size of the file in bytes
 */
public record SessionFile(String name, double minutes, Path edf, long samples, long fileBytes) {
    /** Bytes per sample in EDF: the raw sample bytes of the recording are {@code 2 * samples}. */
    public static final int EDF_SAMPLE_BYTES = 2;

    /** Writes {@code recording} to {@code dir/name-MINUTESmin.edf}. */
    public static SessionFile write(String name, double minutes, Recording recording, Path dir) throws IOException {
        Path edf = dir.resolve(String.format(java.util.Locale.ROOT, "%s-%smin.edf", name, minuteLabel(minutes)));
        EdfWriter.write(recording, edf);
        long samples = recording.channels().stream().mapToLong(Channel::length).sum();
        return new SessionFile(name, minutes, edf, samples, Files.size(edf));
    }

    /** Raw sample bytes: the 16-bit samples as stored in the file. */
    public long rawSampleBytes() {
        return samples * EDF_SAMPLE_BYTES;
    }

    /** Recorded time in seconds. */
    public double durationSec() {
        return minutes * 60;
    }

    /** "chest 60 min". */
    public String label() {
        return name + " " + minuteLabel(minutes) + " min";
    }

    private static String minuteLabel(double minutes) {
        return minutes == Math.rint(minutes) ? Long.toString((long) minutes) : Double.toString(minutes);
    }
}
