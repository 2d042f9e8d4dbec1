package org.lacrima.app.store;

/**
 * An uploaded file of a session; its bytes are in the {@link ContentStore} under {@code sha256}.
 *
 * @param role {@link #RECORDING}, {@link #EVENTS} or {@link #KEPT}
 */
public record SessionFile(String id, String role, String fileName, String sha256, long sizeBytes) {
    /** Part of the recording (one file, or several for a WFDB record). */
    public static final String RECORDING = "recording";
    /** An events CSV ({@code onset,label}). */
    public static final String EVENTS = "events";
    /**
     * Received data the recording's format cannot hold, kept beside it so nothing accepted is lost: a live strap's RR
     * intervals beside the sampled channels of its EDF+, which the analysis reads with the EDF+ (a Polar RR export
     * named {@code <name>_RR.txt}, stamped on the EDF+'s clock).
     */
    public static final String KEPT = "kept";
}
