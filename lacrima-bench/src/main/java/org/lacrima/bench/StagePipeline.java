package org.lacrima.bench;

import java.nio.file.Path;
import java.util.Optional;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.eda.EdaConfig;
import org.lacrima.core.hrv.HrvAnalyzer;
import org.lacrima.core.hrv.NnResampler;
import org.lacrima.core.hrv.RrCorrector;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.hrv.RsaEstimator;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.core.ppg.PulsePeakDetector;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.edf.EdfReader;

/**
 * The signal-processing stages called one by one on the whole recording, in the order and with the
 * settings the session analyzer uses them, each timed: the profile behind the end-to-end figure.
 * The whole-session HRV summary is timed too although the analyzer does not call it.
 */
final class StagePipeline implements AnalysisPipeline {
    /** As the analyzer decides: EDA at or below this rate comes from a wrist device. */
    private static final double WRIST_EDA_MAX_RATE_HZ = 8;

    @Override
    public String description() {
        return "stages one by one: read, respiration, EDA + SCRs, R-peaks or pulse peaks, RR correction, HR grid, RSA, HRV";
    }

    /** What the analyzer does with beats from ECG or pulses from PPG alike. */
    private static void heart(Samples beats, double end, Samples breaths, StageLaps laps) throws Exception {
        RrSeries nn = laps.time("RR correction", () -> RrCorrector.correct(RrSeries.fromBeats(beats)).nn());
        laps.time("HR grid", () -> NnResampler.heartRateBetween(nn, 0, end, RsaEstimator.GRID_RATE_HZ));
        laps.time("RSA", () -> RsaEstimator.estimate(nn, 0, end, RsaEstimator.DEFAULT_WINDOW_SEC, breaths));
        laps.time("HRV summary (not used by the analyzer)", () -> HrvAnalyzer.summarize(nn, 0, end));
    }

    @Override
    public void analyze(Path file, Path json, StageLaps laps) throws Exception {
        Recording recording = laps.time("read EDF", () -> EdfReader.read(file, ChannelTyping.byLabel()).recording());
        double end = recording.durationSec();
        Optional<Channel> rsp = recording.firstChannel(ChannelType.RSP);
        Samples breaths = rsp.isEmpty() ? Samples.empty() : Samples.wrap(
                laps.time("respiration", () -> new RespirationAnalyzer().analyze(rsp.get())).onsetsSec());
        Optional<Channel> eda = recording.firstChannel(ChannelType.EDA);
        if (eda.isPresent()) {
            EdaConfig config = eda.get().rateHz() <= WRIST_EDA_MAX_RATE_HZ ? EdaConfig.wrist() : EdaConfig.defaults();
            laps.time("EDA + SCRs", () -> new EdaAnalyzer(config).analyze(recording));
        }
        Optional<Channel> ecg = recording.firstChannel(ChannelType.ECG);
        Optional<Channel> ppg = recording.firstChannel(ChannelType.PPG);
        if (ecg.isPresent()) {
            heart(laps.time("ECG R-peaks", () -> RPeakDetector.detect(ecg.get()).timesSec()), end, breaths, laps);
        } else if (ppg.isPresent()) {
            heart(laps.time("PPG pulse peaks", () -> PulsePeakDetector.detect(ppg.get()).timesSec()), end, breaths, laps);
        }
    }
}
