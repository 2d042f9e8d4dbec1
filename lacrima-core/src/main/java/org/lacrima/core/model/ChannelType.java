package org.lacrima.core.model;

/** What a channel measures. Determines which processing stage reads it. */
public enum ChannelType {
    /** Electrocardiogram, usually millivolts. */
    ECG,
    /** Photoplethysmogram / blood volume pulse (E4 "BVP"), arbitrary units. */
    PPG,
    /** Electrodermal activity (skin conductance), microsiemens. */
    EDA,
    /** Respiration (belt or thoracic impedance), arbitrary units. */
    RSP,
    /** RR (inter-beat) intervals, seconds; an irregularly sampled channel with beat times. */
    RR,
    /** Acceleration, g. */
    ACC,
    /** Skin temperature, degrees Celsius. */
    TEMP,
    /** Heart rate as reported by a device, beats per minute. */
    HR,
    /** Anything else (EEG, markers, SpO2, ...); kept but not analysed. */
    OTHER
}
