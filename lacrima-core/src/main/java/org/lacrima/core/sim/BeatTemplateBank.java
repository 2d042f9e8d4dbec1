package org.lacrima.core.sim;

/**
 * Precomputed beat shapes at one sampling rate, one per 20 ms interval bin and sub-sample phase,
 * so rendering an hour of ECG at 500 Hz is only array additions (no per-sample function calls).
 */
final class BeatTemplateBank {
    private static final double BIN_SEC = 0.02;
    private final BeatWaveform waveform;
    private final double rateHz;
    private final int phases;
    /** templates[bin][phase] sampled from sample offset starts[bin]. */
    private final double[][][] templates;
    private final int[] starts;

    BeatTemplateBank(BeatWaveform waveform, double rateHz) {
        this.waveform = waveform;
        this.rateHz = rateHz;
        // sub-sample phases keep the placement exact to an eighth of a sample at low rates
        this.phases = rateHz >= 1000 ? 1 : 4;
        int bins = (int) Math.round((HeartModel.MAX_RR_SEC - HeartModel.MIN_RR_SEC) / BIN_SEC) + 1;
        templates = new double[bins][][];
        starts = new int[bins];
    }

    /** The templates of one interval bin, computed when a beat first needs them (a session uses few bins). */
    private double[][] bin(int b) {
        if (templates[b] == null) {
            double rr = HeartModel.MIN_RR_SEC + b * BIN_SEC;
            int start = (int) Math.floor(waveform.startSec(rr) * rateHz) - 1;
            int end = (int) Math.ceil(waveform.endSec(rr) * rateHz) + 1;
            double[][] shapes = new double[phases][end - start + 1];
            for (int q = 0; q < phases; q++) {
                for (int j = 0; j < shapes[q].length; j++) {
                    shapes[q][j] = waveform.valueAt((start + j - (double) q / phases) / rateHz, rr);
                }
            }
            starts[b] = start;
            templates[b] = shapes;
        }
        return templates[b];
    }

    /**
     * Adds one beat's shape into {@code out} (sample {@code i} at {@code i / rateHz} s); the parts
     * falling outside {@code out} are dropped.
     *
     * @param placementSec where the beat is placed, seconds
     * @param rrSec        the beat's interval to the next, seconds
     * @param scale        amplitude factor
     */
    void add(double[] out, double placementSec, double rrSec, double scale) {
        double x = placementSec * rateHz;
        int base = (int) Math.floor(x);
        int q = (int) Math.round((x - base) * phases);
        if (q == phases) {
            base++;
            q = 0;
        }
        int bin = (int) Math.round((rrSec - HeartModel.MIN_RR_SEC) / BIN_SEC);
        bin = Math.max(0, Math.min(templates.length - 1, bin));
        double[] tpl = bin(bin)[q];
        int first = base + starts[bin];
        int j0 = Math.max(0, -first);
        int j1 = Math.min(tpl.length, out.length - first);
        for (int j = j0; j < j1; j++) {
            out[first + j] += scale * tpl[j];
        }
    }
}
