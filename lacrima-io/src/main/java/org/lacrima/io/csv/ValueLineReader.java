package org.lacrima.io.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;

/**
 * A file holding one line of comma-separated values, as some heart-rate loggers save them
 * ({@code polar-HR.txt}): one channel named and typed after the file, one value per second unless
 * {@code --rate} says otherwise (with a warning, since the file states no rate).
 */
final class ValueLineReader {
    private static final double DEFAULT_RATE_HZ = 1.0;

    private ValueLineReader() {
    }

    static ReadResult read(Path file, ReadOptions options) throws IOException {
        options.budget().checkText(file, "the file holds", Files.size(file));
        String[] fields = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").strip().split(",");
        double[] v = new double[fields.length];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = Double.parseDouble(fields[i].strip());
            } catch (NumberFormatException e) {
                throw new RecordingFormatException(file, "value " + (i + 1) + " '" + fields[i].strip() + "' is not a number");
            }
        }
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        ChannelType type = options.typing().typeOf(stem);
        List<String> warnings = new ArrayList<>();
        double rate = options.rateHz().orElse(DEFAULT_RATE_HZ);
        if (options.rateHz().isEmpty()) {
            warnings.add(name + ": one line of " + v.length + " values without times; taken as one value per second "
                    + "(--rate HZ to change)");
        }
        Channel c = Channel.regular(stem, type, CsvRecordingSource.defaultUnit(type), rate, 0.0, Samples.wrap(v));
        return new ReadResult(new Recording(RecordingMetadata.of(name), List.of(c), List.of()), warnings);
    }
}
