package org.lacrima.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormat;
import org.lacrima.io.RecordingReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lacrima info FILE…}: what a recording holds, as the readers see it (like {@code edfinfo} or
 * {@code wfdbdesc}): format, start, duration, every channel with type, rate, unit and length, the
 * events and the readers' warnings. A file that cannot be read is reported on stderr in one line and
 * the others are still described; the exit code is then 1.
 */
@Command(name = "info", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Describe recordings: channels, types, rates, units, duration, start time, events, warnings.")
final class InfoCommand implements Callable<Integer> {
    private static final int EVENTS_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "recordings (any format analyze reads)")
    List<Path> files;

    @Mixin
    RecordingInputOptions input = new RecordingInputOptions();

    @Option(names = "--all-events", description = "list every event (default: the first " + EVENTS_SHOWN + ")")
    boolean allEvents;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path file : files) {
            try {
                RecordingFormat format = RecordingReaders.formatOf(file, input.readOptions());
                describe(file, format, input.read(file), out);
            } catch (Exception e) {
                failed++;
                err.println("lacrima: " + OneLineErrorHandler.firstLine(e));
            }
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    private void describe(Path file, RecordingFormat format, ReadResult read, PrintWriter out) {
        Recording rec = read.recording();
        out.println(file);
        out.printf(Locale.ROOT, "  format    %s%n", format.name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "  start     %s%n", rec.metadata().start().map(Object::toString).orElse("not stated"));
        out.printf(Locale.ROOT, "  duration  %s%n", clock(rec.durationSec()));
        if (!rec.metadata().subjectCode().isBlank()) {
            out.printf(Locale.ROOT, "  subject   %s%n", rec.metadata().subjectCode());
        }
        if (rec.metadata().accelerometerSite() != BodySite.UNKNOWN) {
            // worn on the chest, the accelerometer carries the breathing the analysis draws the talking from
            out.printf(Locale.ROOT, "  accelerometer worn at the %s%n", rec.metadata().accelerometerSite().word());
        }
        out.printf(Locale.ROOT, "  channels  %d%n", rec.channels().size());
        out.printf(Locale.ROOT, "    %-3s %-20s %-6s %10s %-8s %10s %10s %12s%n",
                "#", "label", "type", "rate (Hz)", "unit", "samples", "start (s)", "duration");
        int i = 1;
        for (Channel c : rec.channels()) {
            String rate = c.isRegular() ? plain(c.rateHz()) : "irregular";
            out.printf(Locale.ROOT, "    %-3d %-20s %-6s %10s %-8s %10d %10.3f %12s%n", i++, c.label(), c.type(),
                    rate, c.unit().isBlank() ? "-" : c.unit(), c.length(), c.startOffsetSec(),
                    clock(c.endSec() - c.startOffsetSec()));
        }
        if (!rec.referenceBeats().isEmpty()) {
            out.printf(Locale.ROOT, "  reference beats  %d%n", rec.referenceBeats().size());
        }
        out.printf(Locale.ROOT, "  events    %d%n", rec.events().size());
        List<Event> shown = allEvents ? rec.events() : rec.events().stream().limit(EVENTS_SHOWN).toList();
        for (Event e : shown) {
            out.printf(Locale.ROOT, "    %10s  %s%s%n", clock(e.onsetSec()), e.label(),
                    e.durationSec() > 0 ? String.format(Locale.ROOT, " (%.1f s)", e.durationSec()) : "");
        }
        if (shown.size() < rec.events().size()) {
            out.printf(Locale.ROOT, "    … %d more (--all-events)%n", rec.events().size() - shown.size());
        }
        out.printf(Locale.ROOT, "  warnings  %d%n", read.warnings().size());
        read.warnings().forEach(w -> out.println("    " + w));
    }

    /** A rate as written in headers: 360, 128.205, never 360.000. */
    static String plain(double value) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.6g", value)).stripTrailingZeros().toPlainString();
    }

    /** Seconds as h:mm:ss.s, the way recording lengths are read off. */
    static String clock(double sec) {
        if (!Double.isFinite(sec)) {
            return "unknown";
        }
        long tenths = Math.round(sec * 10);
        long h = tenths / 36000;
        long m = tenths / 600 % 60;
        double s = tenths % 600 / 10.0;
        return String.format(Locale.ROOT, "%d:%02d:%04.1f", h, m, s);
    }
}
