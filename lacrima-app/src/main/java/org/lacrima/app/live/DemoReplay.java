package org.lacrima.app.live;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ChannelInfo;

/**
 * The live demo: a simulated session (a release, a build-up that stays high, one cut short by an
 * intervention) fed into a live session in 1-s chunks at {@value #SPEED}x real time, through the same
 * path a socket's chunks take.
 */
final class DemoReplay {
    static final double SPEED = 10;
    private static final Logger LOG = Logger.getLogger(DemoReplay.class.getName());
    private static final List<EpisodeSpec> EPISODES = List.of(EpisodeSpec.of(Outcome.RESOLVED),
            EpisodeSpec.of(Outcome.SUSTAINED), new EpisodeSpec(Outcome.SUBSIDED, true));

    private DemoReplay() {
    }

    /** Starts feeding {@code session} in the background; stops when the session ends. */
    static void start(LiveSession session) {
        Thread t = new Thread(() -> run(session), "lacrima-live-demo-" + session.id());
        t.setDaemon(true);
        t.start();
    }

    private static void run(LiveSession session) {
        Recording recording = SessionSimulator.simulate(SimulationConfig.defaults().withDurationSec(40 * 60)
                .withEpisodes(EPISODES).withSeed(7)).recording();
        List<ChannelInfo> channels = LiveChunks.streamableOf(recording);
        LivePeer quiet = json -> { };
        session.onText(quiet, LiveChunks.hello(channels, recording.metadata().accelerometerSite()));
        long start = System.nanoTime();
        long seq = 0;
        try {
            for (double t = 0; t < recording.durationSec() && !session.isEnded(); t += 1, seq++) {
                long wait = start + (long) (t / SPEED * 1e9) - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Recording piece = recording.slice(t, Math.min(recording.durationSec(), t + 1));
                session.onBinary(quiet, ByteBuffer.wrap(BinaryChunkCodec.encode(LiveChunks.chunk(seq, piece, channels))));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live demo " + session.id() + " stopped", e);
        }
    }
}
