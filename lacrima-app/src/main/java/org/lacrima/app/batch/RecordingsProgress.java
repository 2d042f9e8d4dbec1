package org.lacrima.app.batch;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a run over many recordings (a batch, a cohort): recordings done of all, their rate, and the name
 * of the last one done. Steps may come from any worker thread. Without a stream to draw on, it shows nothing.
 */
public final class RecordingsProgress implements AutoCloseable {
    private final ProgressBar bar;

    private RecordingsProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * A bar named {@code task} over {@code total} recordings on {@code out} (stderr), or one that shows nothing when
     * {@code out} is null.
     */
    public static RecordingsProgress on(PrintStream out, String task, int total) {
        if (out == null) {
            return new RecordingsProgress(null);
        }
        return new RecordingsProgress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out)).showSpeed().build());
    }

    /** One more recording done, named {@code name}. */
    public void done(String name) {
        if (bar != null) {
            // the bar writes its extra message straight after the speed's "/s"
            bar.setExtraMessage(" " + name);
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
