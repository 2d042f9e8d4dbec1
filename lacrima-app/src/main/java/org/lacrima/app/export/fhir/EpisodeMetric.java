package org.lacrima.app.export.fhir;

import java.util.function.ToDoubleFunction;
import org.lacrima.core.episode.EpisodeMetrics;

/** Each numeric episode metric with its Lacrima code and UCUM unit, in the order of {@link EpisodeMetrics}. */
enum EpisodeMetric {
    BUILD_UP("build-up-duration", "Build-up duration", "s", "s", EpisodeMetrics::buildUpSec),
    PEAK_S("peak-sympathetic", "Sympathetic axis at peak", "{z-score}", "z-score", EpisodeMetrics::peakS),
    EXCESS_GONE_60S("excess-gone-60s", "Excess gone 60 s after peak", "1", "fraction",
            EpisodeMetrics::excessGoneFraction60s),
    HALF_RECOVERY("half-recovery-time", "Half-recovery time", "s", "s", EpisodeMetrics::halfRecoverySec),
    VAGAL_REBOUND_SIZE("vagal-rebound-size", "Vagal rebound size", "{z-score}", "z-score", EpisodeMetrics::vagalReboundSize),
    VAGAL_REBOUND_LATENCY("vagal-rebound-latency", "Vagal rebound latency", "s", "s",
            EpisodeMetrics::vagalReboundLatencySec),
    POST_MINUS_PRE("post-minus-pre-level", "Sympathetic level after minus before", "{z-score}", "z-score",
            EpisodeMetrics::postMinusPreLevel),
    ABOVE_THRESHOLD("time-above-threshold", "Time above threshold after peak", "s", "s",
            EpisodeMetrics::secondsAboveThreshold),
    BREATHING_IRREGULARITY("breathing-irregularity-at-peak", "Breathing irregularity at peak", "1", "1",
            EpisodeMetrics::breathingIrregularityAtPeak);

    final String code;
    final String display;
    /** UCUM code; {@code {z-score}} is a UCUM annotation of the dimensionless unit 1. */
    final String ucum;
    final String unit;
    final ToDoubleFunction<EpisodeMetrics> value;

    EpisodeMetric(String code, String display, String ucum, String unit, ToDoubleFunction<EpisodeMetrics> value) {
        this.code = code;
        this.display = display;
        this.ucum = ucum;
        this.unit = unit;
        this.value = value;
    }
}
