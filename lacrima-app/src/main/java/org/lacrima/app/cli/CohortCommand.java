package org.lacrima.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lacrima.app.batch.BatchRunner;
import org.lacrima.app.cohort.CohortJob;
import org.lacrima.app.cohort.CohortPlan;
import org.lacrima.app.cohort.CohortSettings;
import org.lacrima.app.cohort.FolderCohort;
import org.lacrima.app.cohort.ManifestTable;
import org.lacrima.app.cohort.ManifestValidator;
import org.lacrima.app.jobs.RecordingAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lacrima cohort MANIFEST|DIR --out DIR}: validates the manifest (or finds the recordings of a
 * folder), then hands the cohort to {@link CohortJob}. Exit code 1 when any recording failed.
 */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = "Analyse a cohort of recordings on this machine into Parquet tables (sessions, episodes, "
                + "failures, indices) and a summary page; re-runs analyse only what is new.")
final class CohortCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MANIFEST|DIR",
            description = "manifest (CSV or Parquet: recording, subject, session, date, condition, events, baseline) "
                    + "or a folder of recordings")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the tables and the summary")
    Path out;

    @Option(names = "--pattern", paramLabel = "REGEX",
            description = "folder mode: regular expression over each recording's relative path with named groups "
                    + "subject, session, condition, date (default: subject/session.ext)")
    String pattern;

    @Option(names = "--threads", paramLabel = "N", description = "recordings analysed at once (default: one per core)")
    Integer threads;

    @Option(names = "--indices", description = "also write the 4 Hz indices of every recording (indices.parquet)")
    boolean indices;

    @Mixin
    AnalysisTuningOptions tuning = new AnalysisTuningOptions();

    @Override
    public Integer call() throws Exception {
        CohortPlan plan;
        if (Files.isDirectory(input)) {
            plan = FolderCohort.plan(input, pattern);
        } else {
            if (pattern != null) {
                throw new IllegalArgumentException("--pattern is for a folder of recordings; a manifest names "
                        + "subject and session in its columns");
            }
            plan = ManifestValidator.validate(ManifestTable.read(input));
        }
        if (plan.entries().isEmpty() && plan.rejected().isEmpty()) {
            throw new IllegalArgumentException(input + ": no recording found");
        }
        CohortSettings settings = new CohortSettings(tuning.interventionLabels, tuning.scrThreshold, tuning.ecgChannel, indices);
        CohortJob job = new CohortJob(RecordingAnalyzer.service(), settings,
                threads == null ? BatchRunner.defaultThreads() : threads, System.err, spec.commandLine().getErr());
        return job.run(plan, out).failures().isEmpty() ? 0 : 1;
    }
}
