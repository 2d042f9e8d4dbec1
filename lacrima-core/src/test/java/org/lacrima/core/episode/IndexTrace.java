package org.lacrima.core.episode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.lacrima.core.grid.GridBuffer;

/**
 * Hand-built 4 Hz indices as the signal stages deliver them (skin conductance level in µS, heart rate
 * in bpm, breathing rate per minute, RSA in ln ms²), calm with seeded jitter well inside the axis floors,
 * plus bouts written onto them.
 */
final class IndexTrace {
    static final double RATE_HZ = AxisTrace.RATE_HZ;

    final Map<String, double[]> values = new LinkedHashMap<>();

    IndexTrace(double seconds, long seed, String... names) {
        Random r = new Random(seed);
        int n = (int) Math.round(seconds * RATE_HZ);
        for (String name : names) {
            double[] x = new double[n];
            double level = calm(name);
            for (int k = 0; k < n; k++) {
                x[k] = level + 0.1 * floor(name) * r.nextGaussian();
            }
            values.put(name, x);
        }
    }

    static double calm(String name) {
        return switch (name) {
            case "scl" -> 5;
            case "hr" -> 70;
            case "breathingRate" -> 15;
            case "rsa" -> 6;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The axis floor of the index (its z unit when the baseline is this calm). */
    static double floor(String name) {
        return switch (name) {
            case "scl" -> 0.5;
            case "hr" -> 2;
            case "breathingRate" -> 1;
            case "rsa" -> 0.25;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * A crying bout: every sympathetic index rises linearly by {@code zRise} floors from {@code onset} to the peak
     * after {@code buildUpSec}, holds 5 s, then falls back with time constant {@code releaseTauSec}; RSA withdraws
     * by 2 floors during the build-up and rebounds {@code reboundZ} floors above calm after the release.
     */
    IndexTrace bout(double onset, double buildUpSec, double zRise, double releaseTauSec, double reboundZ) {
        return rise(onset, buildUpSec, zRise, releaseTauSec, reboundZ, true);
    }

    /** The sympathetic half of {@link #bout}: RSA does not move. */
    IndexTrace sympatheticRise(double onset, double buildUpSec, double zRise, double releaseTauSec) {
        return rise(onset, buildUpSec, zRise, releaseTauSec, 0, false);
    }

    private IndexTrace rise(double onset, double buildUpSec, double zRise, double releaseTauSec, double reboundZ,
                            boolean vagal) {
        double peak = onset + buildUpSec;
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            String name = e.getKey();
            double[] x = e.getValue();
            double[] add = new double[x.length];
            if (name.equals("rsa")) {
                if (!vagal) {
                    continue;
                }
                AxisTrace.ramp(add, onset, peak, -2 * floor(name));
                AxisTrace.ramp(add, peak + 5, peak + 25, reboundZ * floor(name));
                AxisTrace.decay(add, peak + 90, 90, 0);
            } else {
                AxisTrace.ramp(add, onset, peak, zRise * floor(name));
                AxisTrace.decay(add, peak + 5, releaseTauSec, 0);
            }
            for (int k = 0; k < x.length; k++) {
                x[k] += add[k];
            }
        }
        return this;
    }

    /** Adds {@code amount} (in the index's unit) to one index over {@code [from, to)} with smooth edges. */
    IndexTrace bump(String name, double from, double to, double amount) {
        double[] x = values.get(name);
        for (int k = AxisTrace.index(from); k < Math.min(x.length, AxisTrace.index(to)); k++) {
            double phase = (k - AxisTrace.index(from)) / ((to - from) * RATE_HZ);
            x[k] += amount * Math.sin(Math.PI * phase);
        }
        return this;
    }

    /** The first {@code points} grid points as grid buffers. */
    Map<String, GridBuffer> buffers(int points) {
        Map<String, GridBuffer> out = new LinkedHashMap<>();
        values.forEach((name, x) -> {
            GridBuffer b = new GridBuffer();
            for (int k = 0; k < points; k++) {
                b.add(x[k]);
            }
            out.put(name, b);
        });
        return out;
    }

    int length() {
        return values.values().iterator().next().length;
    }
}
