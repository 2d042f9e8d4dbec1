package org.lacrima.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadResult;
import org.lacrima.io.bids.BidsNames;
import org.lacrima.io.bids.BidsPhysioWriter;
import picocli.CommandLine.Option;

/** {@code convert IN --bids DIR}: the recording as BIDS physio with its events and (analysed here) episodes. */
final class BidsOptions {
    @Option(names = "--bids", paramLabel = "DIR",
            description = "write BIDS physio into the dataset folder DIR (sub-X/beh/..._physio.tsv.gz, .json, "
                    + "_events.tsv with events, baseline and episodes) instead of OUT")
    Path bids;

    @Option(names = "--subject", paramLabel = "LABEL",
            description = "with --bids: subject label, letters and digits (default: the recording's subject code)")
    String subject;

    @Option(names = "--session", paramLabel = "LABEL", description = "with --bids: session label, letters and digits")
    String session;

    @Option(names = "--task", paramLabel = "LABEL", defaultValue = BidsNames.DEFAULT_TASK,
            description = "with --bids: task label (default: ${DEFAULT-VALUE})")
    String task;

    @Option(names = "--no-episodes", description = "with --bids: events only, without analysing the recording")
    boolean noEpisodes;

    boolean requested() {
        return bids != null;
    }

    /** Reads, analyses (unless told not to) and writes; returns the exit code. */
    int convert(Path in, Path out, RecordingInputOptions input, PrintWriter err, PrintWriter stdout) throws IOException {
        if (out != null) {
            throw new IllegalArgumentException("give either OUT or --bids DIR, not both");
        }
        if (Files.exists(bids) && !Files.isDirectory(bids)) {
            throw new IllegalArgumentException(bids + ": not a folder");
        }
        ReadResult read = input.read(in);
        Recording recording = read.recording();
        BidsNames names = names(recording, in);
        read.warnings().forEach(w -> err.println("lacrima: warning: " + w));
        Optional<SessionAnalysis> analysis = noEpisodes ? Optional.empty()
                : Optional.of(new SessionAnalyzer(AnalysisOptions.defaults()).analyze(recording));
        BidsPhysioWriter.Written written;
        try {
            written = BidsPhysioWriter.write(recording, analysis, names, bids, "Lacrima 0.1.0");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(in.getFileName() + ": " + e.getMessage(), e);
        }
        written.warnings().forEach(w -> err.println("lacrima: warning: " + w));
        written.files().forEach(f -> stdout.println(f.toString().replace('\\', '/')));
        return 0;
    }

    private BidsNames names(Recording recording, Path in) {
        String label = subject != null ? subject : BidsNames.labelFrom(recording.metadata().subjectCode());
        if (label.isEmpty()) {
            throw new IllegalArgumentException(in.getFileName() + ": the recording names no subject; give --subject LABEL");
        }
        return new BidsNames(label, Optional.ofNullable(session), task);
    }
}
