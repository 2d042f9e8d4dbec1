package org.lacrima.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.model.ChannelType;

class ChannelTypingTest {

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
        "I|mV|ECG", "II||ECG", "III|uV|ECG", "aVR|mV|ECG", "aVL|mV|ECG", "aVF|mV|ECG",
        "V1|mV|ECG", "V6|mV|ECG", "MLII|mV|ECG", "MCL1|mV|ECG", "MCL6|mV|ECG", "Lead II|mV|ECG",
        "ECG|mV|ECG", "EKG||ECG", "ECG_1|mV|ECG", "ECG 1|mV|ECG", "ECG-2|mV|ECG", "ECG2|uV|ECG", "ecg ecg1||ECG",
        "EDA|uS|EDA", "GSR||EDA", "SC|µS|EDA", "foot GSR||EDA", "Skin conductance||EDA", "skin_conductance|uS|EDA",
        "Resp chest||RSP", "RESP||RSP", "Thorax||RSP", "Abdomen||RSP", "respiration|mV|RSP",
        "Pleth||PPG", "BVP||PPG", "hr|bpm|HR", "Heart rate||HR", "HR from ECG||HR",
        // the unit as the second signal
        "3Hz +5/-5 V|V|OTHER", "V|mV|ECG", "V|uS|EDA", "ECG|uS|EDA", "foot|uS|EDA", "sensor|μS|EDA", "pulse|bpm|HR",
        "EEG Fp1-REF|uV|OTHER", "EOG VEOG_I|uV|OTHER", "EEG I|uV|OTHER", "EMG|uV|OTHER", "squarewave|uV|OTHER"})
    void typesLabelsWithTheirUnits(String label, String unit, ChannelType expected) {
        assertThat(ChannelTyping.of(label, unit)).isEqualTo(expected);
    }

    @Test
    void anOverrideWinsOverLabelAndUnit() {
        ChannelTyping typing = ChannelTyping.withOverrides(Map.of("3hz +5/-5 v", ChannelType.ECG));
        assertThat(typing.typeOf("3Hz +5/-5 V", "V")).isEqualTo(ChannelType.ECG);
        assertThat(typing.typeOf("MCL1", "mV")).isEqualTo(ChannelType.ECG);
    }

    @Test
    void theTestSineOfTheBdfGeneratorIsNotEcg() throws Exception {
        ReadResult r = RecordingReaders.read(TestData.file("edf-samples/pyedflib_test_generator.bdf"), ReadOptions.defaults());
        assertThat(r.recording().channels()).filteredOn(c -> c.label().startsWith("3Hz"))
                .allSatisfy(c -> assertThat(c.type()).isEqualTo(ChannelType.OTHER));
    }
}
