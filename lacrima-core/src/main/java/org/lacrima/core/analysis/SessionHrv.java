package org.lacrima.core.analysis;

import java.util.List;
import java.util.Objects;

import org.lacrima.core.episode.Episode;
import org.lacrima.core.hrv.HrvAnalyzer;
import org.lacrima.core.hrv.HrvSummary;
import org.lacrima.core.hrv.RrSeries;

/**
 * Heart rate variability of a session (time domain: mean NN, SDNN, RMSSD, pNN50; frequency domain:
 * LF, HF, LF/HF) over the whole recording and over each episode from onset to end, computed from the
 * artefact-corrected NN intervals the analysis used for heart rate and RSA.
 *
 * @param session  HRV over the whole recording; {@code null} when the session has no beats
 * @param episodes HRV of each episode, onset to end, in the order of {@link SessionAnalysis#episodes()};
 *                 empty when the session has no beats
 */
public record SessionHrv(HrvSummary session, List<HrvSummary> episodes) {
    /** No HRV: the session has no beats (EDA only, a device heart rate), or it is not finished yet. */
    public static final SessionHrv NONE = new SessionHrv(null, List.of());

    public SessionHrv {
        episodes = List.copyOf(episodes);
    }

    /** Whether HRV was assessed (there were beats). */
    public boolean assessed() {
        return session != null;
    }

    /** HRV of {@code nn} over {@code [0, durationSec)} and over each episode's onset to end. */
    static SessionHrv of(RrSeries nn, double durationSec, List<Episode> episodes) {
        Objects.requireNonNull(nn, "nn");
        if (nn.length() == 0) {
            return NONE;
        }
        return new SessionHrv(HrvAnalyzer.summarize(nn, 0, Math.max(durationSec, nn.timesSec().get(nn.length() - 1))),
                episodes.stream().map(e -> HrvAnalyzer.summarize(nn, e.onsetSec(), e.endSec())).toList());
    }
}
