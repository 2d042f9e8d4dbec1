package org.lacrima.core.signal;

/**
 * One pass of {@link MovingAverage#centered} over a growing input: the same running sum from the first sample, and a
 * mean kept once its whole window has arrived, so the kept means are the whole signal's, bit for bit. The means whose
 * window still reaches past the newest sample are available as a provisional tail, with the window truncated at the
 * newest sample as the whole-signal filter truncates it at the signal's end.
 */
public final class RunningBoxcar {
    private final GrowingSeries in;
    private final int half;
    private final GrowingSeries prefix = new GrowingSeries();
    private final GrowingSeries out = new GrowingSeries();

    /**
     * @param in   the input, growing
     * @param half half-width of the window, samples (a window of {@code 2 half + 1})
     */
    public RunningBoxcar(GrowingSeries in, int half) {
        this.in = in;
        this.half = half;
        prefix.add(0);
    }

    /** The means kept so far. */
    public GrowingSeries out() {
        return out;
    }

    /** Keeps the means whose window the input now covers. */
    public void advance() {
        for (int k = prefix.end() - 1; k < in.end(); k++) {
            prefix.add(prefix.get(k) + in.get(k));
        }
        for (int i = out.end(); i + half + 1 <= in.end(); i++) {
            int lo = Math.max(0, i - half);
            int hi = i + half + 1;
            out.add((prefix.get(hi) - prefix.get(lo)) / (hi - lo));
        }
    }

    /**
     * The means after the kept ones were the input to end after {@code more} (provisional values following its
     * newest): one per input sample from {@code out().end()} on, windows truncated at that end.
     */
    public double[] tail(double[] more) {
        int n = in.end() + more.length;
        int first = out.end();
        double[] extended = new double[more.length + 1];
        extended[0] = prefix.get(in.end());
        for (int k = 0; k < more.length; k++) {
            extended[k + 1] = extended[k] + more[k];
        }
        double[] tail = new double[Math.max(0, n - first)];
        for (int i = first; i < n; i++) {
            int lo = Math.max(0, i - half);
            int hi = Math.min(n, i + half + 1);
            tail[i - first] = (sum(hi, extended) - sum(lo, extended)) / (hi - lo);
        }
        return tail;
    }

    private double sum(int k, double[] extended) {
        return k <= in.end() ? prefix.get(k) : extended[k - in.end()];
    }

    /** Drops what no mean at or after {@code index} needs. */
    public void discardBefore(int index) {
        prefix.discardBefore(index - half - 1);
        out.discardBefore(index);
    }
}
