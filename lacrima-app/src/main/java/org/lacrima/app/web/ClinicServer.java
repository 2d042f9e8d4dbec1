package org.lacrima.app.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.lacrima.app.demo.DemoClinic;
import org.lacrima.app.jobs.AnalysisWorker;
import org.lacrima.app.jobs.RecordingAnalyzer;
import org.lacrima.app.jobs.SessionAnalysisJob;
import org.lacrima.app.live.LiveSessionRegistry;
import org.lacrima.app.signals.SessionSignals;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.Database;
import org.lacrima.app.store.OwnerOnly;
import org.lacrima.io.ReadBudget;

/**
 * The whole clinician web app, wired: database (migrated), content store, analysis queue and HTTP
 * server. Layout of the data folder: {@code lacrima.db} (unless PostgreSQL is used), {@code content/}
 * (uploads by SHA-256), {@code live/} (journals of live sessions not yet ended), {@code scratch/} (temporary files, safe to delete while stopped); all of it
 * owner-only (folders 0700, files 0600).
 */
public final class ClinicServer implements AutoCloseable {
    private final Database database;
    private final Clinic clinic;
    private final ContentStore content;
    private final Path scratch;
    private final AnalysisWorker worker;
    private final WebServer web;
    private final LiveSessionRegistry live;

    private ClinicServer(Database database, Clinic clinic, ContentStore content, Path scratch, AnalysisWorker worker,
                         WebServer web, LiveSessionRegistry live) {
        this.database = database;
        this.clinic = clinic;
        this.content = content;
        this.scratch = scratch;
        this.worker = worker;
        this.web = web;
        this.live = live;
    }

    /**
     * Opens the stores, makes the data folder owner-only, clears what interrupted uploads and jobs
     * left behind (and stored files no record refers to), re-queues interrupted jobs, and starts
     * serving. One data folder serves one server process.
     */
    public static ClinicServer start(ServerOptions options, RecordingAnalyzer analyzer) throws IOException {
        Path dataDir = OwnerOnly.folder(options.dataDir());
        Database database = options.databaseUrl() == null
                ? Database.sqlite(dataDir.resolve("lacrima.db"))
                : Database.fromUrl(options.databaseUrl(), options.databaseUser(), options.databasePassword());
        Clinic clinic = new Clinic(database, Clock.systemUTC(), options.bcryptCost());
        ContentStore content = new ContentStore(dataDir.resolve("content"));
        content.clearIncoming();
        content.removeUnreferenced(clinic.referencedContents());
        Path scratch = OwnerOnly.folder(dataDir.resolve("scratch"));
        ReadBudget perAnalysis = new ReadBudget(Math.max(1, ReadBudget.defaults().bytes() / options.workerThreads()));
        SessionAnalysisJob job = new SessionAnalysisJob(clinic.jobQueue(), content, analyzer, scratch.resolve("jobs"),
                perAnalysis, options.testAnalysisDelayMillis());
        job.clearLeftovers();
        Path uploads = scratch.resolve("uploads");
        SessionAnalysisJob.deleteQuietly(uploads); // multipart spool files of uploads cut off by a stop
        OwnerOnly.folder(uploads);
        OwnerOnly.tighten(dataDir);
        AnalysisWorker worker = new AnalysisWorker(clinic.jobQueue(), job, options.workerThreads());
        worker.start();
        LiveSessionRegistry live = new LiveSessionRegistry(clinic, content, worker::wake, OwnerOnly.folder(dataDir.resolve("live")),
                OwnerOnly.folder(scratch.resolve("live")));
        SessionSignals.clearLeftovers(scratch.resolve("signals"));
        SessionSignals signals = new SessionSignals(content, scratch.resolve("signals"), perAnalysis);
        WebServer web = new WebServer(clinic, content, worker, options, uploads, live, signals);
        try {
            web.start(options.host(), options.port());
        } catch (RuntimeException e) {
            live.close();
            worker.close();
            database.close();
            throw e;
        }
        return new ClinicServer(database, clinic, content, scratch, worker, web, live);
    }

    /** The port it listens on. */
    public int port() {
        return web.port();
    }

    /** The records (for seeding demo data and for tests). */
    public Clinic clinic() {
        return clinic;
    }

    /** Where the records live, in words. */
    public String databaseDescription() {
        return database.description();
    }

    /**
     * Seeds the demo clinician and client (see {@link DemoClinic}) unless present, and starts analysing.
     *
     * @return true if anything was seeded
     */
    public boolean seedDemo() throws IOException {
        boolean seeded = DemoClinic.seed(clinic, content, scratch.resolve("demo"));
        worker.wake();
        return seeded;
    }

    @Override
    public void close() {
        web.close();
        live.close();
        worker.close();
        database.close();
    }
}
