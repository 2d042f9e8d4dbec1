package org.lacrima.core.sim;

import java.util.Objects;
import org.lacrima.core.model.Recording;

/**
 * A simulated recording together with the truth it was generated from.
 *
 * @param recording the signals, intervention events and metadata (source "simulator")
 * @param truth     episodes, beats, SCRs, breaths and latent curves behind the signals
 */
public record SimulatedSession(Recording recording, GroundTruth truth) {
    public SimulatedSession {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(truth, "truth");
    }
}
