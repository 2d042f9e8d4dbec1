package org.lacrima.bench;

import java.nio.file.Path;
import java.util.Optional;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.hrv.HrvAnalyzer;
import org.lacrima.core.hrv.NnResampler;
import org.lacrima.core.hrv.RrCorrector;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.hrv.RsaEstimator;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.lacrima.core.rsp.RspResult;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.edf.EdfReader;

/**
 * The stages that exist before the session analyzer lands: EDF reading, R-peaks, RR correction,
 * HR grid, RSA, whole-session HRV, EDA with SCRs, respiration. No episode detection and no JSON yet,
 * so it is a lower bound on the end-to-end time.
 */
final class StagePipeline implements AnalysisPipeline {
    @Override
    public String description() {
        return "EDF read + R-peaks + RR correction + HR grid + RSA + HRV + EDA/SCR + respiration (no episodes, no JSON)";
    }

    @Override
    public void analyze(Path file, Path json, StageLaps laps) throws Exception {
        Recording recording = laps.time("read EDF", () -> EdfReader.read(file, ChannelTyping.byLabel()).recording());
        double end = recording.durationSec();
        Optional<RspResult> rsp = laps.time("respiration", () -> new RespirationAnalyzer().analyze(recording));
        Samples breaths = rsp.map(r -> Samples.wrap(r.onsetsSec())).orElse(Samples.empty());
        Optional<Channel> ecg = recording.firstChannel(ChannelType.ECG);
        if (ecg.isPresent()) {
            Samples beats = laps.time("ECG R-peaks", () -> RPeakDetector.detect(ecg.get()).timesSec());
            RrSeries nn = laps.time("RR correction", () -> RrCorrector.correct(RrSeries.fromBeats(beats)).nn());
            laps.time("HR grid", () -> NnResampler.heartRateBetween(nn, 0, end, RsaEstimator.GRID_RATE_HZ));
            laps.time("RSA", () -> RsaEstimator.estimate(nn, 0, end, RsaEstimator.DEFAULT_WINDOW_SEC, breaths));
            laps.time("HRV summary", () -> HrvAnalyzer.summarize(nn, 0, end));
        }
        laps.time("EDA + SCRs", () -> new EdaAnalyzer().analyze(recording));
    }
}
