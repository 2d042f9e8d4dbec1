package org.lacrima.app.report;

/**
 * How much of the raw signals a report embeds.
 *
 * @param rawDetailBuckets min/max buckets kept per raw channel: the finest detail a zoom can reach
 *                         (20 000 buckets show an hour of ECG at 0.18 s, beats still distinct)
 */
public record ReportOptions(int rawDetailBuckets) {
    public ReportOptions {
        if (rawDetailBuckets < 100) {
            throw new IllegalArgumentException("rawDetailBuckets must be at least 100, got " + rawDetailBuckets);
        }
    }

    /** Defaults that keep a report of a one-hour session to a few megabytes. */
    public static ReportOptions defaults() {
        return new ReportOptions(20_000);
    }
}
