package org.lacrima.app.export.fhir;

import java.util.function.ToDoubleFunction;
import org.lacrima.core.episode.EpisodeMetrics;

/**
 * Each numeric episode metric with its Lacrima FHIR code and UCUM unit, in the order of the metric definition
 * ({@link org.lacrima.core.episode.EpisodeMetric}), whose value it reports.
 */
enum EpisodeMetric {
    BUILD_UP("build-up-duration", "Build-up duration", "s", "s", org.lacrima.core.episode.EpisodeMetric.BUILD_UP_SEC),
    PEAK_S("peak-sympathetic", "Sympathetic axis at peak", "{z-score}", "z-score", org.lacrima.core.episode.EpisodeMetric.PEAK_S),
    EXCESS_GONE_60S("excess-gone-60s", "Excess gone 60 s after peak", "1", "fraction",
            org.lacrima.core.episode.EpisodeMetric.EXCESS_GONE_FRACTION_60S),
    HALF_RECOVERY("half-recovery-time", "Half-recovery time", "s", "s", org.lacrima.core.episode.EpisodeMetric.HALF_RECOVERY_SEC),
    VAGAL_REBOUND_SIZE("vagal-rebound-size", "Vagal rebound size", "{z-score}", "z-score", org.lacrima.core.episode.EpisodeMetric.VAGAL_REBOUND_SIZE),
    VAGAL_REBOUND_LATENCY("vagal-rebound-latency", "Vagal rebound latency", "s", "s",
            org.lacrima.core.episode.EpisodeMetric.VAGAL_REBOUND_LATENCY_SEC),
    POST_MINUS_PRE("post-minus-pre-level", "Sympathetic level after minus before", "{z-score}", "z-score",
            org.lacrima.core.episode.EpisodeMetric.POST_MINUS_PRE_LEVEL),
    ABOVE_THRESHOLD("time-above-threshold", "Time above threshold after peak", "s", "s",
            org.lacrima.core.episode.EpisodeMetric.SECONDS_ABOVE_THRESHOLD),
    BREATHING_IRREGULARITY("breathing-irregularity-at-peak", "Breathing irregularity at peak", "1", "1",
            org.lacrima.core.episode.EpisodeMetric.BREATHING_IRREGULARITY_AT_PEAK);

    final String code;
    final String display;
    /** UCUM code; {@code {z-score}} is a UCUM annotation of the dimensionless unit 1. */
    final String ucum;
    final String unit;
    final ToDoubleFunction<EpisodeMetrics> value;

    EpisodeMetric(String code, String display, String ucum, String unit,
                  org.lacrima.core.episode.EpisodeMetric metric) {
        this.code = code;
        this.display = display;
        this.ucum = ucum;
        this.unit = unit;
        this.value = metric::value;
    }
}
