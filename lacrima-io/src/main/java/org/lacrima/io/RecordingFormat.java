package org.lacrima.io;

import java.util.Locale;

/** The file formats Lacrima reads. */
public enum RecordingFormat {
    /** European Data Format, EDF and EDF+ (16-bit). */
    EDF,
    /** BioSemi Data Format, BDF and BDF+ (24-bit). */
    BDF,
    /** PhysioNet WFDB record (header {@code .hea} plus signal and annotation files). */
    WFDB,
    /** Empatica E4 export, folder or zip. */
    E4,
    /** Polar Sensor Logger export (RR, ECG or ACC). */
    POLAR,
    /** Plain list of RR intervals, one per line, in milliseconds or seconds. */
    RR_LIST,
    /** Delimited text with a header row. */
    CSV,
    /** ISHNE 1.0 Holter ECG ({@code .ecg}). */
    ISHNE;

    /**
     * The format named by {@code name}, case-insensitively; accepts "edf+", "bdf+", "rr" and "e4"
     * as well as the constant names.
     *
     * @throws IllegalArgumentException with the accepted names if none matches
     */
    public static RecordingFormat parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        switch (n) {
            case "EDF+", "EDFPLUS" -> {
                return EDF;
            }
            case "BDF+", "BDFPLUS" -> {
                return BDF;
            }
            case "RR", "RRLIST", "TXT" -> {
                return RR_LIST;
            }
            case "HEA", "MIT" -> {
                return WFDB;
            }
            case "EMPATICA" -> {
                return E4;
            }
            default -> {
                for (RecordingFormat f : values()) {
                    if (f.name().equals(n)) {
                        return f;
                    }
                }
            }
        }
        throw new IllegalArgumentException("unknown format '" + name
                + "' (known: edf, bdf, wfdb, e4, polar, rr_list, csv, ishne)");
    }
}
