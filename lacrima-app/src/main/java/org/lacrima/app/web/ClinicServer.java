package org.lacrima.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.lacrima.app.demo.DemoClinic;
import org.lacrima.app.jobs.AnalysisWorker;
import org.lacrima.app.jobs.RecordingAnalyzer;
import org.lacrima.app.jobs.SessionAnalysisJob;
import org.lacrima.app.live.LiveSessionRegistry;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.Database;

/**
 * The whole clinician web app, wired: database (migrated), content store, analysis queue and HTTP
 * server. Layout of the data folder: {@code lacrima.db} (unless PostgreSQL is used), {@code content/}
 * (uploads by SHA-256), {@code live/} (journals of
 * live sessions not yet ended), {@code scratch/} (temporary files, safe to delete while stopped).
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

    /** Opens the stores, re-queues interrupted jobs, and starts serving. */
    public static ClinicServer start(ServerOptions options, RecordingAnalyzer analyzer) throws IOException {
        Path dataDir = Files.createDirectories(options.dataDir());
        Database database = options.databaseUrl() == null
                ? Database.sqlite(dataDir.resolve("lacrima.db"))
                : Database.fromUrl(options.databaseUrl(), options.databaseUser(), options.databasePassword());
        Clinic clinic = new Clinic(database, Clock.systemUTC(), options.bcryptCost());
        ContentStore content = new ContentStore(dataDir.resolve("content"));
        Path scratch = Files.createDirectories(dataDir.resolve("scratch"));
        SessionAnalysisJob job = new SessionAnalysisJob(clinic.jobQueue(), content, analyzer, scratch.resolve("jobs"),
                options.testAnalysisDelayMillis());
        job.clearLeftovers();
        AnalysisWorker worker = new AnalysisWorker(clinic.jobQueue(), job, options.workerThreads());
        worker.start();
        LiveSessionRegistry live = new LiveSessionRegistry(clinic, content, worker::wake, dataDir.resolve("live"),
                scratch.resolve("live"));
        WebServer web = new WebServer(clinic, content, worker, options.maxUploadBytes(),
                Files.createDirectories(scratch.resolve("uploads")), live);
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
