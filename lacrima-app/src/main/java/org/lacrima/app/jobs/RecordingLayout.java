package org.lacrima.app.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.JobQueue;
import org.lacrima.app.store.SessionFile;
import org.lacrima.core.model.Event;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingFormat;
import org.lacrima.io.csv.EventsCsv;

/**
 * Lays a session's stored originals out under their upload names in a scratch folder (readers find
 * WFDB companions by name) and says how to analyse them. The queued analysis and the session page's
 * raw signals both read a stored recording this way, so they read the same thing.
 */
public final class RecordingLayout {
    private final ContentStore content;

    public RecordingLayout(ContentStore content) {
        this.content = content;
    }

    /** The request that analyses {@code materials} as laid out under {@code scratch} (an empty folder). */
    public AnalysisRequest layOut(JobQueue.SessionMaterials materials, Path scratch, AnalysisSettings settings,
                                  ReadBudget budget) throws IOException {
        Path recordingDir = Files.createDirectories(scratch.resolve("recording"));
        List<Path> eventsFiles = new ArrayList<>();
        Optional<Path> intervalsBeside = Optional.empty();
        for (SessionFile f : materials.files()) {
            if (SessionFile.KEPT.equals(f.role())) {
                // a live strap's intervals beside the EDF+ that cannot hold them: read with it, on its clock
                if (isRrExport(f.fileName()) && intervalsBeside.isEmpty()) {
                    Path kept = Files.createDirectories(scratch.resolve("kept")).resolve(safeName(f.fileName()));
                    content.copyTo(f.sha256(), kept);
                    intervalsBeside = Optional.of(kept);
                }
                continue;
            }
            if (SessionFile.EVENTS.equals(f.role())) {
                Path eventsFile = scratch.resolve(safeName(f.fileName()));
                content.copyTo(f.sha256(), eventsFile);
                eventsFiles.add(eventsFile);
            } else {
                content.copyTo(f.sha256(), recordingDir.resolve(safeName(f.fileName())));
            }
        }
        ReadOptions read = materials.formatHint() == null ? ReadOptions.defaults().withBudget(budget)
                : ReadOptions.defaults().withBudget(budget).withFormat(RecordingFormat.parse(materials.formatHint()));
        Path recording = mainFile(recordingDir);
        // an events file with clock times needs the recording's start: its header is read only then
        EventsCsv.RecordingStart start = () -> {
            try (var stream = org.lacrima.io.RecordingReaders.open(recording, read)) {
                return stream.header().metadata().start();
            }
        };
        List<Event> events = new ArrayList<>();
        for (Path eventsFile : eventsFiles) {
            events.addAll(EventsCsv.read(eventsFile, start));
        }
        // the uploaded events file's events and those marked in the app go to the analyzer as objects, kinds and all
        materials.events().forEach(e -> events.add(e.toEvent()));
        events.sort(Comparator.comparingDouble(Event::onsetSec));
        return new AnalysisRequest(recording, Optional.empty(), read, settings.toOptions(), events, intervalsBeside);
    }

    /** Whether a kept file is a strap's RR export, as the live session keeps it ({@code <name>_RR.txt}). */
    static boolean isRrExport(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith("_rr.txt");
    }

    /** One file is the recording; a WFDB record is read through its header; other sets are a folder export. */
    static Path mainFile(Path recordingDir) throws IOException {
        List<Path> files;
        try (var stream = Files.list(recordingDir)) {
            files = stream.sorted().toList();
        }
        if (files.size() == 1) {
            return files.get(0);
        }
        Optional<Path> header = files.stream()
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".hea")).findFirst();
        return header.orElse(recordingDir);
    }

    /** The last path element only, so an upload name can never point outside the scratch folder. */
    static String safeName(String uploadName) {
        String base = uploadName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        base = base.replaceAll("[^A-Za-z0-9._+-]", "_");
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            return "upload";
        }
        return base;
    }
}
