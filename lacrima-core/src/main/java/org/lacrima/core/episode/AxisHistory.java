package org.lacrima.core.episode;

import org.lacrima.core.grid.GridBuffer;

/**
 * The two autonomic axes as they arrived, on the analysis grid: sympathetic S, parasympathetic P,
 * their qualities (0..1) and the breathing irregularity index. Grid point {@code k} lies at
 * {@code k / rateHz} seconds from the recording start.
 */
public final class AxisHistory {
    private final double rateHz;
    private final boolean parasympatheticAvailable;
    final GridBuffer s = new GridBuffer();
    final GridBuffer p = new GridBuffer();
    final GridBuffer sQuality = new GridBuffer();
    final GridBuffer pQuality = new GridBuffer();
    final GridBuffer irregularity = new GridBuffer();

    /**
     * @param rateHz                   grid rate in hertz
     * @param parasympatheticAvailable whether a P axis exists at all (RSA or heart rate)
     */
    public AxisHistory(double rateHz, boolean parasympatheticAvailable) {
        this.rateHz = rateHz;
        this.parasympatheticAvailable = parasympatheticAvailable;
    }

    /** Appends one grid point; any value may be {@code NaN}. */
    public void add(double sValue, double sQualityValue, double pValue, double pQualityValue, double irregularityValue) {
        s.add(sValue);
        sQuality.add(sQualityValue);
        p.add(pValue);
        pQuality.add(pQualityValue);
        irregularity.add(irregularityValue);
    }

    /** Grid rate in hertz. */
    public double rateHz() {
        return rateHz;
    }

    /** Whether a parasympathetic axis exists. */
    public boolean parasympatheticAvailable() {
        return parasympatheticAvailable;
    }

    /** Number of grid points so far. */
    public int length() {
        return s.length();
    }

    /** Seconds from the recording start of grid point {@code k}. */
    public double timeSec(int k) {
        return k / rateHz;
    }

    /** Grid points spanning {@code seconds}. */
    public int samples(double seconds) {
        return (int) Math.round(seconds * rateHz);
    }

    /** P at grid point {@code k} ({@code NaN} outside or missing). */
    public double p(int k) {
        return p.get(k);
    }

    /** S at grid point {@code k} ({@code NaN} outside or missing). */
    public double s(int k) {
        return s.get(k);
    }
}
