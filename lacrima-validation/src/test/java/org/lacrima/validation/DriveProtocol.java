package org.lacrima.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;

/**
 * Locates the initial rest and the driving of a drivedb record from its {@code marker} channel.
 *
 * <p>drivedb (Healey &amp; Picard 2005) records start with a rest period, then city and highway
 * driving, then a final rest; the experimenter pressed a marker at the transitions, which shows as
 * pulses of the {@code marker} channel (tens of mV above its baseline of 10-20 mV). A pulse is a
 * rising edge above the channel's median + 10 mV; edges within 60 s are one transition. A pulse in
 * the first 5 minutes marks the start of the protocol (drive06 has one at 97 s). Then: initial rest
 * = from 60 s after the start (electrodes settle) to 30 s before the first later transition; driving
 * = from 60 s after that transition to the second-to-last transition (the last one ends the final
 * rest). Transitions found: drive05 at 941, 1901, 2365, 2729, 3183, 4079, 5027 s, giving rest 60-911 s
 * and driving 1001-4079 s; drive06 at 96, 999, 1869, 2308, 2701, 3159, 3897, 4799 s, giving rest
 * 156-969 s and driving 1059-3897 s. These match where heart rate and skin conductance visibly step.
 *
 * @param restStartSec    start of the initial rest, seconds from the recording start
 * @param restEndSec      end of the initial rest
 * @param drivingStartSec start of driving
 * @param drivingEndSec   end of driving
 * @param transitionsSec  all marker transitions found
 */
record DriveProtocol(double restStartSec, double restEndSec, double drivingStartSec, double drivingEndSec,
                     List<Double> transitionsSec) {

    static DriveProtocol locate(Recording recording) {
        Channel marker = recording.channel("marker").orElseThrow();
        double[] v = marker.values().toArray();
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double threshold = sorted[sorted.length / 2] + 10;
        List<Double> transitions = new ArrayList<>();
        for (int i = 1; i < v.length; i++) {
            if (v[i] > threshold && v[i - 1] <= threshold) {
                double t = marker.timeOfSec(i);
                if (transitions.isEmpty() || t - transitions.get(transitions.size() - 1) > 60) {
                    transitions.add(t);
                }
            }
        }
        double start = 0;
        List<Double> later = new ArrayList<>();
        for (double t : transitions) {
            if (t < 300) {
                start = t;
            } else {
                later.add(t);
            }
        }
        if (later.size() < 3) {
            throw new IllegalStateException("drivedb marker: expected at least 3 transitions after 5 min, found " + later);
        }
        double firstDrive = later.get(0);
        return new DriveProtocol(start + 60, firstDrive - 30, firstDrive + 60, later.get(later.size() - 2),
                List.copyOf(transitions));
    }
}
