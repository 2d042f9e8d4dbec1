package org.lacrima.io.edf;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.io.ChannelInfo;
import org.lacrima.io.ChannelLabels;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.RecordingFormatException;

/**
 * An open EDF/BDF file: its header, its sample and annotation signals, and the per-record
 * annotation handling that the whole-file reader and the stream share.
 */
final class EdfSource implements AutoCloseable {
    /** Malformed TALs are reported individually up to this many, then only counted. */
    private static final int MAX_TAL_WARNINGS = 5;

    private final Path file;
    private final FileChannel channel;
    private final EdfHeader header;
    private final EdfDataRecords records;
    private final int[] dataSignals;
    private final int[] annotationSignals;
    private final List<ChannelInfo> channels;
    private final List<String> warnings;
    private int badTals;

    private EdfSource(Path file, FileChannel channel, EdfHeader header, ChannelTyping typing, List<String> warnings)
            throws RecordingFormatException {
        this.file = file;
        this.channel = channel;
        this.header = header;
        this.warnings = warnings;
        this.records = new EdfDataRecords(file, channel, header);
        List<Integer> data = new ArrayList<>();
        List<Integer> ann = new ArrayList<>();
        List<ChannelInfo> infos = new ArrayList<>();
        for (int i = 0; i < header.signals().size(); i++) {
            EdfSignalHeader s = header.signals().get(i);
            if (s.isAnnotation()) {
                ann.add(i);
            } else {
                data.add(i);
                infos.add(new ChannelInfo(s.label(), typeOf(s, typing), s.physicalDimension(), header.rateHz(i)));
            }
        }
        this.dataSignals = data.stream().mapToInt(Integer::intValue).toArray();
        this.annotationSignals = ann.stream().mapToInt(Integer::intValue).toArray();
        this.channels = List.copyOf(ChannelLabels.uniqueInfos(file, infos, warnings));
    }

    /** Opens and validates {@code file}; the caller closes it. */
    static EdfSource open(Path file, ChannelTyping typing) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new RecordingFormatException(file, "file not found");
        }
        try {
            List<String> warnings = new ArrayList<>();
            EdfHeader header = EdfHeaderParser.parse(file, ch, warnings);
            return new EdfSource(file, ch, header, typing, warnings);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * Label and unit name the type; a transducer field that names one ("ECG electrodes", as the
     * writer records every channel's type) names the sensor itself and wins, so types survive a
     * round trip whatever the labels and units.
     */
    private static ChannelType typeOf(EdfSignalHeader s, ChannelTyping typing) {
        if (typing.isOverridden(s.label())) {
            return typing.typeOf(s.label());
        }
        ChannelType sensor = ChannelTyping.fromLabel(s.transducer());
        return sensor != ChannelType.OTHER ? sensor : typing.typeOf(s.label(), s.physicalDimension());
    }

    Path file() {
        return file;
    }

    EdfHeader header() {
        return header;
    }

    EdfDataRecords records() {
        return records;
    }

    /** Indices (into the header's signals) of the sample signals, in file order. */
    int[] dataSignals() {
        return dataSignals.clone();
    }

    /** The sample signals as channels, in file order. */
    List<ChannelInfo> channels() {
        return channels;
    }

    List<String> warnings() {
        return warnings;
    }

    RecordingMetadata metadata() {
        String first = header.patient().isBlank() ? "" : header.patient().split("\\s+")[0];
        String subject = first.equals("X") ? "" : first;
        return new RecordingMetadata(header.start(), file.getFileName().toString(), subject, accelerometerSite());
    }

    /**
     * Where the accelerometer was worn, when an accelerometer's transducer field names the site as a word of its own
     * ({@code "ACC accelerometer, chest"}, as the writer records it); a recording whose accelerometers name
     * different sites says nothing.
     */
    private BodySite accelerometerSite() {
        Set<BodySite> sites = new HashSet<>();
        for (int i = 0; i < dataSignals.length; i++) {
            if (channels.get(i).type() == ChannelType.ACC) {
                Arrays.stream(header.signals().get(dataSignals[i]).transducer().split("[^A-Za-z]+"))
                        .map(BodySite::known).flatMap(Optional::stream).forEach(sites::add);
            }
        }
        return sites.size() == 1 ? sites.iterator().next() : BodySite.UNKNOWN;
    }

    /**
     * Collects the annotations of loaded record {@code record} (absolute index {@code absolute}) into
     * {@code events} and returns the record's start in seconds from the recording start: the
     * time-keeping TAL in EDF+/BDF+, the record index times the duration otherwise.
     */
    double annotate(int record, long absolute, List<Event> events) {
        double start = Double.NaN;
        for (int a = 0; a < annotationSignals.length; a++) {
            List<Tal> tals;
            try {
                tals = records.tals(record, annotationSignals[a]);
            } catch (IllegalArgumentException e) {
                if (++badTals <= MAX_TAL_WARNINGS) {
                    warnings.add(file.getFileName() + ": data record " + (absolute + 1) + ": " + e.getMessage()
                            + "; its annotations skipped");
                }
                continue;
            }
            for (int t = 0; t < tals.size(); t++) {
                Tal tal = tals.get(t);
                boolean keeper = a == 0 && t == 0 && tal.isTimeKeeping();
                if (keeper) {
                    start = tal.onsetSec();
                }
                for (int i = keeper ? 1 : 0; i < tal.texts().size(); i++) {
                    String text = tal.texts().get(i).trim();
                    if (!text.isEmpty()) {
                        events.add(new Event(tal.onsetSec(), tal.durationSec(), text));
                    }
                }
            }
        }
        return Double.isNaN(start) ? absolute * header.recordDurationSec() : start;
    }

    /** Adds a closing warning if malformed TALs were only counted. */
    void finish() {
        if (badTals > MAX_TAL_WARNINGS) {
            warnings.add(file.getFileName() + ": " + (badTals - MAX_TAL_WARNINGS) + " more data records had malformed annotations");
            badTals = MAX_TAL_WARNINGS;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
