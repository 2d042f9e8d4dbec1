package org.lacrima.app.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lacrima.app.store.DatabaseOutage;
import org.lacrima.app.store.Job;
import org.lacrima.app.store.JobQueue;

/**
 * Background threads that drain the persistent analysis queue. The queue lives in the database, so
 * a restart loses nothing: on start, jobs a crash left running are queued again.
 */
public final class AnalysisWorker implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AnalysisWorker.class.getName());
    private static final long IDLE_POLL_MILLIS = 1000;

    private final JobQueue queue;
    private final SessionAnalysisJob job;
    private final int threadCount;
    private final Semaphore wakeUps = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private final Set<String> stranded = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    public AnalysisWorker(JobQueue queue, SessionAnalysisJob job, int threadCount) {
        this.queue = queue;
        this.job = job;
        this.threadCount = threadCount;
    }

    /** Re-queues interrupted jobs and starts draining the queue. */
    public synchronized void start() {
        int requeued = queue.requeueInterrupted();
        if (requeued > 0) {
            LOG.info(requeued + " interrupted analysis job(s) queued again");
        }
        running = true;
        for (int i = 0; i < threadCount; i++) {
            Thread t = new Thread(this::drain, "lacrima-analysis-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    /** Tells the worker a job was queued, so it starts now rather than at the next poll. */
    public void wake() {
        wakeUps.release();
    }

    private void drain() {
        while (running) {
            try {
                putBackStranded();
                Optional<Job> next = queue.claimNext();
                if (next.isPresent()) {
                    runOne(next.get());
                } else {
                    wakeUps.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (DatabaseOutage.is(e)) {
                    // The database went away: say so once per pause, without a trace, and try again.
                    LOG.warning("analysis queue: database unreachable (" + firstLine(e) + "); retrying");
                } else {
                    LOG.log(Level.WARNING, "analysis queue error", e);
                }
                sleepQuietly();
            } catch (Error e) {
                // Nothing a job does may end the worker (the job itself was failed inside run()).
                LOG.log(Level.WARNING, "analysis queue error", e);
                sleepQuietly();
            }
        }
    }

    private void runOne(Job claimed) {
        try {
            job.run(claimed);
        } catch (RuntimeException e) {
            if (DatabaseOutage.is(e)) {
                // Not the file's fault: the job goes back to the end of the queue once the database answers.
                stranded.add(claimed.id());
            }
            throw e;
        }
    }

    /** Jobs whose run lost the database are put back before anything new is claimed. */
    private void putBackStranded() {
        for (String id : stranded) {
            queue.putBack(id);
            stranded.remove(id);
            LOG.info("analysis job " + id + " put back in the queue after a database outage");
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? "no message" : root.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(IDLE_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the threads; a job cut short stays 'running' and is re-queued on the next start. */
    @Override
    public synchronized void close() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }
}
