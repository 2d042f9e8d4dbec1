package org.lacrima.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lacrima.app.sim.SimulationOutput;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingWriters;
import org.lacrima.io.csv.EventsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lacrima convert IN OUT.edf|OUT.csv}: any readable recording to EDF+ (events as annotations)
 * or CSV (events in the {@code OUT.events.csv} sidecar). Irregular channels (RR intervals) have no
 * place in either grid format; they are named on stderr rather than dropped silently.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert a recording to EDF+ (events as annotations) or CSV (events in OUT.events.csv), "
                + "or into a BIDS dataset with --bids DIR."},
        footer = {"", "Examples:", "  lacrima convert ../data/svdb/800.hea 800.edf",
                "  lacrima convert session.edf --bids study/ --subject 012 --session 3"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "recording in any format analyze reads")
    Path in;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OUT", description = "output file: .edf (EDF+) or .csv")
    Path out;

    @Mixin
    RecordingInputOptions input = new RecordingInputOptions();

    @Mixin
    BidsOptions bids = new BidsOptions();

    @Override
    public Integer call() throws IOException {
        if (bids.requested()) {
            return bids.convert(in, out, input, spec.commandLine().getErr(), spec.commandLine().getOut());
        }
        if (out == null) {
            throw new IllegalArgumentException("give OUT (.edf or .csv) or --bids DIR");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".edf")) {
            throw new IllegalArgumentException(out.getFileName() + ": unsupported output format (use .edf or .csv)");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(out + ": folder " + folder + " does not exist");
        }
        ReadResult read = input.read(in);
        Recording recording = read.recording();
        List<Channel> irregular = recording.channels().stream().filter(c -> !c.isRegular()).toList();
        if (recording.channels().isEmpty()) {
            throw new IllegalArgumentException(in.getFileName() + ": no signals to convert (events only)");
        }
        if (irregular.size() == recording.channels().size()) {
            throw new IllegalArgumentException(in.getFileName() + ": only irregular channels ("
                    + labels(irregular) + "); EDF+ and CSV need sampled signals");
        }
        PrintWriter err = spec.commandLine().getErr();
        read.warnings().forEach(w -> err.println("lacrima: warning: " + w));
        if (!irregular.isEmpty()) {
            err.println("lacrima: warning: not written (irregular samples): " + labels(irregular));
        }
        Recording regular = new Recording(recording.metadata(),
                recording.channels().stream().filter(Channel::isRegular).toList(), recording.events(),
                recording.referenceBeats());
        try {
            RecordingWriters.write(regular, out);
            if (csv) {
                EventsCsv.write(regular.events(), SimulationOutput.eventsSidecar(out));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(out.getFileName() + ": " + e.getMessage(), e);
        }
        return 0;
    }

    private static String labels(List<Channel> channels) {
        return String.join(", ", channels.stream().map(Channel::label).toList());
    }
}
