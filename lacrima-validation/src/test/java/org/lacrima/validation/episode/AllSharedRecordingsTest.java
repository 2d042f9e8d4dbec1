package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.json.AnalysisJsonWriter;
import org.lacrima.io.json.AnalysisSchema;

/** Every shared recording with a physiological channel analyses without error into schema-valid JSON. */
class AllSharedRecordingsTest {
    private static final Set<ChannelType> PHYSIOLOGICAL = Set.of(ChannelType.ECG, ChannelType.PPG, ChannelType.EDA,
            ChannelType.RSP, ChannelType.RR, ChannelType.HR);

    @ParameterizedTest
    @ValueSource(strings = {"mitdb/100.hea", "mitdb/208.hea", "svdb/800.hea", "drivedb/drive05.hea",
            "drivedb/drive06.hea", "noneeg/Subject1_AccTempEDA.hea", "noneeg/Subject1_SpO2HR.hea",
            "noneeg/Subject2_AccTempEDA.hea", "noneeg/Subject2_SpO2HR.hea", "neurokit/bio_eventrelated_100hz.csv",
            "neurokit/bio_resting_5min_100hz.csv", "neurokit/bio_resting_8min_100hz.csv", "wesad-e4/S2/S2_E4_Data",
            "wesad-e4/S4/S4_E4_Data", "polar-h10/ethan_Harness_60_RR_1.txt", "edf-samples/mne_test_edf_stim_channel.edf",
            "edf-samples/mne_test.bdf", "edf-samples/pyedflib_test_generator.edf",
            "edf-samples/pyedflib_test_generator.bdf", "edf-samples/wfdb_test_edfann.edf"})
    void analysesIntoSchemaValidJson(String relative) throws IOException {
        Recording recording = RealRecordings.read(relative);
        boolean physiological = recording.channels().stream().map(Channel::type).anyMatch(PHYSIOLOGICAL::contains);

        SessionAnalysis analysis = new SessionAnalyzer(AnalysisOptions.defaults().withMarkers(true)).analyze(recording);
        String json = new AnalysisJsonWriter(true).toJson(analysis);

        System.out.println(relative + ": " + RealRecordings.describe(analysis));
        assertThat(AnalysisSchema.problems(json)).isEmpty();
        if (physiological) {
            assertThat(analysis.channels()).anyMatch(c -> c.used());
        }
    }
}
