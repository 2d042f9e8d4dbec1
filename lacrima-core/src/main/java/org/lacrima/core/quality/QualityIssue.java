package org.lacrima.core.quality;

/** Why a stretch of signal was judged unusable. */
public enum QualityIssue {
    /** The value did not change at all for longer than physiology allows (disconnected sensor, stuck ADC). */
    FLAT_LINE("flat line"),
    /** A run of samples pinned at the channel's minimum or maximum (amplifier or ADC saturation). */
    CLIPPING("clipping"),
    /** Missing samples: {@code NaN} values or a gap between irregular samples. */
    DROPOUT("dropout"),
    /** Values outside the physiologically possible range (e.g. EDA at or below 0 µS, heart rate above 220 bpm). */
    IMPLAUSIBLE("implausible values"),
    /** Movement strong enough on the accelerometer to corrupt the signal. */
    MOTION("motion"),
    /** Walking or other sustained movement, and the recovery after it: the autonomic indices follow the muscles. */
    EXERTION("walking or sustained movement"),
    /**
     * A step of the heart rate within seconds, held, as on standing up and walking, in a session whose heart is the only
     * witness (no accelerometer, skin conductance or belt to tell movement from arousal); left out as exertion is.
     */
    HEART_RATE_STEP("heart-rate step as on standing up or walking"),
    /**
     * A burst of beat detections closer together than any heart beats: several intervals in a few seconds far shorter than
     * the rhythm around them, two of them in a row, as electrode motion and muscle noise put false beats into an ECG or a
     * pulse wave while the client moves; the intervals through it are no heartbeats.
     */
    SPURIOUS_BEATS("beats detected faster than the heart beats (movement noise)"),
    /** Speech breathing: quick inspirations and long, paced expirations; the breathing pattern follows speech. */
    SPEECH("speech breathing"),
    /** Laughter: laugh exhalations (4–5 Hz pulses, far below the resting end-expiratory level); the breathing follows the laugh. */
    LAUGHTER("laughter"),
    /** Slow paced breathing (about 6 per minute) in the heart rhythm: heart rate and RSA follow the breathing exercise. */
    SLOW_BREATHING("slow paced breathing"),
    /** A calibration signal (square pulses a recorder writes before or between the patient signal), not physiology. */
    CALIBRATION("calibration signal"),
    /** The channel is too short for the analysis to say anything. */
    TOO_SHORT("too short");

    private final String description;

    QualityIssue(String description) {
        this.description = description;
    }

    /** Human-readable name used in warnings. */
    public String description() {
        return description;
    }
}
