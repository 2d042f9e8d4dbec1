package org.lacrima.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.analysis.RecordingOutline;
import org.lacrima.app.output.OutputSet;
import org.lacrima.app.report.RawTraces;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.io.json.AnalysisJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lacrima analyze FILE ... --json OUT.json [--report ...]}: option parsing, one call to the
 * {@link AnalysisService}, then the writers. Nothing is written unless the analysis succeeded.
 * With {@code --out DIR}, every recording given (files or folders) is analysed in batch.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Find build-up episodes in a recording and classify them resolved, sustained or subsided.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "EDF/EDF+/BDF, WFDB record (.hea), Empatica E4 export (folder or zip), Polar export or CSV; "
                    + "with --out: any number of recordings and folders")
    List<Path> files;

    @Mixin
    RecordingInputOptions input = new RecordingInputOptions();

    @Option(names = "--baseline", paramLabel = "START:END", description = "baseline stretch in seconds (default: automatic)")
    String baseline;

    @Option(names = "--markers", description = "add R-peaks, pulse peaks, SCRs and breaths to the JSON")
    boolean markers;

    @Mixin
    AnalysisTuningOptions tuning = new AnalysisTuningOptions();

    @Option(names = "--json", paramLabel = "OUT.json", description = "where to write the analysis")
    Path json;

    @Mixin
    OutputOptions outputs = new OutputOptions();

    @Spec
    CommandSpec spec;

    @Mixin
    InterchangeOptions interchange = new InterchangeOptions();

    /** One line a person reads after a successful run: what was found and that the outputs are there. */
    static String summary(Path input, SessionAnalysis analysis, int outputs) {
        Map<Outcome, Long> byOutcome = analysis.episodes().stream()
                .collect(Collectors.groupingBy(Episode::outcome, () -> new EnumMap<>(Outcome.class), Collectors.counting()));
        String counts = Arrays.stream(Outcome.values())
                .map(o -> byOutcome.getOrDefault(o, 0L) + " " + o.jsonName()).collect(Collectors.joining(", "));
        int n = analysis.episodes().size();
        int dropped = analysis.droppedCandidates().size();
        return String.format(Locale.ROOT, "lacrima: %s: %.1f min analysed, %d episode%s (%s), %d rise%s followed and not "
                        + "reported; %d output%s written", input.getFileName(), analysis.durationSec() / 60, n,
                n == 1 ? "" : "s", counts, dropped, dropped == 1 ? "" : "s", outputs, outputs == 1 ? "" : "s");
    }

    @Override
    public Integer call() throws Exception {
        StartupTrace.mark("arguments parsed");
        AnalysisService service = new AnalysisService();
        if (outputs.batch()) {
            interchange.checkSingle();
            if (input.events != null || json != null) {
                throw new IllegalArgumentException("with --out, each recording gets DIR/NAME.json and its events from "
                        + "an events sidecar; --json and --events are for one recording");
            }
            return outputs.runBatch(files, (input, sidecar) -> service.analyze(request(input, sidecar)),
                    new AnalysisJsonWriter(markers)::write, System.err);
        }
        if (files.size() != 1) {
            throw new IllegalArgumentException(files.size() + " recordings given: analyse several with --out DIR");
        }
        if (json == null && !outputs.anyRequested() && !interchange.anyRequested()) {
            throw new IllegalArgumentException("nothing to write: give --json OUT.json (and/or --report, --figures, "
                    + "--indices, --episodes-csv, --fhir, --annotate, --annotations-edf), or --out DIR");
        }
        AnalysisRequest request = request(files.get(0), Optional.ofNullable(input.events));
        // the JSON, the figures, the tables and the FHIR Bundle need no samples once analysed, the report's plots are
        // decimated and the EDF+ outputs' events collected as the chunks go by: read in chunks, in memory bounded by
        // the analysis window; only an EDF+ copy of another format, written from the samples, gets the recording whole
        boolean needsSamples = interchange.needsRecording(files.get(0));
        Optional<RawTraces> raw = needsSamples ? Optional.empty() : outputs.rawTraces();
        Optional<RecordingOutline> outline = needsSamples ? Optional.empty() : interchange.outline();
        AnalysisService.ChunkTap tap = AnalysisService.ChunkTap.NONE;
        if (raw.isPresent()) {
            tap = tap.andThen(raw.get()::accept);
        }
        if (outline.isPresent()) {
            tap = tap.andThen(outline.get());
        }
        AnalysisService.Result result = needsSamples ? service.analyze(request)
                : new AnalysisService.Result(null, service.analyzeStreamed(request, AnalysisService.StageListener.NONE,
                        tap));
        StartupTrace.mark("read and analysed");
        // all outputs appear together or none does: a report that cannot be written takes the JSON with it
        OutputSet set = new OutputSet();
        try (set) {
            if (json != null) {
                // made only now: until here the warm-up thread may still be setting up the mapping (StartupWarmup)
                new AnalysisJsonWriter(markers).write(result.analysis(), set.stage(json));
            }
            if (outputs.anyRequested()) {
                outputs.writeSingle(result.recording(), raw.orElse(null), result.analysis(), files.get(0), set);
            }
            if (interchange.anyRequested()) {
                interchange.write(files.get(0), result.recording(), outline.orElse(null), request, result.analysis(),
                        set);
            }
            set.commit();
        }
        StartupTrace.mark("outputs written");
        spec.commandLine().getOut().println(summary(files.get(0), result.analysis(), set.size()));
        return 0;
    }

    /** The analysis request these options describe for one recording; also used by commands that extend analyze. */
    AnalysisRequest request(Path file, Optional<Path> eventsFile) {
        // the report draws SCRs, so it needs the markers even when the JSON leaves them out
        AnalysisOptions options = AnalysisOptions.defaults().withMarkers(markers || outputs.needsMarkers());
        if (baseline != null) {
            double[] range = parseBaseline(baseline);
            options = options.withBaseline(range[0], range[1]);
        }
        return new AnalysisRequest(file, eventsFile, input.readOptions(), tuning.applyTo(options));
    }

    private static double[] parseBaseline(String text) {
        String[] parts = text.split(":");
        try {
            if (parts.length == 2) {
                double start = Double.parseDouble(parts[0].trim());
                double end = Double.parseDouble(parts[1].trim());
                if (start >= 0 && end > start) {
                    return new double[] {start, end};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--baseline must be START:END in seconds with 0 <= START < END, got '"
                + text + "'");
    }
}
