package org.lacrima.io.polar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where a strap's RR stream lost beats in transit, from the phone's timestamps. A chest strap sends its RR intervals
 * over Bluetooth about once a second (the Heart Rate Service's notification carries the one to three intervals closed
 * since the last); while the link drops, notifications are lost, not queued, and the intervals that follow no longer
 * continue from the last one received. Summing the intervals then pulls every later beat earlier by the lost time,
 * and events on the phone's clock no longer meet their beats. The phone's clock keeps running through a dropout: where
 * it moved on by more than {@link #DROPOUT_SEC} beyond the interval received, that excess is time with no beats.
 */
final class BluetoothDropouts {
    /**
     * Seconds the phone's clock may move on beyond an interval before the difference is lost time: a notification
     * delivers the intervals of up to about a second at once, and the phone stamps it on arrival, so stamps trail the
     * beats by a second or two at most; an interval is at most about 2 s (30 bpm), which the interval itself accounts
     * for. A strap that missed a beat reports the long interval, so no excess.
     */
    static final double DROPOUT_SEC = 3;

    private BluetoothDropouts() {
    }

    /**
     * Seconds lost in transit just before each beat, from the phone's stamps of the beats and their intervals in
     * seconds: 0 where the stamps follow the intervals; all 0 when a stamp is missing.
     */
    static double[] lostSecondsBefore(List<Optional<LocalDateTime>> phoneStamps, double[] intervalsSec) {
        double[] lost = new double[intervalsSec.length];
        if (phoneStamps.size() != intervalsSec.length || phoneStamps.stream().anyMatch(Optional::isEmpty)) {
            return lost;
        }
        for (int i = 1; i < lost.length; i++) {
            double clockSec = Duration.between(phoneStamps.get(i - 1).get(), phoneStamps.get(i).get()).toNanos() / 1e9;
            double excess = clockSec - intervalsSec[i];
            lost[i] = excess > DROPOUT_SEC ? excess : 0;
        }
        return lost;
    }
}
