package org.lacrima.core.sim;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;

/** Plain measurements over a time window, computed independently of the simulator's internals. */
final class WindowMeasures {
    private WindowMeasures() {
    }

    /** Mean heart rate in bpm from the beat intervals ending inside {@code [fromSec, toSec)}. */
    static double heartRateBpm(Samples beats, double fromSec, double toSec) {
        double sum = 0;
        int n = 0;
        for (int i = 1; i < beats.length(); i++) {
            if (beats.get(i) >= fromSec && beats.get(i) < toSec) {
                sum += beats.get(i) - beats.get(i - 1);
                n++;
            }
        }
        return 60 / (sum / n);
    }

    /** RMSSD in milliseconds of the beat intervals ending inside {@code [fromSec, toSec)}. */
    static double rmssdMs(Samples beats, double fromSec, double toSec) {
        double sum = 0;
        int n = 0;
        for (int i = 2; i < beats.length(); i++) {
            if (beats.get(i) >= fromSec && beats.get(i) < toSec) {
                double d = (beats.get(i) - beats.get(i - 1)) - (beats.get(i - 1) - beats.get(i - 2));
                sum += d * d;
                n++;
            }
        }
        return 1000 * Math.sqrt(sum / n);
    }

    /** Mean of a channel's samples inside {@code [fromSec, toSec)}. */
    static double mean(Channel channel, double fromSec, double toSec) {
        Channel part = channel.slice(fromSec, toSec);
        double sum = 0;
        for (int i = 0; i < part.length(); i++) {
            sum += part.values().get(i);
        }
        return sum / part.length();
    }
}
